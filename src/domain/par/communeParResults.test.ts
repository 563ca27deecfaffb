import { describe, expect, it } from 'vitest';
import { communeClassification, rankCommuneResults, type CommuneAssessment } from './communeParResults';

const commune = (code: string, classification: CommuneAssessment['classification'], totalPoints: number | null): CommuneAssessment => ({
  communeUnitId: `id-${code}`,
  code,
  name: `Xã ${code}`,
  totalPoints,
  classification,
});

describe('rankCommuneResults', () => {
  it('ranks by class, then points, ties sharing a rank (1, 1, 3), a commune without points last in its class', () => {
    const ranked = rankCommuneResults([
      commune('30910', 'good', 85),
      commune('30904', 'excellent', 92.5),
      commune('30907', 'excellent', null),
      commune('30913', 'excellent', 92.5),
      commune('30916', 'weak', 40),
    ]);
    expect(ranked.map((r) => [r.code, r.rank])).toEqual([
      ['30904', 1],
      ['30913', 1],
      ['30907', 3],
      ['30910', 4],
      ['30916', 5],
    ]);
  });

  it('ranks an empty district as empty', () => {
    expect(rankCommuneResults([])).toEqual([]);
  });
});

describe('communeClassification', () => {
  it.each([
    ['the district’s publication wins', 'excellent', 'good', { classification: 'excellent', source: 'district' }],
    ['the province’s commune block when the district published nothing', null, 'good', { classification: 'good', source: 'province' }],
    ['unknown when neither published', undefined, null, { classification: null, source: null }],
    ['a district “khá” is read as it is, not replaced by a better province class', 'fair', 'excellent', { classification: 'fair', source: 'district' }],
  ] as const)('%s', (_case, districtPublished, provincePublished, expected) => {
    expect(communeClassification({ districtPublished, provincePublished })).toEqual(expected);
  });
});
