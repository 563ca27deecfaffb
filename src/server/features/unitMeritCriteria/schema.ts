import { z } from 'zod';

export const CampaignParams = z.strictObject({ id: z.uuid() });
export const CampaignIssuerParams = z.strictObject({ id: z.uuid(), issuerUnitId: z.uuid() });

export const UnitMeritCriteriaListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** The answers (UnitMeritCriteriaSchema, UnitMeritCriteriaListResponse) are the contract in src/shared/contracts/unitMeritCriteria.ts. */
export { UnitMeritCriteriaListResponse, UnitMeritCriteriaSchema } from '../../../shared/contracts/unitMeritCriteria';

/**
 * The whole list, replacing the previous one. Lengths are bounded loosely here so a huge body is refused early;
 * the real limits (1–30 items, 1–1000 characters, unique codes) are checked by the domain rule, which names the item.
 */
export const UnitMeritCriteriaBody = z.strictObject({
  criteria: z.array(z.strictObject({ code: z.string().max(200), text: z.string().max(5000) })).max(100),
});
