import { z } from 'zod';
import { PAR_CLASSIFICATIONS, RATING_ORDER } from '../../../domain/eligibility/eligibilityRules';

const VERDICTS = ['pass', 'fail', 'unknown'] as const;

export const CampaignIdParams = z.strictObject({ id: z.uuid() });

/** Nominee groups of the board: a collective's unit kind, or every individual. */
export const ELIGIBILITY_GROUPS = ['department', 'district', 'commune', 'par_unit', 'central_agency', 'individual'] as const;

/** Filters shared by the list and the export. */
const nomineeFilters = {
  /** Only collectives or only individuals. */
  kind: z.enum(['collective', 'individual']).optional(),
  /** Only collectives whose unit is of this kind, or only individuals. */
  group: z.enum(ELIGIBILITY_GROUPS).optional(),
  /** Only nominees of this district: the district itself and every unit under it. */
  districtId: z.uuid().optional(),
};

export const EligibilityListQuery = z.strictObject({
  ...nomineeFilters,
  /** Only results with this verdict: pass (đủ điều kiện), fail, unknown (thiếu thông tin). */
  verdict: z.enum(VERDICTS).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const EligibilityExportQuery = z.strictObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  ...nomineeFilters,
});

const ClauseRefSchema = z.object({ clause: z.string(), source: z.string() });

/** One condition's outcome: pass / fail / unknown, the inputs used and the clause it comes from (SPEC §4.5). */
const OutcomeSchema = z.object({
  code: z.string(),
  label: z.string(),
  verdict: z.enum(VERDICTS),
  explanation: z.string(),
  inputs: z.record(z.string(), z.unknown()),
  ref: ClauseRefSchema,
});

const BasisOutcomeSchema = OutcomeSchema.extend({ basis: z.string(), parts: z.array(OutcomeSchema) });

const NomineeSchema = z.object({ kind: z.enum(['collective', 'individual']), id: z.string(), name: z.string() });

/** The explained result of src/domain/eligibility evaluateEligibility. */
export const EligibilityResultSchema = z.object({
  nominee: NomineeSchema,
  awardForm: z.string(),
  /** True only when the verdict is pass: an unknown is never eligible. */
  eligible: z.boolean(),
  verdict: z.enum(VERDICTS),
  /** Collectives: conditions that must all hold (II.2.a participant, registered, attestations). */
  preconditions: z.array(OutcomeSchema),
  /** Collectives: the applicable bases (A, B, C1, C2), one of which must hold. */
  bases: z.array(BasisOutcomeSchema),
  /** Individuals: conditions that must all hold (III.1.b). */
  conditions: z.array(OutcomeSchema),
  notApplicable: z.array(z.object({ code: z.string(), label: z.string(), reason: z.string() })),
  summary: z.string(),
  /** Vietnamese names of the inputs still missing. */
  missing: z.array(z.string()),
});

export const EligibilityItemSchema = z.object({
  kind: z.enum(['collective', 'individual']),
  registrationId: z.string(),
  registrationStatus: z.string(),
  orgUnit: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string() }),
  person: z.object({ id: z.string(), fullName: z.string(), position: z.string() }).nullable(),
  result: EligibilityResultSchema,
});

const VerdictCounts = z.object({ pass: z.number(), fail: z.number(), unknown: z.number() });

export const EligibilityListResponse = z.object({
  campaign: z.object({ id: z.string(), year: z.number(), planNumber: z.string() }),
  ruleSetId: z.string(),
  /** The version of the campaign's rule set the results were computed with (GET …/rule-set/versions). */
  ruleSetVersion: z.number(),
  /** When the results were computed (they are recomputed on every request). */
  asOf: z.string(),
  /** The PAR ranking publication the classes come from; null → not published yet, classes unknown. */
  publication: z.object({ id: z.string(), decisionNumber: z.string(), decisionDate: z.string() }).nullable(),
  /** Counts over everything in scope, before paging. */
  counts: z.object({ collective: VerdictCounts, individual: VerdictCounts }),
  items: z.array(EligibilityItemSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

const CLASS_ENUM = z.enum(PAR_CLASSIFICATIONS as unknown as [string, ...string[]]);
const RATING_ENUM = z.enum(RATING_ORDER as unknown as [string, ...string[]]);

/** A threshold change for one criterion, addressed by its code (e.g. "collective.A.parClass"). */
const CriterionOverrideSchema = z.strictObject({
  /** New accepted PAR classes, e.g. ["excellent", "good"]. */
  classes: z.array(CLASS_ENUM).min(1).max(5).optional(),
  /** New minimum rating: outstanding, good, adequate or failed. */
  minRating: RATING_ENUM.optional(),
});

const nullableFlag = z.boolean().nullable().optional();

const CollectivePatchSchema = z.strictObject({
  kind: z.literal('collective'),
  orgUnitId: z.uuid(),
  /** Facts to assume for this collective (null = unknown). */
  set: z.strictObject({
    registered: nullableFlag,
    compliance: nullableFlag,
    solidarity: nullableFlag,
    parClassification: CLASS_ENUM.nullable().optional(),
    rating: RATING_ENUM.nullable().optional(),
    parTaskRating: RATING_ENUM.nullable().optional(),
    previousParTaskRating: RATING_ENUM.nullable().optional(),
    districtRecognisedBestCommune: nullableFlag,
    districtParClassification: CLASS_ENUM.nullable().optional(),
    proposed: nullableFlag,
  }),
});

const IndividualPatchSchema = z.strictObject({
  kind: z.literal('individual'),
  personId: z.uuid(),
  /** Facts to assume for this person (null = unknown). */
  set: z.strictObject({
    registered: nullableFlag,
    rating: RATING_ENUM.nullable().optional(),
    parTasksExcellent: nullableFlag,
    directlyDoesParWork: nullableFlag,
    unitProposed: nullableFlag,
  }),
});

export const WhatIfBody = z.strictObject({
  /** Threshold changes keyed by criterion code; nothing is saved. */
  overrides: z.strictObject({ criteria: z.record(z.string().min(1).max(100), CriterionOverrideSchema).optional() }),
  /** Per-nominee input changes to try. */
  inputs: z.array(z.discriminatedUnion('kind', [CollectivePatchSchema, IndividualPatchSchema])).max(1000).optional(),
});
export type WhatIfReq = z.infer<typeof WhatIfBody>;

const BriefSchema = z.object({ eligible: z.boolean(), verdict: z.enum(VERDICTS) }).nullable();
const ChangeSchema = z.object({ nominee: NomineeSchema, before: BriefSchema, after: BriefSchema });

export const WhatIfResponse = z.object({
  ruleSetId: z.string(),
  counts: z.object({ gained: z.number(), lost: z.number(), unchanged: z.number() }),
  gained: z.array(ChangeSchema),
  lost: z.array(ChangeSchema),
  unchanged: z.array(ChangeSchema),
  /** The full what-if results of the nominees who gained or lost eligibility. */
  changedResults: z.array(EligibilityItemSchema),
  /** Always false: a what-if never changes saved data. */
  saved: z.literal(false),
});
