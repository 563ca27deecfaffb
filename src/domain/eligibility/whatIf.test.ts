import { describe, expect, it } from 'vitest';
import { buildCollective, buildIndividual, buildUnitSummary } from './eligibilityFactories';
import type { EligibilityResult } from './evaluateEligibility';
import { evaluateCollectiveEligibility, evaluateIndividualEligibility } from './evaluateEligibility';
import { kh34RuleSet } from './kh34RuleSet';
import { applyOverrides, compareEligibility } from './whatIf';

function result(kind: 'collective' | 'individual', id: string, verdict: EligibilityResult['verdict']): EligibilityResult {
  return {
    nominee: { kind, id, name: id },
    awardForm: 'provincial_merit',
    eligible: verdict === 'pass',
    verdict,
    preconditions: [],
    bases: [],
    conditions: [],
    notApplicable: [],
    summary: '',
    missing: [],
  };
}

describe('compareEligibility', () => {
  it.each<[string, EligibilityResult['verdict'], EligibilityResult['verdict'], 'gained' | 'lost' | 'unchanged']>([
    ['fail to pass', 'fail', 'pass', 'gained'],
    ['unknown to pass', 'unknown', 'pass', 'gained'],
    ['pass to fail', 'pass', 'fail', 'lost'],
    ['pass to unknown', 'pass', 'unknown', 'lost'],
    ['pass to pass', 'pass', 'pass', 'unchanged'],
    ['fail to unknown', 'fail', 'unknown', 'unchanged'],
    ['unknown to fail', 'unknown', 'fail', 'unchanged'],
  ])('puts %s in %s', (_name, before, after, list) => {
    const comparison = compareEligibility([result('collective', 'x', before)], [result('collective', 'x', after)]);
    expect(comparison[list]).toEqual([
      {
        nominee: { kind: 'collective', id: 'x', name: 'x' },
        before: { eligible: before === 'pass', verdict: before },
        after: { eligible: after === 'pass', verdict: after },
      },
    ]);
    const total = comparison.gained.length + comparison.lost.length + comparison.unchanged.length;
    expect(total).toBe(1);
  });

  it('reports nominees present on one side only', () => {
    const comparison = compareEligibility([result('collective', 'a', 'pass')], [result('collective', 'b', 'pass')]);
    expect(comparison.onlyBefore.map((c) => c.nominee.id)).toEqual(['a']);
    expect(comparison.onlyAfter.map((c) => c.nominee.id)).toEqual(['b']);
    expect(comparison.gained).toEqual([]);
    expect(comparison.lost).toEqual([]);
  });

  it('tells a collective and an individual with the same id apart', () => {
    const comparison = compareEligibility(
      [result('collective', 'same', 'pass'), result('individual', 'same', 'fail')],
      [result('individual', 'same', 'pass'), result('collective', 'same', 'fail')],
    );
    expect(comparison.gained.map((c) => c.nominee.kind)).toEqual(['individual']);
    expect(comparison.lost.map((c) => c.nominee.kind)).toEqual(['collective']);
  });
});

describe('applyOverrides', () => {
  it('leaves the original rule set untouched', () => {
    const snapshot = structuredClone(kh34RuleSet);
    applyOverrides(kh34RuleSet, {
      criteria: { 'collective.A.parClass': { classes: ['excellent', 'good'] }, 'individual.rating': { minRating: 'outstanding' } },
    });
    expect(kh34RuleSet).toEqual(snapshot);
  });

  it('widens basis A to the good band', () => {
    const { ruleSet, errors } = applyOverrides(kh34RuleSet, { criteria: { 'collective.A.parClass': { classes: ['good', 'excellent'] } } });
    expect(errors).toEqual([]);
    const input = buildCollective({ parClassification: 'good' });
    expect(evaluateCollectiveEligibility(kh34RuleSet, input).eligible).toBe(false);
    const after = evaluateCollectiveEligibility(ruleSet, input);
    expect(after.eligible).toBe(true);
    // Classes are kept in scheme order, so the explanation reads "xuất sắc hoặc tốt".
    expect(after.bases[0]?.parts[0]?.explanation).toBe('Xếp hạng Chỉ số CCHC năm 2020: Tốt — thuộc nhóm xuất sắc hoặc tốt.');
  });

  it('widens the excellent group for individuals too, since they are judged by the same basis', () => {
    const { ruleSet } = applyOverrides(kh34RuleSet, { criteria: { 'collective.A.parClass': { classes: ['excellent', 'good'] } } });
    const input = buildIndividual({ unit: buildUnitSummary({ parClassification: 'good' }) });
    expect(evaluateIndividualEligibility(kh34RuleSet, input).eligible).toBe(false);
    expect(evaluateIndividualEligibility(ruleSet, input).eligible).toBe(true);
  });

  it.each([
    ['individual.rating', 'outstanding', 'good', false],
    ['individual.rating', 'adequate', 'adequate', true],
  ] as const)('sets %s to minimum %s: a person rated %s is eligible=%s', (code, minRating, rating, eligible) => {
    const { ruleSet, errors } = applyOverrides(kh34RuleSet, { criteria: { [code]: { minRating } } });
    expect(errors).toEqual([]);
    expect(evaluateIndividualEligibility(ruleSet, buildIndividual({ rating })).eligible).toBe(eligible);
  });

  it('lowers the C1 rating threshold', () => {
    const input = buildCollective({
      unitKind: 'par_unit',
      parUnitLevel: 'province',
      rating: 'adequate',
      parTaskRating: 'good',
      previousParTaskRating: 'adequate',
    });
    const { ruleSet } = applyOverrides(kh34RuleSet, { criteria: { 'collective.C1.rating': { minRating: 'adequate' } } });
    const comparison = compareEligibility(
      [evaluateCollectiveEligibility(kh34RuleSet, input)],
      [evaluateCollectiveEligibility(ruleSet, input)],
    );
    expect(comparison.gained.map((c) => c.nominee.name)).toEqual(['Sở Tư pháp']);
  });

  it.each([
    [{ 'collective.Z': { minRating: 'good' as const } }, 'Không có tiêu chí mã “collective.Z” trong bộ tiêu chuẩn.'],
    [{ 'collective.registered': { minRating: 'good' as const } }, 'Tiêu chí “collective.registered” không có mức xếp loại tối thiểu để thay đổi.'],
    [{ 'individual.rating': { classes: ['good' as const] } }, 'Tiêu chí “individual.rating” không có ngưỡng nhóm xếp hạng để thay đổi.'],
    [
      { 'collective.A.parClass': { classes: [] } },
      'Điều kiện của tiêu chuẩn A “collective.A.parClass”: phải có ít nhất một nhóm xếp hạng Chỉ số CCHC được chấp nhận.',
    ],
  ])('reports a bad override %j', (criteria, error) => {
    const { errors } = applyOverrides(kh34RuleSet, { criteria });
    expect(errors).toContain(error);
  });

  it('changes nothing without overrides', () => {
    expect(applyOverrides(kh34RuleSet, {})).toEqual({ ruleSet: kh34RuleSet, errors: [] });
  });
});
