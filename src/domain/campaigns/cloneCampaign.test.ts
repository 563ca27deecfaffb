import { describe, expect, it } from 'vitest';
import { campaignDefinitionSchema, type CampaignDefinition } from './campaignDefinition';
import { cloneCampaign } from './cloneCampaign';
import { kh34Campaign } from './kh34Campaign';

const clone2021 = () => cloneCampaign(kh34Campaign, { year: 2021 });

/** KH 34 moved to 29/02/2020 for the leap-day cases. */
function leapDayCampaign(): CampaignDefinition {
  const source = structuredClone(kh34Campaign);
  source.planDate = '2020-02-20';
  source.registrationDeadline.date = '2020-02-29';
  return source;
}

describe('cloneCampaign', () => {
  describe('dates', () => {
    it('shifts the plan date and the registration deadline by the year difference', () => {
      const { definition } = clone2021();
      expect([definition.year, definition.planDate, definition.registrationDeadline.date]).toEqual([
        2021,
        '2021-03-03',
        '2021-03-31',
      ]);
    });

    it.each([
      [2021, '2021-02-28'],
      [2023, '2023-02-28'],
      [2024, '2024-02-29'],
    ])('maps a 29/02/2020 deadline into %i as %s', (year, expected) => {
      expect(cloneCampaign(leapDayCampaign(), { year }).definition.registrationDeadline.date).toBe(expected);
    });

    it('can clone backwards', () => {
      expect(cloneCampaign(kh34Campaign, { year: 2019 }).definition.planDate).toBe('2019-03-03');
    });
  });

  describe('text', () => {
    it('replaces the campaign year in text fields', () => {
      const { definition } = clone2021();
      expect([definition.registrationContentDefault, definition.purposes[1].text]).toEqual([
        'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2021',
        'Tạo ra phong trào thi đua sôi nổi, rộng khắp trong cán bộ, công chức các cơ quan hành chính nhà nước các cấp, góp phần thực hiện hoàn thành các nhiệm vụ CCHC năm 2021.',
      ]);
    });

    it('keeps dates that cite other documents and years that are not the campaign year', () => {
      expect(clone2021().definition.contents[0].text).toBe(
        'Thi đua thực hiện các nội dung của Kế hoạch số 164/KH-UBND ngày 09 tháng 12 năm 2019 của Ủy ban nhân dân tỉnh Kiên Giang.',
      );
    });

    it('keeps a cited document date in the campaign year itself ("ngày … tháng … năm 2020")', () => {
      const source = structuredClone(kh34Campaign);
      source.contents[0].text = 'Theo Quyết định số 1/QĐ-UBND ngày 02 tháng 01 năm 2020, năm 2020 và tháng 3/2020.';
      expect(cloneCampaign(source, { year: 2021 }).definition.contents[0].text).toBe(
        'Theo Quyết định số 1/QĐ-UBND ngày 02 tháng 01 năm 2020, năm 2021 và tháng 3/2021.',
      );
    });

    it('does not touch a longer number that starts with the year', () => {
      const source = structuredClone(kh34Campaign);
      source.theme = 'năm 20201 và năm 2020';
      expect(cloneCampaign(source, { year: 2021 }).definition.theme).toBe('năm 20201 và năm 2021');
    });

    it('replaces "Năm" at the start of a sentence too', () => {
      const source = structuredClone(kh34Campaign);
      source.theme = 'Năm 2020 hành động';
      expect(cloneCampaign(source, { year: 2021 }).definition.theme).toBe('Năm 2021 hành động');
    });
  });

  describe('plan number and references', () => {
    it('resets the plan number to the draft placeholder', () => {
      expect(clone2021().definition.planNumber).toBe('…/KH-UBND');
    });

    it('makes every clause reference cite the new draft plan', () => {
      const { definition } = clone2021();
      expect([definition.registrationDeadline.ref, definition.quotas.communesPerDistrictOverrides[0].ref]).toEqual([
        { clause: 'Điểm b, Khoản 3, Mục II', source: 'Kế hoạch số …/KH-UBND ngày 03/3/2021' },
        { clause: 'Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III', source: 'Kế hoạch số …/KH-UBND ngày 03/3/2021' },
      ]);
    });

    it('keeps quotas, award forms and participants', () => {
      const { definition } = clone2021();
      expect([
        definition.quotas.communesPerDistrictOverrides.map((o) => [o.districtCode, o.limit]),
        definition.quotas.individualsPerCollective.limit,
        definition.awardForms.map((f) => f.code),
        definition.participants.collectiveKinds,
      ]).toEqual([
        [
          ['906', 2],
          ['903', 2],
        ],
        2,
        ['provincial_merit', 'unit_merit'],
        kh34Campaign.participants.collectiveKinds,
      ]);
    });
  });

  describe('validity and legal basis', () => {
    it.each([2021, 2022, 2023, 2024, 2026])('produces a definition the schema accepts for %i', (year) => {
      const result = campaignDefinitionSchema.safeParse(cloneCampaign(kh34Campaign, { year }).definition);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    });

    it.each([
      [2021, 'NĐ 91/2017/NĐ-CP'],
      [2024, 'NĐ 98/2023/NĐ-CP'],
      [2026, 'NĐ 152/2025/NĐ-CP'],
    ])('uses the decree in force on the new plan date for %i (%s)', (year, basis) => {
      expect(cloneCampaign(kh34Campaign, { year }).definition.legalBasis).toBe(basis);
    });

    it('warns when the legal basis changes', () => {
      expect(cloneCampaign(kh34Campaign, { year: 2024 }).warnings).toContain(
        'Căn cứ pháp lý: NĐ 91/2017/NĐ-CP không còn hiệu lực vào ngày 03/03/2024; đã đổi sang NĐ 98/2023/NĐ-CP (Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ). Cần rà soát thành phần hồ sơ, mẫu báo cáo thành tích và tiêu chuẩn.',
      );
    });
  });

  describe('warnings', () => {
    it('lists every field citing a dated document, and the finished 2016-2020 programme', () => {
      expect(clone2021().warnings).toEqual([
        'Căn cứ 1: có trích dẫn văn bản kèm ngày cụ thể, được giữ nguyên; cần rà soát lại cho năm 2021.',
        'Căn cứ 1: "giai đoạn 2016-2020" đã kết thúc trước năm 2021; cần rà soát lại.',
        'Căn cứ 2: có trích dẫn văn bản kèm ngày cụ thể, được giữ nguyên; cần rà soát lại cho năm 2021.',
        'Mục đích 1: có trích dẫn văn bản kèm ngày cụ thể, được giữ nguyên; cần rà soát lại cho năm 2021.',
        'Mục đích 1: "giai đoạn 2016-2020" đã kết thúc trước năm 2021; cần rà soát lại.',
        'Nội dung thi đua 1: có trích dẫn văn bản kèm ngày cụ thể, được giữ nguyên; cần rà soát lại cho năm 2021.',
        'Thành phần hồ sơ 3 – tên: có trích dẫn văn bản kèm ngày cụ thể, được giữ nguyên; cần rà soát lại cho năm 2021.',
      ]);
    });
  });

  describe('isolation', () => {
    it('does not modify the source', () => {
      const before = structuredClone(kh34Campaign);
      cloneCampaign(kh34Campaign, { year: 2021 });
      expect(kh34Campaign).toEqual(before);
    });

    it('shares no objects with the source', () => {
      const { definition } = clone2021();
      definition.quotas.communesPerDistrictOverrides[0].limit = 9;
      definition.recipients.push('Thêm');
      expect([kh34Campaign.quotas.communesPerDistrictOverrides[0].limit, kh34Campaign.recipients.length]).toEqual([
        2, 8,
      ]);
    });

    it('copies no results: the definition has no result fields to copy', () => {
      expect(Object.keys(clone2021().definition).sort()).toEqual(Object.keys(kh34Campaign).sort());
    });
  });

  it('throws on a non-integer year', () => {
    expect(() => cloneCampaign(kh34Campaign, { year: 2021.5 })).toThrow(RangeError);
  });
});
