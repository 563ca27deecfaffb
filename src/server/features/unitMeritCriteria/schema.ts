import { z } from 'zod';

export const CampaignParams = z.strictObject({ id: z.uuid() });
export const CampaignIssuerParams = z.strictObject({ id: z.uuid(), issuerUnitId: z.uuid() });

export const UnitMeritCriteriaListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const CriterionSchema = z.object({ code: z.string(), text: z.string() });

/** One issuer (a department or a district) and its Giấy khen criteria for the campaign; null → not set yet. */
export const UnitMeritCriteriaSchema = z.object({
  campaignId: z.string(),
  issuer: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string() }),
  criteria: z.array(CriterionSchema).nullable(),
  updatedAt: z.string().nullable(),
  /** Whether the signed-in user may change this list (the issuer's own head, officer or Phòng Nội vụ). */
  canEdit: z.boolean(),
});

export const UnitMeritCriteriaListResponse = z.object({ items: z.array(UnitMeritCriteriaSchema), total: z.number(), page: z.number(), pageSize: z.number() });

/**
 * The whole list, replacing the previous one. Lengths are bounded loosely here so a huge body is refused early;
 * the real limits (1–30 items, 1–1000 characters, unique codes) are checked by the domain rule, which names the item.
 */
export const UnitMeritCriteriaBody = z.strictObject({
  criteria: z.array(z.strictObject({ code: z.string().max(200), text: z.string().max(5000) })).max(100),
});
