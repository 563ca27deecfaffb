import { describe, expect, it } from 'vitest';
import { kh34Campaign } from './kh34Campaign';
import { checkQuota, quotaFor } from './quotaRules';

const COMMUNE_CLAUSE = 'Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III Kế hoạch số 34/KH-UBND ngày 03/3/2020';
const INDIVIDUAL_CLAUSE = 'Điểm b, Khoản 4, Mục III Kế hoạch số 34/KH-UBND ngày 03/3/2020';
const COMMUNE_QUOTA = `chỉ tiêu: số đơn vị hành chính cấp xã mỗi huyện, thành phố được đề nghị khen thưởng — ${COMMUNE_CLAUSE}`;
const INDIVIDUAL_QUOTA = `chỉ tiêu: số cá nhân tiêu biểu xuất sắc mỗi tập thể được đề nghị khen thưởng — ${INDIVIDUAL_CLAUSE}`;

describe('quotaFor', () => {
  it.each([
    ['906', 2], // Huyện Giồng Riềng
    ['903', 2], // Huyện Hòn Đất
    ['905', 1], // Huyện Châu Thành
    ['899', 1], // Thành phố Rạch Giá
  ])('gives district %s a quota of %i communes', (districtCode, limit) => {
    expect(quotaFor(kh34Campaign, { kind: 'commune_per_district', districtCode })).toEqual({
      kind: 'commune_per_district',
      limit,
      ref: { clause: 'Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III', source: 'Kế hoạch số 34/KH-UBND ngày 03/3/2020' },
    });
  });

  it.each([
    ['department', 2],
    ['district', 2],
    ['par_unit_province', 2],
    ['par_unit_district', 2],
    ['commune', 1],
  ] as const)('gives a %s collective a quota of %i individuals (III.4.b)', (collectiveKind, limit) => {
    expect(quotaFor(kh34Campaign, { kind: 'individuals_per_collective', collectiveKind })).toMatchObject({
      limit,
      ref: { clause: 'Điểm b, Khoản 4, Mục III' },
    });
  });

  it('sets no limit on the excellent group by default (III.4.a, first bullet)', () => {
    expect(quotaFor(kh34Campaign, { kind: 'excellent_group' })).toMatchObject({
      limit: null,
      ref: { clause: 'Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III' },
    });
  });

  it('reads a configured excellent-group limit from the campaign', () => {
    const campaign = structuredClone(kh34Campaign);
    campaign.quotas.excellentGroupCollectives.limit = 5;
    expect(quotaFor(campaign, { kind: 'excellent_group' }).limit).toBe(5);
  });
});

describe('checkQuota', () => {
  const communes = (districtCode: string, subjectName: string, used: number, requested?: number) =>
    checkQuota({
      ...quotaFor(kh34Campaign, { kind: 'commune_per_district', districtCode }),
      used,
      requested,
      subjectName,
    });

  describe('communes per district, with the Giồng Riềng and Hòn Đất overrides', () => {
    it.each([
      ['906', 'Huyện Giồng Riềng', 1, true, 0, `Huyện Giồng Riềng đã đề nghị 1/2 xã (${COMMUNE_QUOTA}); đề nghị thêm 1 thì còn 0.`],
      ['906', 'Huyện Giồng Riềng', 2, false, 0, `Huyện Giồng Riềng đã đề nghị 2/2 xã (${COMMUNE_QUOTA}); không thể đề nghị thêm.`],
      ['906', 'Huyện Giồng Riềng', 3, false, 0, `Huyện Giồng Riềng đã đề nghị 3/2 xã (${COMMUNE_QUOTA}), vượt chỉ tiêu 1; không thể đề nghị thêm và phải rút bớt 1 đề nghị.`],
      ['903', 'Huyện Hòn Đất', 1, true, 0, `Huyện Hòn Đất đã đề nghị 1/2 xã (${COMMUNE_QUOTA}); đề nghị thêm 1 thì còn 0.`],
      ['903', 'Huyện Hòn Đất', 2, false, 0, `Huyện Hòn Đất đã đề nghị 2/2 xã (${COMMUNE_QUOTA}); không thể đề nghị thêm.`],
      ['905', 'Huyện Châu Thành', 0, true, 0, `Huyện Châu Thành đã đề nghị 0/1 xã (${COMMUNE_QUOTA}); đề nghị thêm 1 thì còn 0.`],
      ['905', 'Huyện Châu Thành', 1, false, 0, `Huyện Châu Thành đã đề nghị 1/1 xã (${COMMUNE_QUOTA}); không thể đề nghị thêm.`],
      ['905', 'Huyện Châu Thành', 2, false, 0, `Huyện Châu Thành đã đề nghị 2/1 xã (${COMMUNE_QUOTA}), vượt chỉ tiêu 1; không thể đề nghị thêm và phải rút bớt 1 đề nghị.`],
    ])('district %s (%s) with %i used: allowed %s', (code, name, used, allowed, remaining, message) => {
      expect(communes(code, name, used)).toMatchObject({ allowed, remaining, message, used });
    });

    it('refuses adding two at once when only one is left', () => {
      expect(communes('906', 'Huyện Giồng Riềng', 1, 2)).toMatchObject({
        allowed: false,
        remaining: 1,
        message: `Huyện Giồng Riềng đã đề nghị 1/2 xã (${COMMUNE_QUOTA}); không thể đề nghị thêm 2 xã nữa (chỉ còn 1).`,
      });
    });

    it('allows adding two at once into an empty override quota', () => {
      expect(communes('903', 'Huyện Hòn Đất', 0, 2)).toMatchObject({ allowed: true, remaining: 0 });
    });
  });

  describe('individuals per collective', () => {
    const individuals = (collectiveKind: 'department' | 'commune', subjectName: string, used: number) =>
      checkQuota({
        ...quotaFor(kh34Campaign, { kind: 'individuals_per_collective', collectiveKind }),
        used,
        subjectName,
      });

    it.each([
      ['department', 'Sở Tư pháp', 1, true],
      ['department', 'Sở Tư pháp', 2, false],
      ['department', 'Sở Tư pháp', 3, false],
      ['commune', 'Xã Bàn Tân Định', 0, true],
      ['commune', 'Xã Bàn Tân Định', 1, false],
      ['commune', 'Xã Bàn Tân Định', 2, false],
    ] as const)('%s %s with %i used: allowed %s', (kind, name, used, allowed) => {
      expect(individuals(kind, name, used).allowed).toBe(allowed);
    });

    it('names the collective, the quota, its clause and what is used', () => {
      expect(individuals('department', 'Sở Tư pháp', 2).message).toBe(
        `Sở Tư pháp đã đề nghị 2/2 cá nhân (${INDIVIDUAL_QUOTA}); không thể đề nghị thêm.`,
      );
    });

    it('applies the commune limit of 1 to a commune-level collective', () => {
      expect(individuals('commune', 'Xã Bàn Tân Định', 1).message).toBe(
        `Xã Bàn Tân Định đã đề nghị 1/1 cá nhân (${INDIVIDUAL_QUOTA}); không thể đề nghị thêm.`,
      );
    });
  });

  describe('excellent group', () => {
    const excellent = (limit: number | null, used: number) =>
      checkQuota({ ...quotaFor(kh34Campaign, { kind: 'excellent_group' }), limit, used });

    it('always allows when the plan sets no limit', () => {
      expect(excellent(null, 40)).toMatchObject({
        allowed: true,
        remaining: null,
        message:
          'Sở Nội vụ đã chọn 40 tập thể (chỉ tiêu: số tập thể tiêu biểu trong nhóm xếp hạng xuất sắc — Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III Kế hoạch số 34/KH-UBND ngày 03/3/2020: Kế hoạch không giới hạn số lượng).',
      });
    });

    it.each([
      [4, true],
      [5, false],
      [6, false],
    ])('with a limit of 5 and %i used: allowed %s', (used, allowed) => {
      expect(excellent(5, used).allowed).toBe(allowed);
    });
  });

  it('falls back to a generic subject when none is given', () => {
    expect(
      checkQuota({ ...quotaFor(kh34Campaign, { kind: 'commune_per_district', districtCode: '905' }), used: 1 }).message,
    ).toMatch(/^Huyện đã đề nghị 1\/1 xã/);
  });

  it.each([
    [{ used: -1 }],
    [{ used: 1.5 }],
    [{ used: 0, requested: 0.5 }],
    [{ used: 0, limit: -1 }],
  ])('throws on a caller bug %j', (patch) => {
    expect(() =>
      checkQuota({ ...quotaFor(kh34Campaign, { kind: 'commune_per_district', districtCode: '905' }), ...patch }),
    ).toThrow(RangeError);
  });
});
