import { z } from 'zod';
import { pageOf } from './page';

/**
 * The answers of the Giấy khen criteria API (/api/campaigns/{id}/unit-merit-criteria…): the server serialises with
 * these schemas and documents them (OpenAPI); the web takes their types (`import type`).
 */

const CriterionSchema = z.object({ code: z.string(), text: z.string() });
export type UnitMeritCriterion = z.infer<typeof CriterionSchema>;

/** One issuer (a department or a district) and its Giấy khen criteria for the campaign; null → not set yet. */
export const UnitMeritCriteriaSchema = z.object({
  campaignId: z.string(),
  issuer: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string() }),
  criteria: z.array(CriterionSchema).nullable(),
  updatedAt: z.string().nullable(),
  /** Whether the signed-in user may change this list (the issuer's own head, officer or Phòng Nội vụ). */
  canEdit: z.boolean(),
});
export type UnitMeritCriteria = z.infer<typeof UnitMeritCriteriaSchema>;

export const UnitMeritCriteriaListResponse = pageOf(UnitMeritCriteriaSchema);
export type UnitMeritCriteriaList = z.infer<typeof UnitMeritCriteriaListResponse>;
