import { allOf, type Verdict } from '../shared/ruleOutcome';
import type { CriterionKind, RuleSet } from './eligibilityRules';
import { collectiveSummary, evaluateEligibility } from './evaluateEligibility';
import { evaluateCriterion } from './evaluateCriterion';
import type { CollectiveInput, IndividualInput, UnitSummary } from './nomineeInputs';

/**
 * The facts a verdict depends on, as a key: every input field except who the nominee is (id, name), which the
 * rules only print in explanations. Each map names every field of its type (`satisfies Record<keyof …>`), so a fact
 * added to the inputs fails the typecheck here until it is keyed or declared an identity.
 */
const UNIT_FACTS = {
  orgUnitId: false,
  name: false,
  unitKind: true,
  parUnitLevel: true,
  parClassification: true,
  rating: true,
  parTaskRating: true,
  previousParTaskRating: true,
  districtRecognisedBestCommune: true,
  underProvince: true,
  districtParClassification: true,
} as const satisfies Record<keyof UnitSummary, boolean>;

const COLLECTIVE_FACTS = {
  ...UNIT_FACTS,
  registered: true,
  attestations: false, // keyed below: an object
  proposed: true,
} as const satisfies Record<keyof CollectiveInput, boolean>;

export const INDIVIDUAL_FACTS = {
  personId: false,
  fullName: false,
  unit: false, // keyed by unitFactsKey
  registered: true,
  rating: true,
  parTasksExcellent: true,
  directlyDoesParWork: true,
  unitProposed: true,
} as const satisfies Record<keyof IndividualInput, boolean>;

const keyed = (facts: Record<string, boolean>) => Object.keys(facts).filter((k) => facts[k]);
const UNIT_KEYS = keyed(UNIT_FACTS);
const COLLECTIVE_KEYS = keyed(COLLECTIVE_FACTS);

/**
 * The person's own facts each criterion kind reads about an individual (criteria/<kind>.ts), or 'unit' when it reads
 * the unit's facts (and, for memberOfQualifyingUnit, whether the unit is proposed). Exhaustive over the kinds, so a new
 * kind must say what it reads. A person-only criterion is keyed by its facts and the unit's kind and level (which
 * decide whether it applies), so it is evaluated a handful of times whatever the number of people; a unit criterion
 * once per unit.
 */
export const INDIVIDUAL_READS = {
  registered: ['registered'],
  personRatingAtLeast: ['rating'],
  parTasksExcellent: ['parTasksExcellent', 'directlyDoesParWork'],
  memberOfQualifyingUnit: 'unit',
  participantUnitKind: 'unit',
  attestation: 'unit',
  parClassIn: 'unit',
  communeRecognisedAndExcellent: 'unit',
  unitRatingAtLeast: 'unit',
  parTaskRatingImproved: 'unit',
  districtParClassIn: 'unit',
} as const satisfies Record<CriterionKind, readonly (keyof IndividualInput)[] | 'unit'>;

const NOT_APPLICABLE = 'notApplicable';

// Values are enumeration strings, booleans, null or undefined: String() keeps them apart and none contains "|".
const join = (record: object, keys: readonly string[]) => keys.map((k) => String((record as Record<string, unknown>)[k])).join('|');

/** The key of the unit facts an individual's rule reads; compute it once per unit and pass it to `individual`. */
export function unitFactsKey(unit: UnitSummary): string {
  return join(unit, UNIT_KEYS);
}

/**
 * Verdicts without explanations, for counts, filters and paging over many nominees: two nominees with the same facts
 * get the same verdict, so each distinct set of facts is evaluated once (a national list of 300,000 people has a few
 * hundred) and the explained result is built only for the nominees shown. Same verdict as `evaluateEligibility`.
 * @param ruleSet the rules to evaluate with; one memo per rule set
 */
export function verdictMemo(ruleSet: RuleSet) {
  const verdicts = new Map<string, Verdict | typeof NOT_APPLICABLE>();
  const memo = <V extends Verdict | typeof NOT_APPLICABLE>(key: string, evaluate: () => V): V => {
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = evaluate();
      verdicts.set(key, verdict);
    }
    return verdict as V;
  };
  return {
    collective(input: CollectiveInput): Verdict {
      const key = `c|${join(input, COLLECTIVE_KEYS)}|${String(input.attestations.compliance)}|${String(input.attestations.solidarity)}`;
      return memo(key, () => evaluateEligibility(ruleSet, { kind: 'collective', collective: input }).verdict);
    },
    /**
     * As `evaluateIndividualEligibility` decides: every applicable condition must pass, none applicable is a fail;
     * each condition's verdict memoised by the facts its kind reads (INDIVIDUAL_READS).
     * @param unitKey `unitFactsKey(unit)`, computed once per unit by the caller
     * @param unit the unit facts to read instead of `input.unit` (a what-if's changed unit), so the caller need not copy
     * the person's input to swap them
     */
    individual(input: IndividualInput, unitKey?: string, unit: UnitSummary = input.unit): Verdict {
      const key0 = unitKey ?? unitFactsKey(unit);
      let ctx: Parameters<typeof evaluateCriterion>[1] | null = null;
      const verdicts: Verdict[] = [];
      ruleSet.individual.conditions.forEach((criterion, i) => {
        const reads: readonly (keyof IndividualInput)[] | 'unit' = INDIVIDUAL_READS[criterion.kind];
        const key =
          reads === 'unit'
            ? `i${i}|${key0}|${String(input.unitProposed)}`
            : `i${i}|${String(unit.unitKind)}|${String(unit.parUnitLevel)}|${join(input, reads)}`;
        const verdict = memo(key, () => {
          ctx ??= { ruleSet, subject: { kind: 'individual', individual: unit === input.unit ? input : { ...input, unit }, unit: collectiveSummary(unit) } };
          const evaluated = evaluateCriterion(criterion, ctx);
          return evaluated.status === 'notApplicable' ? NOT_APPLICABLE : evaluated.outcome.verdict;
        });
        if (verdict !== NOT_APPLICABLE) verdicts.push(verdict);
      });
      return verdicts.length === 0 ? 'fail' : allOf(verdicts);
    },
    /** How many distinct sets of facts (collectives) and of facts read by one condition (individuals) were evaluated. */
    get evaluated(): number {
      return verdicts.size;
    },
  };
}
