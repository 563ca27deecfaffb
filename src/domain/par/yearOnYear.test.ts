import { describe, expect, it } from 'vitest';
import type { Classification } from './classificationScheme';
import { computeYearOnYear, type ParResultSnapshot } from './yearOnYear';

const snap = (
  unitId: string,
  blockCode: string,
  indexPercent: number | null,
  rank: number | null,
  classification: Classification | null,
): ParResultSnapshot => ({ unitId, blockCode, indexPercent, rank, classification });

describe('computeYearOnYear', () => {
  it('returns the index, rank and class change of a unit ranked in both years', () => {
    const [change] = computeYearOnYear({
      previous: [snap('906', 'district', 88.5, 3, 'good')],
      current: [snap('906', 'district', 91.47, 1, 'excellent')],
    });
    expect(change).toEqual({
      unitId: '906',
      presence: 'both',
      blockCode: 'district',
      sameBlock: true,
      previousIndex: 88.5,
      currentIndex: 91.47,
      indexDelta: 2.97,
      previousRank: 3,
      currentRank: 1,
      rankDelta: 2,
      previousClassification: 'good',
      currentClassification: 'excellent',
      classificationChange: 'improved',
    });
  });

  it.each<[Classification, Classification, string]>([
    ['good', 'excellent', 'improved'],
    ['weak', 'average', 'improved'],
    ['excellent', 'excellent', 'unchanged'],
    ['excellent', 'good', 'declined'],
    ['fair', 'weak', 'declined'],
  ])('returns %s → %s as %s', (previous, current, expected) => {
    const [change] = computeYearOnYear({
      previous: [snap('u', 'department', null, null, previous)],
      current: [snap('u', 'department', null, null, current)],
    });
    expect(change.classificationChange).toBe(expected);
  });

  it.each([
    [80.2, 90.1, 9.9], // 90.1 − 80.2 is 9.899999999999991 in floating point
    [91.47, 88.5, -2.97],
    [90, 90, 0],
  ])('returns the index delta from %d to %d as %d', (previousIndex, currentIndex, expected) => {
    const [change] = computeYearOnYear({
      previous: [snap('u', 'department', previousIndex, 1, 'excellent')],
      current: [snap('u', 'department', currentIndex, 1, 'excellent')],
    });
    expect(change.indexDelta).toBe(expected);
  });

  it.each([
    [1, 4, -3],
    [4, 1, 3],
    [2, 2, 0],
  ])('returns the rank delta from %i to %i as %i (positive = moved up)', (previousRank, currentRank, expected) => {
    const [change] = computeYearOnYear({
      previous: [snap('u', 'department', 90, previousRank, 'excellent')],
      current: [snap('u', 'department', 90, currentRank, 'excellent')],
    });
    expect(change.rankDelta).toBe(expected);
  });

  it('returns no rank delta when the unit changed block, but still the index delta', () => {
    const [change] = computeYearOnYear({
      previous: [snap('u', 'district', 85, 5, 'good')],
      current: [snap('u', 'department', 87, 2, 'good')],
    });
    expect([change.sameBlock, change.rankDelta, change.indexDelta, change.blockCode]).toEqual([false, null, 2, 'department']);
  });

  it('returns null deltas when a year has only a published class (missing scores)', () => {
    const [change] = computeYearOnYear({
      previous: [snap('u', 'district', null, null, 'excellent')],
      current: [snap('u', 'district', 92, 1, 'excellent')],
    });
    expect([change.indexDelta, change.rankDelta, change.classificationChange]).toEqual([null, null, 'unchanged']);
  });

  it('returns a unit present only this year as new, and one present only last year as dropped, after the others', () => {
    const changes = computeYearOnYear({
      previous: [snap('old', 'commune', 70, 1, 'fair'), snap('both', 'commune', 80, 2, 'good')],
      current: [snap('new', 'commune', 75, 2, 'fair'), snap('both', 'commune', 85, 1, 'good')],
    });
    expect(changes.map((c) => [c.unitId, c.presence, c.sameBlock, c.indexDelta, c.classificationChange])).toEqual([
      ['new', 'new', null, null, null],
      ['both', 'both', true, 5, 'unchanged'],
      ['old', 'dropped', null, null, null],
    ]);
  });

  it('returns an empty list when both years are empty', () => {
    expect(computeYearOnYear({ previous: [], current: [] })).toEqual([]);
  });
});
