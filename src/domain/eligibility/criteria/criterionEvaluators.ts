import type { Criterion, CriterionKind } from '../eligibilityRules';
import type { Check, CriterionContext, CriterionEvaluators, Evaluator } from './criterionTypes';
import { evaluateAttestation } from './attestation';
import { evaluateCommuneRecognisedAndExcellent } from './communeRecognisedAndExcellent';
import { evaluateDistrictParClassIn } from './districtParClassIn';
import { evaluateMemberOfQualifyingUnit } from './memberOfQualifyingUnit';
import { evaluateParClassIn } from './parClassIn';
import { evaluateParTaskRatingImproved } from './parTaskRatingImproved';
import { evaluateParTasksExcellent } from './parTasksExcellent';
import { evaluateParticipantUnitKind } from './participantUnitKind';
import { evaluatePersonRatingAtLeast } from './personRatingAtLeast';
import { evaluateRegistered } from './registered';
import { evaluateUnitRatingAtLeast } from './unitRatingAtLeast';

/**
 * The one evaluator of each criterion kind. Typed as a mapped type over `Criterion['kind']`, so adding a kind to
 * the vocabulary (eligibilityRules.ts) does not compile until its evaluator is registered here.
 */
export const CRITERION_EVALUATORS: CriterionEvaluators = {
  participantUnitKind: evaluateParticipantUnitKind,
  registered: evaluateRegistered,
  attestation: evaluateAttestation,
  parClassIn: evaluateParClassIn,
  communeRecognisedAndExcellent: evaluateCommuneRecognisedAndExcellent,
  unitRatingAtLeast: evaluateUnitRatingAtLeast,
  parTaskRatingImproved: evaluateParTaskRatingImproved,
  districtParClassIn: evaluateDistrictParClassIn,
  personRatingAtLeast: evaluatePersonRatingAtLeast,
  parTasksExcellent: evaluateParTasksExcellent,
  memberOfQualifyingUnit: evaluateMemberOfQualifyingUnit,
};

/** Every criterion kind the engine evaluates, in the order of the map. */
export const EVALUATED_CRITERION_KINDS = Object.keys(CRITERION_EVALUATORS) as CriterionKind[];

/**
 * Run the evaluator of the criterion's kind.
 * @throws {TypeError} for a kind outside the vocabulary (only reachable with unvalidated data)
 */
export function runEvaluator(criterion: Criterion, ctx: CriterionContext): Check {
  // Own keys only: a kind such as "constructor" or "toString" has no evaluator, whatever every object inherits.
  const evaluators = CRITERION_EVALUATORS as Partial<Record<string, Evaluator<Criterion>>>;
  const evaluator = Object.hasOwn(evaluators, criterion.kind) ? evaluators[criterion.kind] : undefined;
  if (!evaluator) throw new TypeError(`Loại tiêu chí không được hỗ trợ “${String(criterion.kind)}”.`);
  return evaluator(criterion, ctx);
}
