import { z } from 'zod';
import { REGISTRATION_STATUSES } from '../../../domain/campaigns/registrationRules';

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

const ForwardedSchema = z.object({ forwardedAt: z.string(), note: z.string().nullable(), forwardedBy: z.string().nullable() }).nullable();

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
  provinceSummary: ForwardedSchema,
});

export const ForwardBody = z.strictObject({
  /** Note sent with the consolidated list (may be empty, but is always sent, so a forgotten field is not silent). */
  note: z.string().trim().max(2000),
});

export const DistrictForwardResponse = z.object({ summaryId: z.string(), forwardedCount: z.number() });
export const ProvinceForwardResponse = z.object({ summaryId: z.string() });
export const IdParams = z.strictObject({ id: z.uuid() });
