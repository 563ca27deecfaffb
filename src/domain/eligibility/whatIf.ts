import type { Verdict } from '../shared/ruleOutcome';
import {
  PAR_CLASSIFICATIONS,
  RATING_ORDER,
  type BasisRule,
  type Criterion,
  type ParClassification,
  type Rating,
  type RuleSet,
} from './eligibilityRules';
import type { EligibilityResult, Nominee } from './evaluateEligibility';
import { validateRuleSet } from './validateRuleSet';

/** A threshold change for one criterion, addressed by its code. */
export type CriterionOverride = {
  /** New allowed PAR classes (parClassIn, districtParClassIn, communeRecognisedAndExcellent). */
  classes?: readonly ParClassification[];
  /** New minimum rating (unitRatingAtLeast, personRatingAtLeast). */
  minRating?: Rating;
};

/** Threshold changes to try without saving, keyed by criterion code (e.g. "collective.A.parClass"). */
export type RuleOverrides = { criteria?: Readonly<Record<string, CriterionOverride>> };

/** One nominee's change between two evaluations; `before`/`after` are null when absent from that side. */
export type EligibilityChange = {
  nominee: Nominee;
  before: { eligible: boolean; verdict: Verdict } | null;
  after: { eligible: boolean; verdict: Verdict } | null;
};

/** Who gains, loses or keeps eligibility between two evaluations of the same nominees. */
export type EligibilityComparison = {
  gained: EligibilityChange[];
  lost: EligibilityChange[];
  /** Same eligibility; the verdict may still have moved between fail and unknown. */
  unchanged: EligibilityChange[];
  onlyBefore: EligibilityChange[];
  onlyAfter: EligibilityChange[];
};

function key(nominee: Nominee): string {
  return `${nominee.kind}:${nominee.id}`;
}

/** What a comparison reads of a result: who, and whether eligible (the explanation is not needed). */
export type ComparedResult = Pick<EligibilityResult, 'nominee' | 'eligible' | 'verdict'>;

function brief(result: ComparedResult): { eligible: boolean; verdict: Verdict } {
  return { eligible: result.eligible, verdict: result.verdict };
}

/**
 * Compare two evaluations of the same nominees (e.g. current rules vs. a what-if), matched by kind and id.
 * @param before results under the current rules
 * @param after results under the changed rules or inputs
 * @returns the changes, each list in the order of `before` (then `after` for nominees only there)
 */
export function compareEligibility(
  before: readonly ComparedResult[],
  after: readonly ComparedResult[],
): EligibilityComparison {
  const afterByKey = new Map(after.map((r) => [key(r.nominee), r]));
  const beforeKeys = new Set(before.map((r) => key(r.nominee)));
  const comparison: EligibilityComparison = { gained: [], lost: [], unchanged: [], onlyBefore: [], onlyAfter: [] };
  for (const b of before) {
    const a = afterByKey.get(key(b.nominee));
    if (!a) {
      comparison.onlyBefore.push({ nominee: b.nominee, before: brief(b), after: null });
      continue;
    }
    const change = { nominee: b.nominee, before: brief(b), after: brief(a) };
    if (!b.eligible && a.eligible) comparison.gained.push(change);
    else if (b.eligible && !a.eligible) comparison.lost.push(change);
    else comparison.unchanged.push(change);
  }
  for (const a of after) {
    if (!beforeKeys.has(key(a.nominee))) comparison.onlyAfter.push({ nominee: a.nominee, before: null, after: brief(a) });
  }
  return comparison;
}

function overrideCriterion(criterion: Criterion, override: CriterionOverride, errors: string[]): Criterion {
  let next: Criterion = { ...criterion };
  if (override.classes !== undefined) {
    if (
      next.kind === 'parClassIn' ||
      next.kind === 'districtParClassIn' ||
      next.kind === 'communeRecognisedAndExcellent'
    ) {
      // Keep the classes in scheme order, whatever order the user ticked them in, so explanations read naturally.
      next = { ...next, classes: PAR_CLASSIFICATIONS.filter((c) => override.classes?.includes(c)) };
      const unknown = override.classes.filter((c) => !PAR_CLASSIFICATIONS.includes(c));
      if (unknown.length > 0) errors.push(`Tiêu chí “${criterion.code}”: nhóm xếp hạng không hợp lệ “${unknown.join(', ')}”.`);
    } else {
      errors.push(`Tiêu chí “${criterion.code}” không có ngưỡng nhóm xếp hạng để thay đổi.`);
    }
  }
  if (override.minRating !== undefined) {
    if (next.kind === 'unitRatingAtLeast' || next.kind === 'personRatingAtLeast') {
      if (RATING_ORDER.includes(override.minRating)) next = { ...next, minRating: override.minRating };
      else errors.push(`Tiêu chí “${criterion.code}”: mức xếp loại không hợp lệ “${String(override.minRating)}”.`);
    } else {
      errors.push(`Tiêu chí “${criterion.code}” không có mức xếp loại tối thiểu để thay đổi.`);
    }
  }
  return next;
}

/**
 * Return a copy of the rule set with thresholds changed, for a what-if run; the original is never modified.
 * Overrides that name no criterion or do not fit its kind are skipped and reported.
 * @param ruleSet the rule set in force
 * @param overrides threshold changes keyed by criterion code
 * @returns the changed copy and Vietnamese errors (skipped overrides, and problems `validateRuleSet` finds)
 */
export function applyOverrides(ruleSet: RuleSet, overrides: RuleOverrides): { ruleSet: RuleSet; errors: string[] } {
  const errors: string[] = [];
  const wanted = overrides.criteria ?? {};
  const used = new Set<string>();
  const apply = (criterion: Criterion): Criterion => {
    const override = Object.hasOwn(wanted, criterion.code) ? wanted[criterion.code] : undefined;
    if (!override) return criterion;
    used.add(criterion.code);
    return overrideCriterion(criterion, override, errors);
  };
  const applyBasis = (basis: BasisRule): BasisRule => ({ ...basis, criteria: basis.criteria.map(apply) });
  const next: RuleSet = {
    ...ruleSet,
    collective: {
      preconditions: ruleSet.collective.preconditions.map(apply),
      bases: ruleSet.collective.bases.map(applyBasis),
    },
    individual: { conditions: ruleSet.individual.conditions.map(apply) },
  };
  for (const code of Object.keys(wanted)) {
    if (!used.has(code)) errors.push(`Không có tiêu chí mã “${code}” trong bộ tiêu chuẩn.`);
  }
  errors.push(...validateRuleSet(next));
  return { ruleSet: next, errors };
}
