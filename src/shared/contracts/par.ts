import { z } from 'zod';

/**
 * The answers of the PAR Index API (/api/par-results…, /api/par-classification-schemes): the server serialises with
 * these schemas and documents them (OpenAPI); the web takes their types (`import type`).
 */

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
export type ParResultItem = z.infer<typeof ParResultItemSchema>;

export const PublicationSchema = z.object({
  id: z.string(),
  year: z.number(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  signer: z.string(),
  schemeId: z.string(),
  createdAt: z.string(),
});
export type Publication = z.infer<typeof PublicationSchema>;

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
export type ParResultList = z.infer<typeof ParResultListResponse>;
/** live: computed now from the entered scores; published: the snapshot frozen at publication; none: nothing visible. */
export type ResultSource = ParResultList['source'];

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
export type DossierDeadline = z.infer<typeof DossierDeadlineSchema>;

export const PublicationResponse = z.object({
  publication: PublicationSchema,
  resultCount: z.number(),
  /** The dossier window each campaign of the year opens with this publication. */
  dossierDeadlines: z.array(DossierDeadlineSchema),
});
export type PublicationResponse = z.infer<typeof PublicationResponse>;

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
export type RankingResponse = z.infer<typeof RankingResponse>;

export const DistributionResponse = z.object({
  year: z.number(),
  source: z.enum(['live', 'published', 'none']),
  classes: z.array(z.object({ classification: z.string(), label: z.string() })),
  blocks: z.array(z.object({ blockCode: z.string(), blockLabel: z.string(), counts: z.record(z.string(), z.number()), unclassified: z.number() })),
});
export type DistributionResponse = z.infer<typeof DistributionResponse>;

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
export type YearOnYearResponse = z.infer<typeof YearOnYearResponse>;
export type YearOnYearItem = YearOnYearResponse['items'][number];

export const SchemeSchema = z.object({
  id: z.string(),
  name: z.string(),
  validFrom: z.number(),
  source: z.string().nullable(),
  blocks: z.record(z.string(), z.object({ maxPoints: z.number(), bands: z.array(z.object({ classification: z.string(), minPercent: z.number() })) })),
});


/**
 * A district's communes for a year as the district assesses them (basis B): each commune with its class and points if
 * entered, its rank once published, and the district's publication (decision number, date, signer) when there is one.
 */
export const DistrictCommuneResultsSchema = z.object({
  year: z.number(),
  district: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  publication: z
    .object({ id: z.string(), decisionNumber: z.string(), decisionDate: z.string(), signer: z.string(), createdAt: z.string() })
    .nullable(),
  /** True for the district's Phòng Nội vụ before publication. */
  canEdit: z.boolean(),
  communes: z.array(
    z.object({
      communeUnitId: z.string(),
      code: z.string(),
      name: z.string(),
      totalPoints: z.number().nullable(),
      classification: z.enum(['excellent', 'good', 'fair', 'average', 'weak']).nullable(),
      classificationLabel: z.string().nullable(),
      rank: z.number().nullable(),
    }),
  ),
});
export type DistrictCommuneResults = z.infer<typeof DistrictCommuneResultsSchema>;
