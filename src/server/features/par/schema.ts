import { z } from 'zod';
import { backgroundParam, dryRunParam, ImportResponse } from '../../kit/importResult';
import { CLASSIFICATIONS } from '../../../domain/par/classificationScheme';

const CLASS_ENUM = z.enum(CLASSIFICATIONS as unknown as ['excellent', 'good', 'fair', 'average', 'weak']);
const year = z.coerce.number().int().min(2000).max(2100);
const points = z.number().min(0).max(1000);

export const YearParams = z.strictObject({ year });
export const YearUnitParams = z.strictObject({ year, orgUnitId: z.uuid() });
export const SchemeIdParams = z.strictObject({ id: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, { error: 'Chỉ gồm chữ thường không dấu, số và dấu -' }) });

export const ParResultListQuery = z.strictObject({
  year,
  /** Only one block: department, centralAgency, district, commune (or a block of the scheme). */
  blockCode: z.string().min(1).max(40).optional(),
  /** Province roles: "live" (computed now) or "published" (the frozen snapshot); default: published once published, else live. Others always see published. */
  source: z.enum(['live', 'published']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

export const ParExportQuery = z.strictObject({ year, format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const ParImportQuery = z.strictObject({
  year,
  format: z.enum(['xlsx', 'csv']),
  /** true (default): check and report only, save nothing. */
  dryRun: dryRunParam,
  background: backgroundParam,
});

export const ChartQuery = z.strictObject({ year, blockCode: z.string().min(1).max(40).optional() });

export const ParScoreBody = z.strictObject({
  /** Ranking block; default from the unit's kind (department, centralAgency, district, commune). */
  blockCode: z.string().min(1).max(40).optional(),
  /** Tự đánh giá (kept apart, not in the total). */
  selfScore: points.nullable(),
  /** Thẩm định. */
  appraisedScore: points.nullable(),
  /** Điều tra xã hội học. */
  surveyScore: points.nullable(),
  /** A total published without its parts (history). */
  publishedTotal: points.nullable().optional(),
  /** The class stated in the decision; it wins over the computed class. */
  publishedClassification: CLASS_ENUM.nullable().optional(),
});

export { ImportResponse };

/** The answers are the contract in src/shared/contracts/par.ts. */
export { DistributionResponse, DossierDeadlineSchema, ParResultItemSchema, ParResultListResponse, PublicationResponse, PublicationSchema, RankingResponse, SchemeSchema, YearOnYearResponse } from '../../../shared/contracts/par';

export const PublicationBody = z.strictObject({
  /** Số, ký hiệu of the decision, e.g. "1051/QĐ-UBND". */
  decisionNumber: z.string().trim().min(1).max(50),
  /** Day of the decision (YYYY-MM-DD): day 0 of the dossier window. */
  decisionDate: z.iso.date(),
  /** Who signed it, e.g. "Phó Chủ tịch UBND tỉnh Lê Thị Minh Phụng". */
  signer: z.string().trim().min(1).max(200),
});

const BandSchema = z.strictObject({ classification: CLASS_ENUM, minPercent: z.number().min(0).max(100) });

export const SchemeBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** First ranking year the scheme applies to. */
  validFrom: z.number().int().min(2000).max(2100),
  source: z.string().trim().max(500).nullable().optional(),
  /** Per block: the maximum points and the bands from the best down, the last starting at 0. */
  blocks: z.record(z.string().min(1).max(40).regex(/^[A-Za-z]+$/), z.strictObject({ maxPoints: z.number().positive().max(1000), bands: z.array(BandSchema).min(1).max(5) })),
});

export const DistrictParams = z.strictObject({ year, districtId: z.uuid() });
export const DistrictCommuneParams = z.strictObject({ year, districtId: z.uuid(), communeId: z.uuid() });

export const CommuneParBody = z.strictObject({
  /** The class the district gives the commune for the year; null removes the commune's result. */
  classification: CLASS_ENUM.nullable(),
  /** The commune's points in the district's assessment, when it gives them. */
  totalPoints: points.nullable().optional(),
});

export { DistrictCommuneResultsSchema } from '../../../shared/contracts/par';
