import { z } from 'zod';
import { backgroundParam, dryRunParam, ImportResponse } from '../../kit/importResult';
import { RATING_KINDS, RATINGS } from '../../../domain/ratings/ratingRows';

const RATING_ENUM = z.enum(RATINGS as unknown as ['outstanding', 'good', 'adequate', 'failed']);
const year = z.coerce.number().int().min(2000).max(2100);

export const RatingListQuery = z.strictObject({
  year,
  /** unit: ratings of collectives; person: of individuals. */
  subject: z.enum(['unit', 'person']).optional(),
  /** overall (xếp loại chất lượng) or par_task (xếp loại thực hiện nhiệm vụ CCHC). */
  kind: z.enum(RATING_KINDS).optional(),
  orgUnitId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const RatingExportQuery = z.strictObject({ year, format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const RatingImportQuery = z.strictObject({
  year,
  format: z.enum(['xlsx', 'csv']),
  dryRun: dryRunParam,
  background: backgroundParam,
});

export const UnitRatingParams = z.strictObject({ year, orgUnitId: z.uuid() });
export const PersonRatingParams = z.strictObject({ year, personId: z.uuid() });

export const UnitRatingBody = z
  .strictObject({
    /** Xếp loại chất lượng of the unit for the year; null removes it. */
    overall: RATING_ENUM.nullable().optional(),
    /** Xếp loại thực hiện nhiệm vụ CCHC (specialised PAR units, C1); null removes it. */
    parTask: RATING_ENUM.nullable().optional(),
  })
  .refine((b) => b.overall !== undefined || b.parTask !== undefined, { error: 'Cần ít nhất một xếp loại (overall hoặc parTask)', path: ['overall'] });

export const PersonRatingBody = z.strictObject({
  /** Xếp loại chất lượng of the person for the year; null removes it. */
  overall: RATING_ENUM.nullable(),
});

export { ImportResponse };

/** The answers (RatingSchema, RatingListResponse, SavedRatingsResponse, AttestationSchema, RecognitionSchema) are the contract in src/shared/contracts/campaignInputs.ts. */
export { AttestationSchema, RatingListResponse, RatingSchema, RecognitionSchema, SavedRatingsResponse } from '../../../shared/contracts/campaignInputs';

export const CampaignUnitParams = z.strictObject({ id: z.uuid(), orgUnitId: z.uuid() });
export const CampaignCommuneParams = z.strictObject({ id: z.uuid(), communeUnitId: z.uuid() });
export const CampaignParams = z.strictObject({ id: z.uuid() });

export const AttestationBody = z
  .strictObject({
    /** Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước (III.1.a); null = not attested. */
    compliance: z.boolean().nullable().optional(),
    /** Nội bộ đoàn kết (III.1.a); null = not attested. */
    solidarity: z.boolean().nullable().optional(),
  })
  .refine((b) => b.compliance !== undefined || b.solidarity !== undefined, { error: 'Cần ít nhất một xác nhận', path: ['compliance'] });

export const RecognitionBody = z.strictObject({
  /** Số, ký hiệu of the district's decision or document, e.g. "125/QĐ-UBND". */
  decisionReference: z.string().trim().max(100).nullable().optional(),
  /** Day of the recognition (YYYY-MM-DD). */
  recognisedAt: z.iso.date().nullable().optional(),
});

export const CampaignExportQuery = z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const CampaignImportQuery = z.strictObject({
  format: z.enum(['xlsx', 'csv']),
  dryRun: dryRunParam,
  background: backgroundParam,
});

export const ParTaskConfirmationListParams = z.strictObject({ year });
export const ParTaskConfirmationParams = z.strictObject({ year, personId: z.uuid() });

export const ParTaskConfirmationBody = z.strictObject({
  /** Thực hiện xuất sắc các nhiệm vụ CCHC được giao (III.1.b): true/false as the head confirms it; null removes the confirmation. */
  excellent: z.boolean().nullable(),
  /** Trực tiếp thực hiện nhiệm vụ CCHC: the priority at selection (III.1.b); never decides eligibility. */
  directlyDoesParWork: z.boolean().default(false),
});

export { ParTaskConfirmationSchema } from '../../../shared/contracts/campaignInputs';
