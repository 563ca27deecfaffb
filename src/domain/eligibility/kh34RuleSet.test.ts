import { describe, expect, it } from 'vitest';
import type { Criterion } from './eligibilityRules';
import { KH34_SOURCE, kh34RuleSet } from './kh34RuleSet';

const allCriteria: Criterion[] = [
  ...kh34RuleSet.collective.preconditions,
  ...kh34RuleSet.collective.bases.flatMap((b) => b.criteria),
  ...kh34RuleSet.individual.conditions,
];

describe('kh34RuleSet', () => {
  it('is the 2020 Bằng khen rule set of Kế hoạch 34', () => {
    expect(kh34RuleSet.awardForm).toBe('provincial_merit');
    expect(kh34RuleSet.year).toBe(2020);
    expect(kh34RuleSet.source).toBe('Kế hoạch số 34/KH-UBND ngày 03/3/2020 của UBND tỉnh Kiên Giang');
  });

  it.each([
    ['A', 'Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III', ['department', 'district'], undefined],
    ['B', 'Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III', ['commune'], undefined],
    ['C1', 'Tiết 3, Điểm a, Khoản 1, Mục III', ['par_unit'], ['province']],
    ['C2', 'Tiết 3, Điểm a, Khoản 1, Mục III', ['par_unit'], ['district']],
  ])('basis %s cites %s and applies to %j (levels %j)', (code, clause, kinds, levels) => {
    const basis = kh34RuleSet.collective.bases.find((b) => b.basis === code);
    expect(basis?.ref).toEqual({ clause, source: KH34_SOURCE });
    expect(basis?.appliesToUnitKinds).toEqual(kinds);
    expect(basis?.appliesToParUnitLevels).toEqual(levels);
  });

  it.each([
    ['collective.participant', 'Điểm a, Khoản 2, Mục II'],
    ['collective.registered', 'Điểm a, Khoản 1, Mục III'],
    ['collective.compliance', 'Điểm a, Khoản 1, Mục III'],
    ['collective.solidarity', 'Điểm a, Khoản 1, Mục III'],
    ['individual.participant', 'Điểm b, Khoản 2, Mục II'],
    ['individual.rating', 'Gạch đầu dòng 1, Điểm b, Khoản 1, Mục III'],
    ['individual.parTasksExcellent', 'Gạch đầu dòng 2, Điểm b, Khoản 1, Mục III'],
    ['individual.qualifyingUnit', 'Gạch đầu dòng 3, Điểm b, Khoản 1, Mục III'],
  ])('%s cites %s', (code, clause) => {
    expect(allCriteria.find((c) => c.code === code)?.ref).toEqual({ clause, source: KH34_SOURCE });
  });

  it('leaves UBND tỉnh out of the participants (II.2.a)', () => {
    const participant = kh34RuleSet.collective.preconditions.find((c) => c.kind === 'participantUnitKind');
    expect(participant?.kind === 'participantUnitKind' && participant.unitKinds).toEqual(['department', 'district', 'commune', 'par_unit']);
  });

  it('asks for "Hoàn thành tốt nhiệm vụ" and the top band by default', () => {
    const thresholds = allCriteria.flatMap((c): string[] =>
      c.kind === 'unitRatingAtLeast' || c.kind === 'personRatingAtLeast'
        ? [c.minRating]
        : c.kind === 'parClassIn' || c.kind === 'districtParClassIn' || c.kind === 'communeRecognisedAndExcellent'
          ? [...c.classes]
          : [],
    );
    expect(new Set(thresholds)).toEqual(new Set(['good', 'excellent']));
  });

  it('writes every label and clause in NFC', () => {
    const texts = [
      ...allCriteria.flatMap((c) => [c.label, c.ref.clause, c.ref.source]),
      ...kh34RuleSet.collective.bases.flatMap((b) => [b.label, b.ref.clause]),
    ];
    expect(texts.every((t) => t.length > 0 && t === t.normalize('NFC'))).toBe(true);
  });
});
