import { z } from 'zod';
import {
  AWARD_FORM_LABELS,
  PAR_CLASSIFICATIONS,
  PAR_UNIT_LEVELS,
  RATING_ORDER,
  UNIT_KINDS,
} from '../../domain/eligibility/eligibilityRules';

/**
 * The shapes of the rule-set API (`/api/campaigns/{id}/rule-set…`), shared by the server (request validation,
 * serialisation, OpenAPI) and the web (types only). Values that the rules check (classes, ratings, unit kinds, empty
 * texts) are plain strings here: src/domain/eligibility/validateRuleSet.ts checks them and names the basis or
 * criterion in its message, which says more than a schema error could.
 */

const text = (max: number) => z.string().max(max);
const list = (max: number) => z.array(text(40)).max(max);

const ClauseRefSchema = z.strictObject({
  /** E.g. "Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III". */
  clause: text(300),
  /** E.g. "Kế hoạch số 34/KH-UBND ngày 03/3/2020 của UBND tỉnh Kiên Giang". */
  source: text(500),
});

const filterFields = {
  appliesToUnitKinds: list(UNIT_KINDS.length + 2).optional().describe(`Loại đơn vị áp dụng: ${UNIT_KINDS.join(', ')}`),
  appliesToParUnitLevels: list(PAR_UNIT_LEVELS.length + 2).optional().describe(`Cấp đơn vị chuyên trách CCHC: ${PAR_UNIT_LEVELS.join(', ')}`),
};

const criterionFields = {
  /** Stable code, unique in the rule set; what-if overrides address it. */
  code: text(100),
  /** The condition in Vietnamese. */
  label: text(1000),
  ref: ClauseRefSchema,
  ...filterFields,
};

const classes = list(PAR_CLASSIFICATIONS.length + 2).describe(`Nhóm xếp hạng Chỉ số CCHC được chấp nhận: ${PAR_CLASSIFICATIONS.join(', ')}`);
const minRating = text(40).describe(`Mức xếp loại tối thiểu: ${RATING_ORDER.join(', ')}`);

/** One criterion, in the vocabulary of src/domain/eligibility/eligibilityRules.ts. */
export const CriterionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...criterionFields, kind: z.literal('participantUnitKind'), unitKinds: list(UNIT_KINDS.length + 2) }),
  z.strictObject({ ...criterionFields, kind: z.literal('registered') }),
  z.strictObject({ ...criterionFields, kind: z.literal('attestation'), which: text(40) }),
  z.strictObject({ ...criterionFields, kind: z.literal('parClassIn'), classes }),
  z.strictObject({ ...criterionFields, kind: z.literal('communeRecognisedAndExcellent'), classes }),
  z.strictObject({ ...criterionFields, kind: z.literal('unitRatingAtLeast'), minRating }),
  z.strictObject({ ...criterionFields, kind: z.literal('parTaskRatingImproved') }),
  z.strictObject({ ...criterionFields, kind: z.literal('districtParClassIn'), classes }),
  z.strictObject({ ...criterionFields, kind: z.literal('personRatingAtLeast'), minRating }),
  z.strictObject({ ...criterionFields, kind: z.literal('parTasksExcellent') }),
  z.strictObject({ ...criterionFields, kind: z.literal('memberOfQualifyingUnit'), viaBases: list(20), viaProposedBases: list(20) }),
]);

/** One basis (tiêu chuẩn) of the collective rule: all its criteria must hold. */
export const BasisSchema = z.strictObject({
  /** "A", "B", "C1", "C2" for Kế hoạch 34. */
  basis: text(10),
  label: text(1000),
  ref: ClauseRefSchema,
  ...filterFields,
  criteria: z.array(CriterionSchema).max(20),
});

/** A campaign's Bằng khen rule set (src/domain/eligibility/eligibilityRules.ts RuleSet). */
export const RuleSetSchema = z.strictObject({
  id: text(100),
  awardForm: text(40).describe(`Hình thức khen thưởng: ${Object.keys(AWARD_FORM_LABELS).join(', ')}`),
  year: z.number().int(),
  /** The plan the criteria come from. */
  source: text(500),
  collective: z.strictObject({ preconditions: z.array(CriterionSchema).max(30), bases: z.array(BasisSchema).max(20) }),
  individual: z.strictObject({ conditions: z.array(CriterionSchema).max(30) }),
});

const UserRefSchema = z.object({ id: z.string(), username: z.string(), fullName: z.string() });

/** Who saved a version and when; version 0 (none) has none. */
const VersionMetaSchema = z.object({
  version: z.number(),
  /** ISO instant. */
  createdAt: z.string(),
  /** Null for a version written by the system (seed, migration). */
  createdBy: UserRefSchema.nullable(),
  note: z.string().nullable(),
});

/** The publication that froze the rule set, if any. */
const PublicationRefSchema = z.object({ id: z.string(), decisionNumber: z.string(), decisionDate: z.string(), signer: z.string() });

/** GET /api/campaigns/{id}/rule-set: the rule set in force, its version and whether it may still change. */
export const RuleSetStateSchema = z.object({
  campaign: z.object({ id: z.string(), year: z.number(), planNumber: z.string(), status: z.string(), statusLabel: z.string() }),
  /** Null while the campaign has no rule set: eligibility then answers 409 until Sở Nội vụ sets one up. */
  ruleSet: RuleSetSchema.nullable(),
  /** The current version (null with no rule set); PUT sends it back as `version`. */
  current: VersionMetaSchema.nullable(),
  /** True once the year's PAR ranking is published (or the campaign moved past it): no more edits. */
  frozen: z.boolean(),
  /** Why it is frozen, in Vietnamese, naming the publication. */
  frozenReason: z.string().nullable(),
  publication: PublicationRefSchema.nullable(),
  /** Whether the signed-in user may edit it now (Sở Nội vụ, not frozen). */
  canEdit: z.boolean(),
  /** The built-in rule sets to start from ("34/KH-UBND 2020"). */
  templates: z.array(z.object({ id: z.string(), label: z.string() })),
  /** Where the screen is, for messages: /thi-dua/{id}/bo-tieu-chuan. */
  screenPath: z.string(),
});

/** The versions, newest first; `changes` says in Vietnamese what each changed from the one before. */
export const RuleSetVersionListSchema = z.object({ items: z.array(VersionMetaSchema.extend({ current: z.boolean(), changes: z.array(z.string()) })) });

export const RuleSetVersionSchema = VersionMetaSchema.extend({ current: z.boolean(), ruleSet: RuleSetSchema });

export type RuleSetState = z.infer<typeof RuleSetStateSchema>;
export type RuleSetVersionList = z.infer<typeof RuleSetVersionListSchema>;
export type RuleSetVersionDetail = z.infer<typeof RuleSetVersionSchema>;
