import { z } from 'zod';
import { REGISTRATION_STATUSES } from '../../../domain/campaigns/registrationRules';

/** The answers (ConsolidationLineSchema, DistrictConsolidationResponse, ProvinceConsolidationResponse, DistrictForwardResponse, ProvinceForwardResponse) are the contract in src/shared/contracts/consolidations.ts. */
export { ConsolidationLineSchema, DistrictConsolidationResponse, DistrictForwardResponse, ProvinceConsolidationResponse, ProvinceForwardResponse } from '../../../shared/contracts/consolidations';

export const DistrictConsolidationQuery = z.strictObject({
  /** The district; a district aggregator may omit it (their own district). */
  districtId: z.uuid().optional(),
  /** Commune name, diacritics optional ("thi tran" finds "Thị trấn"). */
  q: z.string().max(200).optional(),
  /** yes = has sent its registration (submitted, accepted or forwarded); no = has not. */
  registered: z.enum(['yes', 'no']).optional(),
  status: z.enum(REGISTRATION_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(100),
});

export const ForwardBody = z.strictObject({
  /** Note sent with the consolidated list (may be empty, but is always sent, so a forgotten field is not silent). */
  note: z.string().trim().max(2000),
});

export const IdParams = z.strictObject({ id: z.uuid() });
