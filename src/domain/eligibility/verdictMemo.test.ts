import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAR_CLASSIFICATIONS, RATING_ORDER, UNIT_KINDS, type ParClassification, type Rating } from './eligibilityRules';
import { evaluateEligibility, type CollectiveInput, type IndividualInput, type UnitSummary } from './evaluateEligibility';
import { kh34RuleSet } from './kh34RuleSet';
import { applyOverrides } from './whatIf';
import { INDIVIDUAL_FACTS, INDIVIDUAL_READS, unitFactsKey, verdictMemo } from './verdictMemo';

const flag = fc.constantFrom<boolean | null>(true, false, null);
const rating = fc.constantFrom<Rating | null>(...RATING_ORDER, null);
const parClass = fc.constantFrom<ParClassification | null>(...PAR_CLASSIFICATIONS, null);

const unitArb: fc.Arbitrary<UnitSummary> = fc.record(
  {
    orgUnitId: fc.constantFrom('u1', 'u2', 'u3'),
    name: fc.constantFrom('Sở Tư pháp', 'UBND huyện Giồng Riềng', 'Xã Vĩnh Thạnh'),
    unitKind: fc.constantFrom(...UNIT_KINDS),
    parUnitLevel: fc.constantFrom<UnitSummary['parUnitLevel']>('province', 'district', null),
    parClassification: parClass,
    rating,
    parTaskRating: rating,
    previousParTaskRating: rating,
    districtRecognisedBestCommune: flag,
    underProvince: fc.constant(true),
    districtParClassification: parClass,
  },
  { requiredKeys: ['orgUnitId', 'name', 'unitKind', 'parClassification', 'rating', 'parTaskRating', 'previousParTaskRating', 'districtRecognisedBestCommune', 'districtParClassification'] },
);

const collectiveArb: fc.Arbitrary<CollectiveInput> = fc
  .record({ unit: unitArb, registered: flag, compliance: flag, solidarity: flag, proposed: flag })
  .map(({ unit, compliance, solidarity, ...rest }) => ({ ...unit, ...rest, attestations: { compliance, solidarity } }));

const individualArb: fc.Arbitrary<IndividualInput> = fc.record({
  personId: fc.constantFrom('p1', 'p2', 'p3'),
  fullName: fc.constantFrom('Nguyễn Văn A', 'Trần Thị B'),
  unit: unitArb,
  registered: flag,
  rating,
  parTasksExcellent: flag,
  directlyDoesParWork: flag,
  unitProposed: flag,
});

const { ruleSet: stricter } = applyOverrides(kh34RuleSet, { criteria: { 'collective.A.parClass': { classes: ['excellent', 'good'] }, 'individual.rating': { minRating: 'good' } } });

describe('verdictMemo', () => {
  it.each([
    ['Kế hoạch 34', kh34RuleSet],
    ['a what-if rule set', stricter],
  ])('gives every nominee of a list the verdict evaluateEligibility gives it (%s)', (_name, ruleSet) => {
    fc.assert(
      fc.property(fc.array(collectiveArb, { maxLength: 20 }), fc.array(individualArb, { maxLength: 40 }), (collectives, individuals) => {
        const memo = verdictMemo(ruleSet);
        for (const c of collectives) expect(memo.collective(c)).toBe(evaluateEligibility(ruleSet, { kind: 'collective', collective: c }).verdict);
        for (const i of individuals) {
          const expected = evaluateEligibility(ruleSet, { kind: 'individual', individual: i }).verdict;
          expect(memo.individual(i)).toBe(expected);
          expect(memo.individual(i, unitFactsKey(i.unit))).toBe(expected);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('knows which criterion reads each of a person\'s facts (the unit\'s proposal through memberOfQualifyingUnit)', () => {
    const personal = Object.entries(INDIVIDUAL_FACTS).filter(([, keyed]) => keyed).map(([fact]) => fact);
    const read = Object.values(INDIVIDUAL_READS).flatMap((reads) => (reads === 'unit' ? [] : reads));
    expect(new Set([...read, 'unitProposed'])).toEqual(new Set(personal));
  });

  it('evaluates once two nominees that differ only by who they are, and a person criterion once per value', () => {
    const memo = verdictMemo(kh34RuleSet);
    const unit: UnitSummary = {
      orgUnitId: 'u1',
      name: 'Xã Vĩnh Thạnh',
      unitKind: 'commune',
      parUnitLevel: null,
      parClassification: 'excellent',
      rating: 'good',
      parTaskRating: 'good',
      previousParTaskRating: 'adequate',
      districtRecognisedBestCommune: true,
      districtParClassification: null,
    };
    const person: IndividualInput = { personId: 'p1', fullName: 'Nguyễn Văn A', unit, registered: true, rating: 'good', parTasksExcellent: true, directlyDoesParWork: true, unitProposed: true };
    memo.individual(person);
    memo.individual({ ...person, personId: 'p2', fullName: 'Trần Thị B', unit: { ...unit, orgUnitId: 'u2', name: 'Xã Khác' } });
    const conditions = kh34RuleSet.individual.conditions.length;
    expect(memo.evaluated).toBe(conditions);
    memo.individual({ ...person, personId: 'p3', rating: 'failed' });
    expect(memo.evaluated).toBe(conditions + 1);
  });
});
