import { z } from 'zod';
import { dryRunParam, ImportResponse } from '../../kit/importResult';
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
});

export const ChartQuery = z.strictObject({ year, blockCode: z.string().min(1).max(40).optional() });

export const ParResultItemSchema = z.object({
  unitId: z.string(),
  orgUnitCode: z.string(),
  orgUnitName: z.string(),
  blockCode: z.string(),
  blockLabel: z.string(),
  selfScore: z.number().nullable(),
  appraisedScore: z.number().nullable(),
  surveyScore: z.number().nullable(),
  publishedTotal: z.number().nullable(),
  publishedClassification: z.string().nullable(),
  /** appraised + survey (or the published total). */
  totalPoints: z.number().nullable(),
  maxPoints: z.number(),
  /** totalPoints ÷ maxPoints × 100, 2 decimals. */
  indexPercent: z.number().nullable(),
  classification: z.string().nullable(),
  classificationLabel: z.string().nullable(),
  classificationSource: z.enum(['computed', 'published']).nullable(),
  /** Rank in the block; ties share a rank (1, 1, 3). */
  rank: z.number().nullable(),
  notes: z.array(z.string()),
  /** Where a historical row comes from (decision, news item). */
  source: z.string().nullable(),
});

export const PublicationSchema = z.object({
  id: z.string(),
  year: z.number(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  signer: z.string(),
  schemeId: z.string(),
  createdAt: z.string(),
});

export const ParResultListResponse = z.object({
  year: z.number(),
  /** live: computed now from the entered scores; published: the snapshot frozen at publication; none: nothing visible. */
  source: z.enum(['live', 'published', 'none']),
  scheme: z.object({ id: z.string(), name: z.string() }).nullable(),
  publication: PublicationSchema.nullable(),
  items: z.array(ParResultItemSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

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

export const PublicationBody = z.strictObject({
  /** Số, ký hiệu of the decision, e.g. "1051/QĐ-UBND". */
  decisionNumber: z.string().trim().min(1).max(50),
  /** Day of the decision (YYYY-MM-DD): day 0 of the dossier window. */
  decisionDate: z.iso.date(),
  /** Who signed it, e.g. "Phó Chủ tịch UBND tỉnh Lê Thị Minh Phụng". */
  signer: z.string().trim().min(1).max(200),
});

const CountdownSchema = z.object({ overdue: z.boolean(), days: z.number(), hours: z.number(), minutes: z.number(), label: z.string() });

export const DossierDeadlineSchema = z.object({
  campaignId: z.string(),
  planNumber: z.string(),
  days: z.number(),
  startDate: z.string(),
  lastDay: z.string(),
  deadlineDay: z.string(),
  /** The last instant in time: 23:59:59.999 +07:00 of deadlineDay. */
  deadlineInstant: z.string(),
  shifted: z.boolean(),
  missingCalendarYears: z.array(z.number()),
  /** One sentence per step, citing Điểm c, Khoản 3, Mục II and BLDS 2015 Điều 147–148. */
  basis: z.array(z.string()),
  refs: z.array(z.object({ clause: z.string(), source: z.string() })),
  /** Time left at the moment of the request (server clock). */
  countdown: CountdownSchema,
  asOf: z.string(),
});

export const PublicationResponse = z.object({
  publication: PublicationSchema,
  resultCount: z.number(),
  /** The dossier window each campaign of the year opens with this publication. */
  dossierDeadlines: z.array(DossierDeadlineSchema),
});

export const RankingResponse = z.object({
  year: z.number(),
  source: z.enum(['live', 'published', 'none']),
  blocks: z.array(
    z.object({
      blockCode: z.string(),
      blockLabel: z.string(),
      items: z.array(z.object({ unitId: z.string(), orgUnitName: z.string(), indexPercent: z.number().nullable(), rank: z.number().nullable(), classification: z.string().nullable(), classificationLabel: z.string().nullable() })),
    }),
  ),
});

export const DistributionResponse = z.object({
  year: z.number(),
  source: z.enum(['live', 'published', 'none']),
  classes: z.array(z.object({ classification: z.string(), label: z.string() })),
  blocks: z.array(z.object({ blockCode: z.string(), blockLabel: z.string(), counts: z.record(z.string(), z.number()), unclassified: z.number() })),
});

export const YearOnYearResponse = z.object({
  year: z.number(),
  previousYear: z.number(),
  items: z.array(
    z.object({
      unitId: z.string(),
      orgUnitName: z.string(),
      presence: z.enum(['both', 'new', 'dropped']),
      blockCode: z.string(),
      sameBlock: z.boolean().nullable(),
      previousIndex: z.number().nullable(),
      currentIndex: z.number().nullable(),
      indexDelta: z.number().nullable(),
      previousRank: z.number().nullable(),
      currentRank: z.number().nullable(),
      rankDelta: z.number().nullable(),
      previousClassification: z.string().nullable(),
      currentClassification: z.string().nullable(),
      classificationChange: z.enum(['improved', 'unchanged', 'declined']).nullable(),
    }),
  ),
});

const BandSchema = z.strictObject({ classification: CLASS_ENUM, minPercent: z.number().min(0).max(100) });

export const SchemeSchema = z.object({
  id: z.string(),
  name: z.string(),
  validFrom: z.number(),
  source: z.string().nullable(),
  blocks: z.record(z.string(), z.object({ maxPoints: z.number(), bands: z.array(z.object({ classification: z.string(), minPercent: z.number() })) })),
});

export const SchemeBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** First ranking year the scheme applies to. */
  validFrom: z.number().int().min(2000).max(2100),
  source: z.string().trim().max(500).nullable().optional(),
  /** Per block: the maximum points and the bands from the best down, the last starting at 0. */
  blocks: z.record(z.string().min(1).max(40).regex(/^[A-Za-z]+$/), z.strictObject({ maxPoints: z.number().positive().max(1000), bands: z.array(BandSchema).min(1).max(5) })),
});
