import type { Verdict } from '../shared/ruleOutcome';
import type { RuleSet } from './eligibilityRules';
import { evaluateEligibility } from './evaluateEligibility';
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

const INDIVIDUAL_FACTS = {
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
const INDIVIDUAL_KEYS = keyed(INDIVIDUAL_FACTS);

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
  const verdicts = new Map<string, Verdict>();
  const memo = (key: string, evaluate: () => Verdict): Verdict => {
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = evaluate();
      verdicts.set(key, verdict);
    }
    return verdict;
  };
  return {
    collective(input: CollectiveInput): Verdict {
      const key = `c|${join(input, COLLECTIVE_KEYS)}|${String(input.attestations.compliance)}|${String(input.attestations.solidarity)}`;
      return memo(key, () => evaluateEligibility(ruleSet, { kind: 'collective', collective: input }).verdict);
    },
    /** @param unitKey `unitFactsKey(input.unit)`, computed once per unit by the caller */
    individual(input: IndividualInput, unitKey: string = unitFactsKey(input.unit)): Verdict {
      return memo(`i|${unitKey}|${join(input, INDIVIDUAL_KEYS)}`, () => evaluateEligibility(ruleSet, { kind: 'individual', individual: input }).verdict);
    },
    /** How many distinct sets of facts were evaluated. */
    get evaluated(): number {
      return verdicts.size;
    },
  };
}
