import { allOf, anyOf, type Verdict } from '../shared/ruleOutcome';
import { AWARD_FORM_LABELS, type AwardForm, type RuleSet } from './eligibilityRules';
import {
  evaluateBasis,
  evaluateCriteria,
  type BasisOutcome,
  type EligibilityOutcome,
  type EvaluationContext,
  type NotApplicable,
  withoutFullStop,
} from './evaluateCriterion';
import { kindLabel } from './criteria/criterionSupport';
import type { CollectiveInput, IndividualInput, UnitSummary, EligibilityInput } from './nomineeInputs';

export type { CollectiveInput, EligibilityInput, IndividualInput, UnitSummary } from './nomineeInputs';

/** Who a result is about; `kind` + `id` identify it across evaluations (what-if comparison). */
export type Nominee = { kind: 'collective' | 'individual'; id: string; name: string };

/** The explained eligibility of one nominee for one award form. */
export type EligibilityResult = {
  nominee: Nominee;
  awardForm: AwardForm;
  /** True only when `verdict` is `pass`: an unknown is never eligible. */
  eligible: boolean;
  verdict: Verdict;
  /** Collectives: conditions that must all hold. Empty for individuals. */
  preconditions: EligibilityOutcome[];
  /** Collectives: the applicable bases, one of which must hold. Empty for individuals. */
  bases: BasisOutcome[];
  /** Individuals: conditions that must all hold. Empty for collectives. */
  conditions: EligibilityOutcome[];
  /** Criteria and bases skipped because they do not concern this kind of unit. */
  notApplicable: NotApplicable[];
  /** One plain Vietnamese sentence. */
  summary: string;
  /** Vietnamese names of the inputs still missing, without duplicates. */
  missing: string[];
};

/** The unit facts with every absent fact as null, as the criteria read them. */
export function collectiveSummary(unit: UnitSummary): UnitSummary {
  return {
    orgUnitId: unit.orgUnitId,
    name: unit.name,
    unitKind: unit.unitKind,
    parUnitLevel: unit.parUnitLevel ?? null,
    parClassification: unit.parClassification ?? null,
    rating: unit.rating ?? null,
    parTaskRating: unit.parTaskRating ?? null,
    previousParTaskRating: unit.previousParTaskRating ?? null,
    districtRecognisedBestCommune: unit.districtRecognisedBestCommune ?? null,
    ...(unit.underProvince ? { underProvince: true } : {}),
    districtParClassification: unit.districtParClassification ?? null,
  };
}

function failedReasons(outcomes: readonly EligibilityOutcome[]): string[] {
  return outcomes
    .filter((o) => o.verdict === 'fail')
    .map((o) => `không đạt điều kiện “${o.label}” (${o.ref.clause})`);
}

/**
 * Why no basis holds, one reason per basis with its clause and the parts that failed — "không đạt tiêu chuẩn A
 * (Gạch đầu dòng 1, …): Xếp hạng … Tốt — không thuộc nhóm xuất sắc" — so a refusal is as explained as a pass.
 * Only called when every applicable basis failed; with none applicable, it names the bases and whom they concern.
 */
function failedBasisReasons(ruleSet: RuleSet, bases: readonly BasisOutcome[], unit: UnitSummary): string[] {
  if (bases.length === 0) {
    const all = ruleSet.collective.bases.map((b) => `${b.basis} (${b.ref.clause})`).join(', ');
    return [`không tiêu chuẩn nào trong các tiêu chuẩn ${all} áp dụng cho ${kindLabel(unit)}`];
  }
  return bases.map((b) => {
    const why = b.parts.filter((p) => p.verdict === 'fail').map((p) => withoutFullStop(p.explanation));
    return `không đạt tiêu chuẩn ${b.basis} (${b.ref.clause}): ${why.join('; ')}`;
  });
}

function summarise(
  who: string,
  awardLabel: string,
  verdict: Verdict,
  passedText: string,
  failReasons: readonly string[],
  missing: readonly string[],
): string {
  if (verdict === 'pass') return `${who} đủ điều kiện đề nghị ${awardLabel}: ${passedText}.`;
  if (verdict === 'fail') return `${who} không đủ điều kiện đề nghị ${awardLabel}: ${failReasons.join('; ')}.`;
  const what = missing.length > 0 ? `còn thiếu: ${missing.join('; ')}` : 'còn thiếu thông tin';
  return `Chưa xác định được ${who} có đủ điều kiện đề nghị ${awardLabel} hay không vì ${what}.`;
}

/**
 * Evaluate a collective against the rule set: all preconditions and at least one applicable basis (III.1.a).
 * @param ruleSet the campaign's rules for the award form
 * @param input the collective's facts; missing facts are null
 * @returns the verdict with one explained outcome per precondition and applicable basis
 */
export function evaluateCollectiveEligibility(ruleSet: RuleSet, input: CollectiveInput): EligibilityResult {
  const unit = collectiveSummary(input);
  const ctx: EvaluationContext = { ruleSet, subject: { kind: 'collective', collective: input, unit } };
  const pre = evaluateCriteria(ruleSet.collective.preconditions, ctx);
  const bases: BasisOutcome[] = [];
  const notApplicable: NotApplicable[] = [...pre.notApplicable];
  const basisMissing: string[] = [];
  for (const basis of ruleSet.collective.bases) {
    const evaluated = evaluateBasis(basis, ctx);
    if (evaluated.status === 'notApplicable') {
      notApplicable.push(evaluated.notApplicable);
    } else {
      bases.push(evaluated.outcome);
      basisMissing.push(...evaluated.missing);
    }
  }
  const preVerdict = allOf(pre.outcomes.map((o) => o.verdict));
  const basesVerdict = anyOf(bases.map((b) => b.verdict));
  const verdict = allOf([preVerdict, basesVerdict]);
  // Once one basis passes, the others' missing inputs cannot change the result; don't ask for them.
  const missing = [...new Set([...pre.missing, ...(basesVerdict === 'unknown' ? basisMissing : [])])];

  const awardLabel = AWARD_FORM_LABELS[ruleSet.awardForm];
  const passed = bases.filter((b) => b.verdict === 'pass').map((b) => `${b.basis} (${b.ref.clause})`);
  const reasons = failedReasons(pre.outcomes);
  if (basesVerdict === 'fail') reasons.push(...failedBasisReasons(ruleSet, bases, unit));
  return {
    nominee: { kind: 'collective', id: input.orgUnitId, name: input.name },
    awardForm: ruleSet.awardForm,
    eligible: verdict === 'pass',
    verdict,
    preconditions: pre.outcomes,
    bases,
    conditions: [],
    notApplicable,
    summary: summarise(
      input.name,
      awardLabel,
      verdict,
      `đạt các điều kiện chung và tiêu chuẩn ${passed.join(', ')}`,
      reasons,
      missing,
    ),
    missing,
  };
}

/**
 * Evaluate an individual against the rule set: all conditions must hold (III.1.b).
 * @param ruleSet the campaign's rules for the award form
 * @param input the person's facts and a summary of their unit; missing facts are null
 * @returns the verdict with one explained outcome per applicable condition
 */
export function evaluateIndividualEligibility(ruleSet: RuleSet, input: IndividualInput): EligibilityResult {
  const unit = collectiveSummary(input.unit);
  const ctx: EvaluationContext = { ruleSet, subject: { kind: 'individual', individual: input, unit } };
  const evaluated = evaluateCriteria(ruleSet.individual.conditions, ctx);
  // No applicable condition at all means the rule set says nothing about this person: not a vacuous pass.
  const verdict: Verdict = evaluated.outcomes.length === 0 ? 'fail' : allOf(evaluated.outcomes.map((o) => o.verdict));
  const reasons = failedReasons(evaluated.outcomes);
  if (evaluated.outcomes.length === 0) reasons.push('không có điều kiện nào áp dụng');
  const who = `${input.fullName} (${input.unit.name})`;
  return {
    nominee: { kind: 'individual', id: input.personId, name: input.fullName },
    awardForm: ruleSet.awardForm,
    eligible: verdict === 'pass',
    verdict,
    preconditions: [],
    bases: [],
    conditions: evaluated.outcomes,
    notApplicable: evaluated.notApplicable,
    summary: summarise(
      who,
      AWARD_FORM_LABELS[ruleSet.awardForm],
      verdict,
      `đạt đủ ${evaluated.outcomes.length} điều kiện đối với cá nhân`,
      reasons,
      evaluated.missing,
    ),
    missing: evaluated.missing,
  };
}

/**
 * Evaluate the eligibility of a collective or an individual for the rule set's award form.
 * Pure: the same rule set and input always give the same result; `eligible` only when the verdict is `pass`.
 * @param ruleSet the campaign's rules (e.g. `kh34RuleSet`), possibly with what-if overrides applied
 * @param input the nominee, tagged with its kind
 * @returns the explained result
 */
export function evaluateEligibility(ruleSet: RuleSet, input: EligibilityInput): EligibilityResult {
  return input.kind === 'collective'
    ? evaluateCollectiveEligibility(ruleSet, input.collective)
    : evaluateIndividualEligibility(ruleSet, input.individual);
}

