import { z } from 'zod';
import { REGISTRATION_STATUSES } from '../../domain/campaigns/registrationRules';

/**
 * The answers of the consolidation API (/api/campaigns/{id}/consolidations/…): the server serialises with these
 * schemas and documents them (OpenAPI); the web takes their types (`import type`).
 */

export const ConsolidationLineSchema = z.object({
  orgUnitId: z.string(),
  code: z.string(),
  name: z.string(),
  status: z.enum(REGISTRATION_STATUSES).nullable(),
  statusLabel: z.string(),
  registrationId: z.string().nullable(),
  individualCount: z.number(),
  submittedAt: z.string().nullable(),
});
export type ConsolidationLine = z.infer<typeof ConsolidationLineSchema>;

const ForwardedSchema = z.object({ forwardedAt: z.string(), note: z.string().nullable(), forwardedBy: z.string().nullable() }).nullable();
/** When and by whom the consolidated list was sent on; null → not yet. */
export type Forwarded = z.infer<typeof ForwardedSchema>;

export const DistrictConsolidationResponse = z.object({
  district: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  /** "Huyện Giồng Riềng: 12/19 đơn vị cấp xã đã đăng ký". */
  headline: z.string(),
  communes: z.object({ total: z.number(), registeredCount: z.number() }),
  pendingReview: z.number(),
  readyToForward: z.number(),
  items: z.array(ConsolidationLineSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  ownUnits: z.array(ConsolidationLineSchema),
  forwarded: ForwardedSchema,
});
export type DistrictConsolidation = z.infer<typeof DistrictConsolidationResponse>;

export const ProvinceConsolidationResponse = z.object({
  total: z.object({ units: z.number(), registered: z.number() }),
  departments: z.object({ total: z.number(), registeredCount: z.number(), items: z.array(ConsolidationLineSchema) }),
  districts: z.array(
    z.object({
      districtId: z.string(),
      code: z.string(),
      name: z.string(),
      headline: z.string(),
      communesTotal: z.number(),
      communesRegistered: z.number(),
      communesForwarded: z.number(),
      ownTotal: z.number(),
      ownRegistered: z.number(),
      forwardedAt: z.string().nullable(),
    }),
  ),
  districtLevel: z.object({ total: z.number(), registeredCount: z.number() }),
  communes: z.object({ total: z.number(), registeredCount: z.number() }),
  /** Two tiers: the communes, wards and special zones under the province itself (they send to Sở Nội vụ directly). */
  directCommunes: z.array(ConsolidationLineSchema),
  provinceSummary: ForwardedSchema,
});
export type ProvinceConsolidation = z.infer<typeof ProvinceConsolidationResponse>;

export const DistrictForwardResponse = z.object({ summaryId: z.string(), forwardedCount: z.number() });
export type DistrictForward = z.infer<typeof DistrictForwardResponse>;
export const ProvinceForwardResponse = z.object({ summaryId: z.string() });
