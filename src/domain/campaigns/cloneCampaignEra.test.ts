import { describe, expect, it } from 'vitest';
import { campaignDefinitionSchema } from './campaignDefinition';
import { cloneCampaign, renameProvince, type CampaignEra, type EraMove } from './cloneCampaign';
import { definitionFieldLabel } from './cloneCampaignLabels';
import { kh34Campaign } from './kh34Campaign';
import { quotaFor } from './quotaRules';

const KG: CampaignEra = {
  id: 'kien-giang-2020',
  name: 'Tỉnh Kiên Giang (cấp tỉnh – huyện – xã), năm 2020',
  provinceName: 'Kiên Giang',
  validFrom: '2020-01-01',
  validTo: '2025-06-30',
  districtCount: 15,
};
const AG: CampaignEra = {
  id: 'an-giang-2025',
  name: 'Tỉnh An Giang (chính quyền hai cấp), từ 01/07/2025',
  provinceName: 'An Giang',
  validFrom: '2025-07-01',
  validTo: null,
  districtCount: 0,
};
/** A made-up later three-tier era, to show overrides following their district's successor. */
const KG_RENAMED: CampaignEra = { ...KG, id: 'kien-giang-2022', name: 'Tỉnh Kiên Giang, năm 2022', validFrom: '2022-01-01' };

const toAnGiang: EraMove = {
  from: KG,
  to: AG,
  successorsOf: {},
  areaSuccessorsOf: { '906': [{ code: '31105', name: 'Xã Giồng Riềng' }, { code: '31120', name: 'Xã Thạnh Hưng' }] },
};
const clone2026 = (move: EraMove = toAnGiang) => cloneCampaign(kh34Campaign, { year: 2026, eraMove: move });

describe('cloneCampaign into another era', () => {
  describe('issuer and province names', () => {
    it('moves the issuer and the place name to the new province', () => {
      const { definition } = clone2026();
      expect([definition.issuer, definition.place]).toEqual(['Ủy ban nhân dân tỉnh An Giang', 'An Giang']);
    });

    it('keeps the old name in a text citing a dated document, and says so', () => {
      const { definition, warnings } = clone2026();
      expect(definition.contents[0].text).toContain('của Ủy ban nhân dân tỉnh Kiên Giang');
      expect(warnings).toContain('Nội dung thi đua 1: giữ tên «Kiên Giang» trong trích dẫn văn bản đã ban hành; cần rà soát văn bản tương ứng của tỉnh An Giang.');
    });

    it('names the era change first in the review list, with both eras', () => {
      expect(clone2026().warnings[0]).toBe(
        'Thời kỳ cây đơn vị: đợt mới áp dụng «Tỉnh An Giang (chính quyền hai cấp), từ 01/07/2025» thay cho «Tỉnh Kiên Giang (cấp tỉnh – huyện – xã), năm 2020»; đơn vị tham gia, đăng ký, điểm CCHC và xét khen thưởng lấy theo cây đơn vị này.',
      );
    });

    it('asks for the new signer', () => {
      expect(clone2026().warnings).toContain(
        'Người ký: Lê Thị Minh Phụng (PHÓ CHỦ TỊCH) ký thay mặt cơ quan ban hành của thời kỳ trước; cần cập nhật người ký của Ủy ban nhân dân tỉnh An Giang.',
      );
    });
  });

  describe('participants in two tiers (II.2)', () => {
    it('drops the district kinds and keeps departments, communes and provincial PAR units', () => {
      expect(clone2026().definition.participants.collectiveKinds).toEqual(['department', 'commune', 'par_unit_province']);
    });

    it('restates II.2.a without districts, keeping its clause', () => {
      const { collectives } = clone2026().definition.participants;
      expect([collectives.text.includes('huyện'), collectives.text.includes('xã, phường, đặc khu'), collectives.ref.clause]).toEqual([
        false,
        true,
        'Điểm a, Khoản 2, Mục II',
      ]);
    });

    it.each([
      ['Nơi nhận 5', (d: ReturnType<typeof clone2026>['definition']) => d.recipients[4], 'UBND các xã, phường, đặc khu'],
      ['Hình thức khen thưởng 2 – người có thẩm quyền', (d: ReturnType<typeof clone2026>['definition']) => d.awardForms[1].issuer, 'Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân cấp xã'],
    ])('rewords the district-tier phrase of %s and lists it', (label, read, expected) => {
      const { definition, warnings } = clone2026();
      expect(read(definition)).toBe(expected);
      expect(warnings.some((w) => w.startsWith(`${label}: đã đổi`))).toBe(true);
    });

    it('leaves no "huyện" in any text outside cited documents and clause references', () => {
      const { definition } = clone2026();
      const texts: string[] = [];
      const collect = (v: unknown, inRef: boolean): void => {
        if (typeof v === 'string') {
          if (!inRef && !/ngày \d{1,2} tháng/u.test(v)) texts.push(v);
        } else if (Array.isArray(v)) v.forEach((x) => collect(x, inRef));
        else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => collect(x, inRef || k === 'ref'));
      };
      collect(definition, false);
      expect(texts.filter((t) => /huyện/iu.test(t))).toEqual([]);
    });
  });

  describe('quotas per district', () => {
    it('replaces the per-district quota with a province-wide one, by default the sum of the old quotas (15 × 1 + 2 extra)', () => {
      const { quotas } = clone2026().definition;
      expect([quotas.communeQuotaScope, quotas.communesPerDistrict.limit, quotas.communesPerDistrictOverrides]).toEqual(['province_wide', 17, []]);
    });

    it('takes a configured province-wide limit', () => {
      const { definition, warnings } = clone2026({ ...toAnGiang, provinceWideCommuneLimit: 10 });
      expect(definition.quotas.communesPerDistrict.description).toBe(
        'Toàn tỉnh chọn 10 đơn vị hành chính cấp xã (xã, phường, đặc khu) đạt thành tích xuất sắc nhất trong công tác cải cách hành chính để đề nghị khen thưởng',
      );
      expect(warnings.find((w) => w.startsWith('Chỉ tiêu xã mỗi huyện:'))).toBe(
        'Chỉ tiêu xã mỗi huyện: từ 01/07/2025 không còn huyện, nên không còn chỉ tiêu «01 xã mỗi huyện» (Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III). Thay bằng chỉ tiêu chung toàn tỉnh: 10 đơn vị hành chính cấp xã (xã, phường, đặc khu); có thể sửa số này trong phần «Chỉ tiêu khen thưởng».',
      );
    });

    it('says in the review list that districts no longer exist and what replaces them', () => {
      expect(clone2026().warnings.find((w) => w.startsWith('Chỉ tiêu xã mỗi huyện:'))).toBe(
        'Chỉ tiêu xã mỗi huyện: từ 01/07/2025 không còn huyện, nên không còn chỉ tiêu «01 xã mỗi huyện» (Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III). Thay bằng chỉ tiêu chung toàn tỉnh: 17 đơn vị hành chính cấp xã (xã, phường, đặc khu) — bằng tổng chỉ tiêu của 15 huyện, thành phố trong kế hoạch gốc, kể cả chỉ tiêu riêng; có thể sửa số này trong phần «Chỉ tiêu khen thưởng».',
      );
    });

    it('applies the province-wide limit to every commune, without the old district exceptions', () => {
      const { definition } = clone2026();
      expect(quotaFor(definition, { kind: 'commune_per_district', districtCode: '906' }).limit).toBe(17);
    });
  });

  describe('units named by the definition, through the lineage', () => {
    it('lists the abolished districts of the overrides as unmapped, with the units now covering their area', () => {
      expect(clone2026().eraMove).toEqual({
        fromEraId: 'kien-giang-2020',
        toEraId: 'an-giang-2025',
        mappedUnits: [],
        unmappedUnits: [
          {
            unit: { code: '906', name: 'Huyện Giồng Riềng' },
            reason: 'Huyện Giồng Riềng không còn từ 01/07/2025 (không còn cấp huyện)',
            areaNowIn: [{ code: '31105', name: 'Xã Giồng Riềng' }, { code: '31120', name: 'Xã Thạnh Hưng' }],
          },
          { unit: { code: '903', name: 'Huyện Hòn Đất' }, reason: 'Huyện Hòn Đất không còn từ 01/07/2025 (không còn cấp huyện)', areaNowIn: [] },
        ],
      });
    });

    it('says so in the review list with labels', () => {
      expect(clone2026().warnings).toContain(
        'Chỉ tiêu xã riêng của huyện – Huyện Giồng Riềng (mã 906): không chuyển được sang cây đơn vị mới — Huyện Giồng Riềng không còn từ 01/07/2025 (không còn cấp huyện); đã bỏ, chỉ tiêu này được tính vào chỉ tiêu chung toàn tỉnh. Địa bàn nay thuộc: Xã Giồng Riềng, Xã Thạnh Hưng.',
      );
    });

    it('maps an override to its district successor between three-tier eras, and drops one without', () => {
      const { definition, eraMove, warnings } = cloneCampaign(kh34Campaign, {
        year: 2023,
        eraMove: { from: KG, to: KG_RENAMED, successorsOf: { '906': [{ code: '916', name: 'Thành phố Giồng Riềng' }] } },
      });
      expect([definition.quotas.communesPerDistrictOverrides.map((o) => [o.districtCode, o.districtName, o.limit]), eraMove?.mappedUnits, eraMove?.unmappedUnits.map((u) => u.unit.code)]).toEqual([
        [['916', 'Thành phố Giồng Riềng', 2]],
        [{ from: { code: '906', name: 'Huyện Giồng Riềng' }, to: [{ code: '916', name: 'Thành phố Giồng Riềng' }] }],
        ['903'],
      ]);
      expect(warnings).toContain('Chỉ tiêu xã riêng của huyện – Huyện Hòn Đất (mã 903): không chuyển được sang cây đơn vị mới — không có đơn vị kế thừa trong «Tỉnh Kiên Giang, năm 2022»; đã bỏ, cần nhập lại nếu còn áp dụng.');
      expect(definition.quotas.communeQuotaScope).toBeUndefined();
    });
  });

  describe('staying in the same era', () => {
    it.each([
      ['without an era move', undefined],
      ['with the same era on both sides', { from: KG, to: KG, successorsOf: {} }],
    ])('changes no unit, issuer or participant %s', (_name, eraMove) => {
      const { definition, eraMove: report } = cloneCampaign(kh34Campaign, { year: 2021, eraMove });
      expect([report, definition.issuer, definition.participants.collectiveKinds, definition.quotas.communesPerDistrictOverrides.length]).toEqual([
        null,
        'Ủy ban nhân dân tỉnh Kiên Giang',
        kh34Campaign.participants.collectiveKinds,
        2,
      ]);
    });
  });

  it('from two tiers back to three, asks for the district tier to be restored', () => {
    const { warnings } = cloneCampaign(clone2026().definition, { year: 2024, eraMove: { from: AG, to: KG, successorsOf: {} } });
    expect(warnings).toContain(
      'Đối tượng thi đua tập thể: cây đơn vị mới có cấp huyện; cần bổ sung Ủy ban nhân dân cấp huyện, Phòng Nội vụ cấp huyện và chỉ tiêu xã mỗi huyện.',
    );
  });

  it('gives a definition the schema accepts', () => {
    const parsed = campaignDefinitionSchema.safeParse(clone2026().definition);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('never shows a field path in the review list', () => {
    expect(clone2026().warnings.filter((w) => /\[\d+\]|\.text|^[a-z]+[A-Z.]/u.test(w))).toEqual([]);
  });
});

describe('definitionFieldLabel', () => {
  it.each([
    [['grounds', 0], 'Căn cứ 1'],
    [['purposes', 0, 'text'], 'Mục đích 1'],
    [['requirements', 1, 'text'], 'Yêu cầu 2'],
    [['contents', 0, 'text'], 'Nội dung thi đua 1'],
    [['awardForms', 1, 'criteriaText'], 'Hình thức khen thưởng 2 – tiêu chuẩn'],
    [['requiredDossierDocuments', 2, 'label'], 'Thành phần hồ sơ 3 – tên'],
    [['recipients', 4], 'Nơi nhận 5'],
    [['participants', 'collectives', 'text'], 'Đối tượng thi đua tập thể'],
    [['quotas', 'communesPerDistrict', 'description'], 'Chỉ tiêu xã mỗi huyện – mô tả'],
    [['quotas', 'communesPerDistrictOverrides', 0, 'districtName'], 'Chỉ tiêu xã riêng của huyện 1 – tên huyện'],
    [['registrationContentDefault'], 'Nội dung đăng ký thi đua mặc định'],
    [['legalBasis'], 'Căn cứ pháp lý'],
    [['somethingNew'], 'Kế hoạch'],
  ] as const)('labels %j as "%s"', (path, label) => {
    expect(definitionFieldLabel(path)).toBe(label);
  });
});

describe('renameProvince', () => {
  it.each([
    ['Kế hoạch số 1/KH-UBND ngày 03/3/2026 của UBND tỉnh Kiên Giang', 'Kế hoạch số 1/KH-UBND ngày 03/3/2026 của UBND tỉnh An Giang'],
    ['Ủy ban nhân dân Tỉnh Kiên Giang', 'Ủy ban nhân dân Tỉnh An Giang'],
    ['Kế hoạch số 164/KH-UBND ngày 09 tháng 12 năm 2019 của UBND tỉnh Kiên Giang', 'Kế hoạch số 164/KH-UBND ngày 09 tháng 12 năm 2019 của UBND tỉnh Kiên Giang'],
    ['Huyện Kiên Giang Mới', 'Huyện Kiên Giang Mới'],
  ])('renames "%s" as "%s"', (text, expected) => {
    expect(renameProvince({ a: [{ b: text }] }, 'Kiên Giang', 'An Giang')).toEqual({ a: [{ b: expected }] });
  });
});
