import { PAR_CLASSIFICATIONS, UNIT_KINDS } from '../../../domain/eligibility/eligibilityRules';
import type { CriterionData, RuleSetData } from './ruleSetText';

/** The id of the input editing a rule-set path, e.g. "collective.bases.0.label" → "rs-collective-bases-0-label". */
export const fieldId = (path: string) => `rs-${path.replace(/\./g, '-')}`;

/** The id of one checkbox of a list field (classes, unit kinds): the first one is where an error of the list points. */
export const optionId = (path: string, option: string) => `${fieldId(path)}-${option}`;

export const SOURCE_ID = fieldId('source');
export const NOTE_ID = fieldId('note');

/** Fields of a criterion the form does not edit directly; their errors point at its label. */
const OTHER_CRITERION_FIELDS = ['code', 'kind', 'which', 'ref.source', 'appliesToUnitKinds', 'appliesToParUnitLevels'];

function criterionIds(ids: Record<string, string>, path: string, c: CriterionData): void {
  const label = fieldId(`${path}.label`);
  ids[`ruleSet.${path}.label`] = label;
  for (const field of OTHER_CRITERION_FIELDS) ids[`ruleSet.${path}.${field}`] = label;
  ids[`ruleSet.${path}.ref.clause`] = fieldId(`${path}.ref.clause`);
  if ('classes' in c) ids[`ruleSet.${path}.classes`] = optionId(`${path}.classes`, PAR_CLASSIFICATIONS[0]);
  if ('minRating' in c) ids[`ruleSet.${path}.minRating`] = fieldId(`${path}.minRating`);
  if ('unitKinds' in c) ids[`ruleSet.${path}.unitKinds`] = optionId(`${path}.unitKinds`, UNIT_KINDS[0]);
  if ('viaBases' in c) {
    ids[`ruleSet.${path}.viaBases`] = fieldId(`${path}.via.0`);
    ids[`ruleSet.${path}.viaProposedBases`] = fieldId(`${path}.via.0`);
  }
}

/**
 * API field path ("ruleSet.collective.bases.1.criteria.0.classes", as the server and validateRuleSet name it) →
 * the id of the input that edits it, so each error is shown beside its field and linked from the summary.
 */
export function ruleSetFieldIds(ruleSet: RuleSetData): Record<string, string> {
  const ids: Record<string, string> = {
    ruleSet: SOURCE_ID,
    'ruleSet.source': SOURCE_ID,
    'ruleSet.year': SOURCE_ID,
    'ruleSet.id': SOURCE_ID,
    'ruleSet.awardForm': SOURCE_ID,
    note: NOTE_ID,
  };
  ruleSet.collective.preconditions.forEach((c, i) => criterionIds(ids, `collective.preconditions.${i}`, c));
  ruleSet.collective.bases.forEach((b, bi) => {
    const path = `collective.bases.${bi}`;
    const label = fieldId(`${path}.label`);
    ids[`ruleSet.${path}.basis`] = fieldId(`${path}.basis`);
    ids[`ruleSet.${path}.label`] = label;
    ids[`ruleSet.${path}.ref.clause`] = fieldId(`${path}.ref.clause`);
    ids[`ruleSet.${path}.ref.source`] = label;
    ids[`ruleSet.${path}.criteria`] = label;
    ids[`ruleSet.${path}.appliesToUnitKinds`] = optionId(`${path}.appliesToUnitKinds`, UNIT_KINDS[0]);
    ids[`ruleSet.${path}.appliesToParUnitLevels`] = optionId(`${path}.appliesToUnitKinds`, UNIT_KINDS[0]);
    b.criteria.forEach((c, i) => criterionIds(ids, `${path}.criteria.${i}`, c));
  });
  ruleSet.individual.conditions.forEach((c, i) => criterionIds(ids, `individual.conditions.${i}`, c));
  return ids;
}
