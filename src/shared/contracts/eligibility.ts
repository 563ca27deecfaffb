import { z } from 'zod';

/**
 * The answers of the eligibility API (/api/campaigns/{id}/eligibility…): the server serialises with these schemas and
 * documents them (OpenAPI); the web takes their types (`import type`).
 */

/** pass (đủ điều kiện), fail, unknown (thiếu thông tin: never eligible). */
export const VERDICTS = ['pass', 'fail', 'unknown'] as const;
export type Verdict = (typeof VERDICTS)[number];

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
export type Outcome = z.infer<typeof OutcomeSchema>;

const BasisOutcomeSchema = OutcomeSchema.extend({ basis: z.string(), parts: z.array(OutcomeSchema) });
export type BasisOutcome = z.infer<typeof BasisOutcomeSchema>;

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
export type EligibilityResult = z.infer<typeof EligibilityResultSchema>;

export const EligibilityItemSchema = z.object({
  kind: z.enum(['collective', 'individual']),
  registrationId: z.string(),
  registrationStatus: z.string(),
  orgUnit: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string() }),
  person: z.object({ id: z.string(), fullName: z.string(), position: z.string() }).nullable(),
  result: EligibilityResultSchema,
});
export type EligibilityItem = z.infer<typeof EligibilityItemSchema>;

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
export type EligibilityList = z.infer<typeof EligibilityListResponse>;

const BriefSchema = z.object({ eligible: z.boolean(), verdict: z.enum(VERDICTS) }).nullable();
const ChangeSchema = z.object({ nominee: NomineeSchema, before: BriefSchema, after: BriefSchema });
/** A nominee whose eligibility the what-if changed (or not): before and after. */
export type WhatIfChange = z.infer<typeof ChangeSchema>;

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
export type WhatIfResponse = z.infer<typeof WhatIfResponse>;
