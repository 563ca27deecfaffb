import { describe, expect, it } from 'vitest';
import { distributionByBlock, rankingByBlock, type ChartResult } from './parCharts';

const result = (unitId: string, blockCode: string, rank: number | null, classification: string | null): ChartResult => ({
  unitId,
  orgUnitName: `Đơn vị ${unitId}`,
  blockCode,
  indexPercent: rank === null ? null : 100 - rank,
  rank,
  classification,
  classificationLabel: classification,
});

const year = [
  result('s1', 'SBN', 1, 'excellent'),
  result('s2', 'SBN', 2, 'good'),
  result('h1', 'UBH', 1, 'good'),
  result('s3', 'SBN', null, null),
  result('h2', 'UBH', 2, 'good'),
];

describe('rankingByBlock', () => {
  it('groups the units by block in order of first appearance, keeping their ranked order', () => {
    const blocks = rankingByBlock(year);
    expect(blocks.map((b) => [b.blockCode, b.items.map((i) => i.unitId)])).toEqual([
      ['SBN', ['s1', 's2', 's3']],
      ['UBH', ['h1', 'h2']],
    ]);
  });

  it('returns only the block asked for', () => {
    expect(rankingByBlock(year, 'UBH').map((b) => b.blockCode)).toEqual(['UBH']);
  });

  it('returns no block for a block code that has no result', () => {
    expect(rankingByBlock(year, 'XYZ')).toEqual([]);
  });

  it('returns no block for a year without results', () => {
    expect(rankingByBlock([])).toEqual([]);
  });

  it('names each block with its label', () => {
    expect(rankingByBlock(year)[0].blockLabel).toEqual(expect.any(String));
  });

  it('keeps index, rank and class of each unit and drops the other fields', () => {
    expect(rankingByBlock(year)[0].items[0]).toEqual({ unitId: 's1', orgUnitName: 'Đơn vị s1', indexPercent: 99, rank: 1, classification: 'excellent', classificationLabel: 'excellent' });
  });
});

describe('distributionByBlock', () => {
  it('counts every class of each block, zero included, and the units without a class', () => {
    expect(distributionByBlock(year).map((b) => [b.blockCode, b.counts, b.unclassified])).toEqual([
      ['SBN', { excellent: 1, good: 1, fair: 0, average: 0, weak: 0 }, 1],
      ['UBH', { excellent: 0, good: 2, fair: 0, average: 0, weak: 0 }, 0],
    ]);
  });

  it('returns only the block asked for', () => {
    expect(distributionByBlock(year, 'SBN').map((b) => b.blockCode)).toEqual(['SBN']);
  });

  it('returns no block for a year without results', () => {
    expect(distributionByBlock([])).toEqual([]);
  });
});
