import { describe, expect, it } from 'vitest';
import { blockOf, isExcellentGroup, kienGiangClassificationScheme2020, validateClassificationScheme, type ClassificationScheme } from './classificationScheme';
import { blockLabel } from './parResultRows';
import {
  classifyIndex,
  competitionRanks,
  computeIndexPercent,
  computeParIndex,
  validateParScoreInput,
  type ParScoreInput,
} from './parIndex';

const scheme = kienGiangClassificationScheme2020;

const row = (
  unitId: string,
  blockCode: string,
  appraisedScore: number | null,
  surveyScore: number | null,
  extra: Partial<ParScoreInput> = {},
): ParScoreInput => ({
  unitId,
  blockCode,
  selfScore: null,
  appraisedScore,
  surveyScore,
  ...extra,
});

const only = (input: ParScoreInput, withScheme: ClassificationScheme = scheme) =>
  computeParIndex([input], withScheme)[0];

describe('computeIndexPercent', () => {
  it.each([
    [91.47, 100, 91.47],
    [54.3, 60, 90.5],
    [54, 60, 90],
    [53.99, 60, 89.98],
    [1, 3, 33.33],
    [2, 3, 66.67], // 66.666… rounds up
    [48.18, 80, 60.23], // exactly 60.225: naive float arithmetic gives 60.22
    [120.03, 200, 60.02], // exactly 60.015: naive float arithmetic gives 60.01
    [0, 60, 0],
    [60, 60, 100],
  ])('returns %d ÷ %d → %d %', (total, max, expected) => {
    expect(computeIndexPercent(total, max)).toBe(expected);
  });
});

describe('classifyIndex', () => {
  const block = scheme.blocks.department;

  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'good'],
    [80, 'good'],
    [79.99, 'fair'],
    [70, 'fair'],
    [69.99, 'average'],
    [50, 'average'],
    [49.99, 'weak'],
    [0, 'weak'],
  ])('returns %d % → %s (a value at a threshold takes the higher band)', (index, expected) => {
    expect(classifyIndex(index, block)).toBe(expected);
  });

  it('returns null when no band covers the index (a scheme with a gap)', () => {
    expect(classifyIndex(40, { maxPoints: 100, bands: [{ classification: 'good', minPercent: 50 }] })).toBeNull();
  });
});

describe('competitionRanks', () => {
  it.each([
    [[91.47, 91.47, 88], [1, 1, 3]],
    [[80, 90, 90, 90, 70], [4, 1, 1, 1, 5]],
    [[50, null, 60], [2, null, 1]],
    [[null, null], [null, null]],
    [[], []],
  ])('returns %j → %j', (values, expected) => {
    expect(competitionRanks(values)).toEqual(expected);
  });
});

describe('computeParIndex', () => {
  describe('thresholds (department block, max 100)', () => {
    it.each([
      [80, 20, 100, 'excellent', 'Xuất sắc'],
      [72.5, 17.5, 90, 'excellent', 'Xuất sắc'],
      [72.49, 17.5, 89.99, 'good', 'Tốt'],
      [65, 15, 80, 'good', 'Tốt'],
      [64.99, 15, 79.99, 'fair', 'Khá'],
      [55, 15, 70, 'fair', 'Khá'],
      [54.99, 15, 69.99, 'average', 'Trung bình'],
      [40, 10, 50, 'average', 'Trung bình'],
      [39.99, 10, 49.99, 'weak', 'Yếu'],
      [0, 0, 0, 'weak', 'Yếu'],
    ])('returns %d + %d → %d % %s', (appraised, survey, index, classification, label) => {
      const result = only(row('u', 'department', appraised, survey));
      const actual = [result.indexPercent, result.classification, result.classificationLabel];
      expect(actual).toEqual([index, classification, label]);
    });

    it('returns excellent when 70.1 + 19.9 sums to exactly 90 (no float drift below the threshold)', () => {
      expect(only(row('u', 'department', 70.1, 19.9)).classification).toBe('excellent');
    });
  });

  describe('thresholds (central agencies, max 60)', () => {
    it.each([
      [40, 14, 90, 'excellent'],
      [40, 13.99, 89.98, 'good'],
      [36, 12, 80, 'good'],
      [30, 12, 70, 'fair'],
      [20, 10, 50, 'average'],
      [20, 9.99, 49.98, 'weak'],
    ])('returns %d + %d → %d % %s', (appraised, survey, index, classification) => {
      const result = only(row('u', 'centralAgency', appraised, survey));
      expect([result.maxPoints, result.indexPercent, result.classification]).toEqual([60, index, classification]);
    });
  });

  it('returns excellent when the index rounds up to 90.00 (179.99 ÷ 200 = 89.995 %)', () => {
    const bigBlock: ClassificationScheme = {
      ...scheme,
      blocks: { custom: { ...scheme.blocks.department, maxPoints: 200 } },
    };
    const result = only(row('u', 'custom', 159.99, 20), bigBlock);
    expect([result.indexPercent, result.classification]).toEqual([90, 'excellent']);
  });

  it('returns the total of appraisal and survey, keeping the self-assessment apart', () => {
    const result = only(row('u', 'district', 71.47, 20, { selfScore: 95.5 }));
    expect([result.selfScore, result.totalPoints, result.indexPercent]).toEqual([95.5, 91.47, 91.47]);
  });

  describe('ranking', () => {
    it('returns shared ranks for ties and skips the next rank (1, 1, 3)', () => {
      const results = computeParIndex(
        [row('a', 'department', 70, 21.47), row('b', 'department', 71.47, 20), row('c', 'department', 70, 18)],
        scheme,
      );
      expect(results.map((r) => r.rank)).toEqual([1, 1, 3]);
    });

    it('returns a tie for totals that are equal in hundredths but differ in floating point', () => {
      // 70.1 + 20.2 === 90.3 but 70.2 + 20.1 === 90.30000000000001 in IEEE 754.
      const results = computeParIndex([row('a', 'department', 70.1, 20.2), row('b', 'department', 70.2, 20.1)], scheme);
      expect(results.map((r) => [r.totalPoints, r.rank])).toEqual([
        [90.3, 1],
        [90.3, 1],
      ]);
    });

    it('returns ranks per block, never across blocks', () => {
      const results = computeParIndex(
        [
          row('so-a', 'department', 70, 20),
          row('tw-a', 'centralAgency', 40, 14),
          row('so-b', 'department', 75, 20),
          row('tw-b', 'centralAgency', 30, 15),
          row('huyen-a', 'district', 60, 20),
        ],
        scheme,
      );
      expect(results.map((r) => [r.unitId, r.rank])).toEqual([
        ['so-a', 2],
        ['tw-a', 1],
        ['so-b', 1],
        ['tw-b', 2],
        ['huyen-a', 1],
      ]);
    });

    it('returns results in input order', () => {
      const results = computeParIndex([row('z', 'department', 10, 10), row('a', 'department', 70, 20)], scheme);
      expect(results.map((r) => r.unitId)).toEqual(['z', 'a']);
    });

    it('returns an empty list for no input', () => {
      expect(computeParIndex([], scheme)).toEqual([]);
    });
  });

  describe('missing scores', () => {
    it('returns no total, index, class or rank when the survey score is missing', () => {
      const result = only(row('u', 'department', 75, null));
      expect(result).toMatchObject({
        totalPoints: null,
        indexPercent: null,
        classification: null,
        classificationSource: null,
        rank: null,
        notes: ['Thiếu điểm điều tra xã hội học: chưa tính được Chỉ số và thứ hạng.'],
      });
    });

    it('returns a note naming both parts when both are missing', () => {
      expect(only(row('u', 'department', null, null)).notes).toEqual([
        'Thiếu điểm thẩm định và điểm điều tra xã hội học: chưa tính được Chỉ số và thứ hạng.',
      ]);
    });

    it('returns the published class with null index and rank when only the class is known', () => {
      const result = only(row('906', 'district', null, null, { publishedClassification: 'excellent' }));
      expect(result).toMatchObject({
        indexPercent: null,
        rank: null,
        classification: 'excellent',
        classificationLabel: 'Xuất sắc',
        classificationSource: 'published',
      });
    });

    it('returns units without a total unranked and ranks the others without gaps for them', () => {
      const results = computeParIndex(
        [
          row('a', 'district', null, null, { publishedClassification: 'good' }),
          row('b', 'district', 70, 15),
          row('c', 'district', 71, 15),
        ],
        scheme,
      );
      expect(results.map((r) => r.rank)).toEqual([null, 2, 1]);
    });

    it('returns index and rank from a published total when the parts are unknown (history)', () => {
      const results = computeParIndex(
        [
          row('906', 'district', null, null, { publishedTotal: 91.47, publishedClassification: 'excellent' }),
          row('905', 'district', null, null, { publishedTotal: 90.1 }),
        ],
        scheme,
      );
      expect(results.map((r) => [r.indexPercent, r.rank, r.classification, r.notes.length])).toEqual([
        [91.47, 1, 'excellent', 1],
        [90.1, 2, 'excellent', 1],
      ]);
    });
  });

  describe('published classification', () => {
    it('returns the published class and a note when it differs from the computed one', () => {
      const result = only(row('u', 'department', 70, 15, { publishedClassification: 'excellent' }));
      expect([result.classification, result.classificationSource, result.notes]).toEqual([
        'excellent',
        'published',
        ['Xếp loại công bố (Xuất sắc) khác xếp loại tính từ điểm (Tốt); dùng xếp loại công bố.'],
      ]);
    });

    it('returns no note when the published class matches', () => {
      expect(only(row('u', 'department', 70, 15, { publishedClassification: 'good' })).notes).toEqual([]);
    });
  });

  describe('invalid input', () => {
    it('throws a RangeError listing every problem', () => {
      expect(() =>
        computeParIndex([row('a', 'ward', 70, 20), row('b', 'department', -1, 20), row('b', 'department', 1, 1)], scheme),
      ).toThrow(
        [
          'Đơn vị "a": khối "ward" không có trong phương án xếp loại "Xếp loại Chỉ số CCHC tỉnh Kiên Giang (mặc định từ năm 2020)".',
          'Đơn vị "b": điểm thẩm định phải là số không âm (đang là -1).',
          'Đơn vị "b" có nhiều hơn một dòng kết quả.',
        ].join('\n'),
      );
    });
  });
});

describe('validateParScoreInput', () => {
  it('returns no errors for a valid row', () => {
    expect(validateParScoreInput(row('u', 'department', 70, 20, { selfScore: 92 }), scheme)).toEqual([]);
  });

  const unknownBlock =
    'Đơn vị "u": khối "ward" không có trong phương án xếp loại ' +
    '"Xếp loại Chỉ số CCHC tỉnh Kiên Giang (mặc định từ năm 2020)".';

  it.each<[string, ParScoreInput, string]>([
    ['an unknown block', row('u', 'ward', 70, 20), unknownBlock],
    [
      'a negative score',
      row('u', 'department', 70, -0.5),
      'Đơn vị "u": điểm điều tra xã hội học phải là số không âm (đang là -0,5).',
    ],
    ['NaN', row('u', 'department', Number.NaN, 20), 'Đơn vị "u": điểm thẩm định phải là số không âm (đang là NaN).'],
    [
      '3 decimals',
      row('u', 'department', 70.125, 20),
      'Đơn vị "u": điểm thẩm định chỉ được có tối đa 2 chữ số thập phân (đang là 70,125).',
    ],
    [
      'a score above the block maximum',
      row('u', 'centralAgency', 61, 0),
      'Đơn vị "u": điểm thẩm định (61) vượt điểm tối đa của khối (60).',
    ],
    [
      'a total above the block maximum',
      row('u', 'centralAgency', 45, 20),
      'Đơn vị "u": tổng điểm (65) vượt điểm tối đa của khối (60).',
    ],
    [
      'a self score above the maximum',
      row('u', 'centralAgency', 40, 10, { selfScore: 61 }),
      'Đơn vị "u": điểm tự đánh giá (61) vượt điểm tối đa của khối (60).',
    ],
    [
      'a published total that disagrees with its parts',
      row('u', 'department', 70, 20, { publishedTotal: 91 }),
      'Đơn vị "u": tổng điểm công bố (91) khác tổng điểm thẩm định và điều tra xã hội học (90).',
    ],
    [
      'an unknown published class',
      row('u', 'department', 70, 20, { publishedClassification: 'A' as never }),
      'Đơn vị "u": xếp loại công bố "A" không hợp lệ.',
    ],
  ])('returns an error for %s', (_case, input, message) => {
    expect(validateParScoreInput(input, scheme)).toContain(message);
  });
});

describe('block codes that name an object property', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('treats "%s" as a block the scheme does not have', (code) => {
    expect(validateParScoreInput(row('u1', code, 70, 20), scheme)).toEqual([expect.stringContaining(`khối "${code}" không có trong phương án xếp loại`)]);
    expect(() => computeParIndex([row('u1', code, 70, 20)], scheme)).toThrow(RangeError);
    expect(blockOf(scheme, code)).toBeUndefined();
    expect(blockLabel(code)).toBe(code);
    expect(isExcellentGroup('excellent', scheme, code)).toBe(false);
  });

  it('refuses a scheme whose block is named like an object property', () => {
    const band = { maxPoints: 100, bands: [{ classification: 'excellent' as const, minPercent: 0 }] };
    const blocks = Object.fromEntries([['department', band], ['constructor', band], ['__proto__', band]]);
    const problems = validateClassificationScheme({ ...scheme, blocks });
    expect(problems).toEqual([
      expect.stringMatching(/^Khối "constructor": mã khối trùng với một tên dành riêng/),
      expect.stringMatching(/^Khối "__proto__": mã khối trùng với một tên dành riêng/),
    ]);
  });
});
