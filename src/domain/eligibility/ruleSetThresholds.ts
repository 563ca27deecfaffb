import type { ClauseRef } from '../shared/ruleOutcome';
import type { Criterion, ParClassification, Rating, RuleSet } from './eligibilityRules';

/** A criterion whose threshold can be changed (what-if, rule-set screen): accepted PAR classes or a minimum rating. */
export type Threshold = {
  /** Criterion code, the key of a what-if override. */
  code: string;
  label: string;
  ref: ClauseRef;
  /** Where the criterion sits, in Vietnamese: "Điều kiện chung của tập thể", "Tiêu chuẩn A", "Cá nhân". */
  part: string;
  /** The basis code for a criterion of a basis, else null. */
  basis: string | null;
  /** Path of the criterion in the rule set, e.g. "collective.bases.0.criteria.0". */
  path: string;
} & ({ kind: 'classes'; classes: readonly ParClassification[] } | { kind: 'minRating'; minRating: Rating });

function thresholdOf(criterion: Criterion): Pick<Threshold, 'kind'> & ({ classes: readonly ParClassification[] } | { minRating: Rating }) | null {
  switch (criterion.kind) {
    case 'parClassIn':
    case 'districtParClassIn':
    case 'communeRecognisedAndExcellent':
      return { kind: 'classes', classes: criterion.classes };
    case 'unitRatingAtLeast':
    case 'personRatingAtLeast':
      return { kind: 'minRating', minRating: criterion.minRating };
    default:
      return null;
  }
}

/**
 * Every threshold of a rule set, in the order the plan lists them (preconditions, bases, individual conditions).
 * Read by the what-if panel and the rule-set screen, so neither hard-codes a plan's criterion codes.
 */
export function ruleSetThresholds(ruleSet: RuleSet): Threshold[] {
  const out: Threshold[] = [];
  const push = (criterion: Criterion, part: string, basis: string | null, path: string) => {
    const threshold = thresholdOf(criterion);
    if (!threshold) return;
    out.push({ code: criterion.code, label: criterion.label, ref: criterion.ref, part, basis, path, ...threshold } as Threshold);
  };
  ruleSet.collective.preconditions.forEach((c, i) => push(c, 'Điều kiện chung của tập thể', null, `collective.preconditions.${i}`));
  ruleSet.collective.bases.forEach((b, bi) =>
    b.criteria.forEach((c, i) => push(c, `Tiêu chuẩn ${b.basis}`, b.basis, `collective.bases.${bi}.criteria.${i}`)),
  );
  ruleSet.individual.conditions.forEach((c, i) => push(c, 'Cá nhân', null, `individual.conditions.${i}`));
  return out;
}
