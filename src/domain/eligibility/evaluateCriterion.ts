import { allOf } from '../shared/ruleOutcome';
import {
  PAR_UNIT_LEVEL_LABELS,
  UNIT_KIND_LABELS,
  type BasisRule,
  type Criterion,
  type UnitKind,
  type UnitKindFilter,
} from './eligibilityRules';
import type { UnitSummary } from './nomineeInputs';
import { runEvaluator } from './criteria/criterionEvaluators';
import { isNil, kindLabel, verdictWord, withoutFullStop } from './criteria/criterionSupport';
import type {
  BasisEvaluation,
  BasisOutcome,
  CriterionContext,
  EligibilityOutcome,
  Evaluated,
  EvaluationContext,
  NotApplicable,
} from './criteria/criterionTypes';

export type {
  BasisEvaluation,
  BasisOutcome,
  EligibilityOutcome,
  Evaluated,
  EvaluationContext,
  EvaluationSubject,
  NotApplicable,
} from './criteria/criterionTypes';
export { verdictWord, withoutFullStop } from './criteria/criterionSupport';

/**
 * The interpreter of one criterion or basis: applies the unit-kind filter, then dispatches to the evaluator of the
 * criterion's kind (./criteria, one file per kind, registered in CRITERION_EVALUATORS).
 */

type Applicability =
  | { status: 'applies' }
  | { status: 'notApplicable'; reason: string }
  | { status: 'unknown'; reason: string; missing: string };

/** Missing-input name of a PAR unit's level; shared so the list of missing inputs has no near-duplicates. */
const MISSING_PAR_UNIT_LEVEL = 'Cấp của phòng, đơn vị chuyên trách CCHC (cấp tỉnh hoặc cấp huyện)';

/** "phòng, đơn vị chuyên trách tham mưu CCHC cấp tỉnh" when the filter also fixes the level. */
function wantedKindLabel(kind: UnitKind, filter: UnitKindFilter): string {
  const levels = filter.appliesToParUnitLevels;
  if (kind !== 'par_unit' || !levels) return UNIT_KIND_LABELS[kind];
  return `${UNIT_KIND_LABELS[kind]} ${joinOr(levels.map((l) => PAR_UNIT_LEVEL_LABELS[l]))}`;
}

function joinOr(items: readonly string[]): string {
  return items.join(' hoặc ');
}

/**
 * Decide whether a unit-kind filter concerns this unit. A PAR unit of unknown level leaves a level filter undecided:
 * that is an unknown, not a skip, or a missing level would silently drop C1/C2.
 */
export function applicability(filter: UnitKindFilter, unit: UnitSummary): Applicability {
  const kinds = filter.appliesToUnitKinds;
  if (kinds && !kinds.includes(unit.unitKind)) {
    return {
      status: 'notApplicable',
      reason: `Chỉ áp dụng cho ${joinOr(kinds.map((k) => wantedKindLabel(k, filter)))}; đơn vị là ${kindLabel(unit)}.`,
    };
  }
  const levels = filter.appliesToParUnitLevels;
  if (levels && unit.unitKind === 'par_unit') {
    const level = unit.parUnitLevel;
    const wanted = joinOr(levels.map((l) => PAR_UNIT_LEVEL_LABELS[l]));
    if (isNil(level)) {
      return {
        status: 'unknown',
        reason: `Chưa rõ phòng, đơn vị chuyên trách CCHC thuộc cấp tỉnh hay cấp huyện, trong khi chỉ áp dụng cho ${wanted}.`,
        missing: MISSING_PAR_UNIT_LEVEL,
      };
    }
    if (!levels.includes(level)) {
      return {
        status: 'notApplicable',
        reason: `Chỉ áp dụng cho ${UNIT_KIND_LABELS.par_unit} ${wanted}; đơn vị thuộc ${PAR_UNIT_LEVEL_LABELS[level]}.`,
      };
    }
  }
  return { status: 'applies' };
}

/** The context an evaluator receives: the caller's, plus the evaluation of a basis of the same rule set. */
function criterionContext(ctx: EvaluationContext): CriterionContext {
  return { ...ctx, evaluateBasis: (basis) => evaluateBasis(basis, ctx) };
}

/**
 * Evaluate one criterion, honouring its unit-kind filter.
 * @param criterion a criterion of the rule set
 * @param ctx the rule set and the nominee
 * @returns `notApplicable` when the filter excludes the unit, otherwise the outcome and the missing inputs
 */
export function evaluateCriterion(
  criterion: Criterion,
  ctx: EvaluationContext,
): ({ status: 'evaluated' } & Evaluated) | { status: 'notApplicable'; notApplicable: NotApplicable } {
  const base = { code: criterion.code, label: criterion.label, ref: criterion.ref };
  const app = applicability(criterion, ctx.subject.unit);
  if (app.status === 'notApplicable') {
    return { status: 'notApplicable', notApplicable: { code: criterion.code, label: criterion.label, reason: app.reason } };
  }
  if (app.status === 'unknown') {
    return {
      status: 'evaluated',
      outcome: { ...base, verdict: 'unknown', explanation: app.reason, inputs: { parUnitLevel: null } },
      missing: [app.missing],
    };
  }
  const result = runEvaluator(criterion, criterionContext(ctx));
  return {
    status: 'evaluated',
    outcome: { ...base, verdict: result.verdict, explanation: result.explanation, inputs: result.inputs },
    // Only an undecided criterion has missing inputs worth asking for.
    missing: result.verdict === 'unknown' ? result.missing : [],
  };
}

/**
 * Evaluate a list of criteria (all must pass), skipping those whose filter excludes the unit.
 * @returns the outcomes, the skipped criteria and the missing inputs, de-duplicated
 */
export function evaluateCriteria(
  criteria: readonly Criterion[],
  ctx: EvaluationContext,
): { outcomes: EligibilityOutcome[]; notApplicable: NotApplicable[]; missing: string[] } {
  const outcomes: EligibilityOutcome[] = [];
  const notApplicable: NotApplicable[] = [];
  const missing: string[] = [];
  for (const criterion of criteria) {
    const evaluated = evaluateCriterion(criterion, ctx);
    if (evaluated.status === 'notApplicable') {
      notApplicable.push(evaluated.notApplicable);
    } else {
      outcomes.push(evaluated.outcome);
      missing.push(...evaluated.missing);
    }
  }
  return { outcomes, notApplicable, missing: [...new Set(missing)] };
}

/**
 * Evaluate one basis: not applicable when its filter (or every one of its parts) excludes the unit, else all parts
 * must pass.
 * @param basis a basis of the collective rule
 * @param ctx the rule set and the unit being judged
 */
export function evaluateBasis(basis: BasisRule, ctx: EvaluationContext): BasisEvaluation {
  const code = `collective.basis.${basis.basis}`;
  const base = { code, label: basis.label, ref: basis.ref, basis: basis.basis };
  const app = applicability(basis, ctx.subject.unit);
  if (app.status === 'notApplicable') {
    return { status: 'notApplicable', notApplicable: { code, label: basis.label, reason: app.reason } };
  }
  if (app.status === 'unknown') {
    const outcome: BasisOutcome = {
      ...base,
      verdict: 'unknown',
      explanation: `Tiêu chuẩn ${basis.basis} ${verdictWord('unknown')}: ${withoutFullStop(app.reason)}.`,
      inputs: { parUnitLevel: null },
      parts: [],
    };
    return { status: 'evaluated', outcome, missing: [app.missing] };
  }
  const parts = evaluateCriteria(basis.criteria, ctx);
  // A basis whose every part was filtered out says nothing about this unit; treating it as an empty AND
  // would make it pass vacuously.
  if (parts.outcomes.length === 0) {
    return {
      status: 'notApplicable',
      notApplicable: { code, label: basis.label, reason: parts.notApplicable.map((n) => n.reason).join(' ') },
    };
  }
  const verdict = allOf(parts.outcomes.map((o) => o.verdict));
  const inputs: Record<string, unknown> = {};
  for (const part of parts.outcomes) Object.assign(inputs, part.inputs);
  return {
    status: 'evaluated',
    outcome: {
      ...base,
      verdict,
      explanation: `Tiêu chuẩn ${basis.basis} ${verdictWord(verdict)}: ${parts.outcomes.map((o) => withoutFullStop(o.explanation)).join('; ')}.`,
      inputs,
      parts: parts.outcomes,
    },
    missing: verdict === 'unknown' ? parts.missing : [],
  };
}
