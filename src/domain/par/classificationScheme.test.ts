import { describe, expect, it } from 'vitest';
import {
  CLASSIFICATIONS,
  classificationLabel,
  isExcellentGroup,
  kienGiangClassificationScheme2020,
  schemeInForce,
  validateClassificationScheme,
  type BlockScheme,
  type Classification,
  type ClassificationScheme,
} from './classificationScheme';

const scheme = kienGiangClassificationScheme2020;

const withBlock = (block: BlockScheme): ClassificationScheme => ({
  id: 'test',
  name: 'Thử',
  validFrom: 2020,
  blocks: { department: block },
});

describe('classificationLabel', () => {
  it.each<[Classification, string]>([
    ['excellent', 'Xuất sắc'],
    ['good', 'Tốt'],
    ['fair', 'Khá'],
    ['average', 'Trung bình'],
    ['weak', 'Yếu'],
  ])('returns the Vietnamese label of %s', (classification, label) => {
    expect(classificationLabel(classification)).toBe(label);
  });

  it('returns labels in NFC', () => {
    const labels = CLASSIFICATIONS.map(classificationLabel);
    expect(labels.every((label) => label === label.normalize('NFC'))).toBe(true);
  });
});

describe('kienGiangClassificationScheme2020', () => {
  it('is a valid scheme', () => {
    expect(validateClassificationScheme(scheme)).toEqual([]);
  });

  it.each([
    ['department', 100],
    ['centralAgency', 60],
    ['district', 100],
    ['commune', 100],
  ])('gives the %s block a maximum of %i points', (block, maxPoints) => {
    expect(scheme.blocks[block].maxPoints).toBe(maxPoints);
  });

  it('uses the thresholds 90 / 80 / 70 / 50 / 0 in every block', () => {
    const thresholds = Object.values(scheme.blocks).map((block) => block.bands.map((band) => band.minPercent));
    expect(new Set(thresholds.map((t) => t.join('/')))).toEqual(new Set(['90/80/70/50/0']));
  });
});

describe('validateClassificationScheme', () => {
  const bands = (...pairs: [Classification, number][]) =>
    pairs.map(([classification, minPercent]) => ({ classification, minPercent }));

  it('returns no errors for a three-band scheme (national A/B/C style with a floor)', () => {
    const threeBands = withBlock({ maxPoints: 100, bands: bands(['excellent', 90], ['good', 80], ['fair', 0]) });
    expect(validateClassificationScheme(threeBands)).toEqual([]);
  });

  it('returns no errors for decimal thresholds such as 76.5', () => {
    const decimal = withBlock({ maxPoints: 100, bands: bands(['excellent', 90], ['good', 76.5], ['fair', 0]) });
    expect(validateClassificationScheme(decimal)).toEqual([]);
  });

  it.each<[string, ClassificationScheme, string]>([
    [
      'bands not ordered from the top',
      withBlock({ maxPoints: 100, bands: bands(['good', 80], ['excellent', 90], ['weak', 0]) }),
      'Khối "department": ngưỡng của mức "Xuất sắc" (90) phải thấp hơn ngưỡng của mức "Tốt" (80); ' +
        'các mức sắp từ cao xuống thấp, không chồng lấn.',
    ],
    [
      'two bands with the same threshold (overlap)',
      withBlock({ maxPoints: 100, bands: bands(['excellent', 80], ['good', 80], ['weak', 0]) }),
      'Khối "department": ngưỡng của mức "Tốt" (80) phải thấp hơn ngưỡng của mức "Xuất sắc" (80); ' +
        'các mức sắp từ cao xuống thấp, không chồng lấn.',
    ],
    [
      'a gap at the bottom',
      withBlock({ maxPoints: 100, bands: bands(['excellent', 90], ['good', 50]) }),
      'Khối "department": mức thấp nhất phải bắt đầu từ 0% để mọi kết quả đều được xếp loại (đang là 50%).',
    ],
    [
      'a threshold above 100',
      withBlock({ maxPoints: 100, bands: bands(['excellent', 101], ['weak', 0]) }),
      'Khối "department": ngưỡng của mức "Xuất sắc" phải từ 0 đến 100 (đang là 101).',
    ],
    [
      'a threshold with 3 decimals',
      withBlock({ maxPoints: 100, bands: bands(['excellent', 89.995], ['weak', 0]) }),
      'Khối "department": ngưỡng của mức "Xuất sắc" chỉ được có tối đa 2 chữ số thập phân.',
    ],
    [
      'a class used twice',
      withBlock({ maxPoints: 100, bands: bands(['excellent', 90], ['excellent', 80], ['weak', 0]) }),
      'Khối "department": mức "Xuất sắc" bị khai báo trùng.',
    ],
    [
      'a worse class above a better one',
      withBlock({ maxPoints: 100, bands: bands(['good', 90], ['excellent', 80], ['weak', 0]) }),
      'Khối "department": mức "Xuất sắc" không được xếp dưới mức "Tốt".',
    ],
    ['no bands', withBlock({ maxPoints: 100, bands: [] }), 'Khối "department": chưa có mức xếp loại nào.'],
    [
      'a zero maximum',
      withBlock({ maxPoints: 0, bands: bands(['weak', 0]) }),
      'Khối "department": điểm tối đa phải là số dương (đang là 0).',
    ],
    [
      'an unknown class',
      withBlock({ maxPoints: 100, bands: [{ classification: 'A' as Classification, minPercent: 0 }] }),
      'Khối "department": mức xếp loại "A" không hợp lệ.',
    ],
    ['no blocks', { ...scheme, blocks: {} }, 'Phương án xếp loại phải có ít nhất một khối.'],
    ['an empty id', { ...scheme, id: ' ' }, 'Mã phương án xếp loại không được để trống.'],
    ['a bad year', { ...scheme, validFrom: 20.5 }, 'Năm áp dụng không hợp lệ: 20.5.'],
  ])('returns an error for %s', (_case, invalid, message) => {
    expect(validateClassificationScheme(invalid)).toContain(message);
  });
});

describe('schemeInForce', () => {
  const v2020 = { ...scheme, id: 'v2020', validFrom: 2020 };
  const v2022 = { ...scheme, id: 'v2022', validFrom: 2022 };

  it.each([
    [2019, null],
    [2020, 'v2020'],
    [2021, 'v2020'],
    [2022, 'v2022'],
    [2030, 'v2022'],
  ])('returns the scheme in force in %i', (year, expected) => {
    expect(schemeInForce([v2022, v2020], year)?.id ?? null).toBe(expected);
  });
});

describe('isExcellentGroup', () => {
  it.each<[Classification, boolean]>([
    ['excellent', true],
    ['good', false],
    ['fair', false],
    ['average', false],
    ['weak', false],
  ])('returns %s → %s under the Kiên Giang scheme', (classification, expected) => {
    expect(isExcellentGroup(classification, scheme)).toBe(expected);
  });

  it('returns true for the top band of a scheme whose best class is "good"', () => {
    const noExcellent = withBlock({
      maxPoints: 100,
      bands: [
        { classification: 'good', minPercent: 80 },
        { classification: 'weak', minPercent: 0 },
      ],
    });
    expect(isExcellentGroup('good', noExcellent, 'department')).toBe(true);
  });

  it('returns false for a block the scheme does not define', () => {
    expect(isExcellentGroup('excellent', scheme, 'ward')).toBe(false);
  });

  it('returns false without a block when blocks disagree on their top band', () => {
    const mixed: ClassificationScheme = {
      ...scheme,
      blocks: {
        department: scheme.blocks.department,
        commune: { maxPoints: 100, bands: [{ classification: 'good', minPercent: 0 }] },
      },
    };
    expect([isExcellentGroup('excellent', mixed), isExcellentGroup('excellent', mixed, 'department')]).toEqual([
      false,
      true,
    ]);
  });
});
