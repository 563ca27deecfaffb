import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  campaignDefinitionSchema,
  formatPlanSource,
  isDraftPlanNumber,
  legalBasisInForceOn,
  type CampaignDefinition,
} from './campaignDefinition';
import { kh34Campaign } from './kh34Campaign';

/** A deep copy of KH 34 with one value replaced (or removed with `undefined`) at `path`. */
function withValue(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(kh34Campaign) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

function messagesFor(input: unknown): { path: string; message: string }[] {
  const result = campaignDefinitionSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('campaignDefinitionSchema', () => {
  describe('required fields, each named in Vietnamese', () => {
    it.each([
      [['planNumber'], 'Số kế hoạch không được để trống'],
      [['planDate'], 'Ngày ban hành kế hoạch không được để trống'],
      [['issuer'], 'Cơ quan ban hành không được để trống'],
      [['signer'], 'Người ký không được để trống'],
      [['signer', 'fullName'], 'Họ tên người ký không được để trống'],
      [['signer', 'position'], 'Chức vụ người ký không được để trống'],
      [['place'], 'Địa danh không được để trống'],
      [['theme'], 'Chủ đề thi đua không được để trống'],
      [['purposes'], 'Mục đích không được để trống'],
      [['contents'], 'Nội dung thi đua không được để trống'],
      [['participants', 'individuals'], 'Đối tượng thi đua cá nhân không được để trống'],
      [['year'], 'Năm thi đua không được để trống'],
      [['registrationDeadline'], 'Hạn đăng ký thi đua không được để trống'],
      [['registrationDeadline', 'date'], 'Hạn đăng ký thi đua không được để trống'],
      [['registrationDeadline', 'ref'], 'Trích dẫn điều khoản của Hạn đăng ký thi đua không được để trống'],
      [['dossierWindow', 'days'], 'Số ngày lập hồ sơ khen thưởng không được để trống'],
      [['quotas', 'communesPerDistrict', 'limit'], 'Chỉ tiêu xã mỗi huyện không được để trống'],
      [['quotas', 'individualsPerCollective'], 'Chỉ tiêu cá nhân mỗi tập thể không được để trống'],
      [['requiredDossierDocuments'], 'Thành phần hồ sơ đề nghị khen thưởng không được để trống'],
      [['registrationContentDefault'], 'Nội dung đăng ký thi đua mặc định không được để trống'],
      [['recipients'], 'Nơi nhận không được để trống'],
    ])('rejects a missing %j with "%s"', (path, message) => {
      expect(messagesFor(withValue(path, undefined))).toEqual([{ path: path.join('.'), message }]);
    });

    it('rejects a blank plan number (spaces only) with the same message', () => {
      expect(messagesFor(withValue(['planNumber'], '   '))).toEqual([
        { path: 'planNumber', message: 'Số kế hoạch không được để trống' },
      ]);
    });

    it('rejects a non-object with a message naming the plan', () => {
      expect(messagesFor(null)).toEqual([{ path: '', message: 'Kế hoạch thi đua không được để trống' }]);
    });
  });

  describe('invalid values', () => {
    it.each([
      [['planNumber'], '34 KH UBND', 'Số kế hoạch không đúng dạng số/ký hiệu, ví dụ "34/KH-UBND"'],
      [['planNumber'], 34, 'Số kế hoạch phải là văn bản'],
      [['planDate'], '03/03/2020', 'Ngày ban hành kế hoạch phải là ngày hợp lệ dạng YYYY-MM-DD, ví dụ 2020-03-31'],
      [['planDate'], '2020-02-30', 'Ngày ban hành kế hoạch phải là ngày hợp lệ dạng YYYY-MM-DD, ví dụ 2020-03-31'],
      [['year'], 2020.5, 'Năm thi đua phải là số nguyên'],
      [['year'], '2020', 'Năm thi đua phải là số'],
      [['year'], 1999, 'Năm thi đua phải từ 2000 đến 2100'],
      [['purposes'], [], 'Mục đích phải có ít nhất 1 mục'],
      [['recipients'], [], 'Nơi nhận phải có ít nhất 1 mục'],
      [['recipients', 0], '', 'Nơi nhận không được để trống'],
      [['registrationDeadline', 'timeZone'], 'UTC', 'Múi giờ của hạn đăng ký thi đua phải là Asia/Ho_Chi_Minh'],
      [['dossierWindow', 'days'], 0, 'Số ngày lập hồ sơ khen thưởng phải lớn hơn hoặc bằng 1'],
      [['dossierWindow', 'days'], 7.5, 'Số ngày lập hồ sơ khen thưởng phải là số nguyên'],
      [['quotas', 'communesPerDistrictOverrides', 0, 'districtCode'], '96', 'Mã huyện phải gồm 3 chữ số theo danh mục hành chính, ví dụ "906"'],
      [['quotas', 'communesPerDistrictOverrides', 1, 'limit'], 0, 'Chỉ tiêu xã riêng của huyện phải lớn hơn hoặc bằng 1'],
      [['quotas', 'individualsPerCommune', 'limit'], -1, 'Chỉ tiêu cá nhân mỗi xã phải lớn hơn hoặc bằng 1'],
      [['quotas', 'excellentGroupCollectives', 'limit'], 0, 'Chỉ tiêu tập thể tiêu biểu nhóm xuất sắc phải lớn hơn hoặc bằng 1'],
      [['participants', 'collectiveKinds', 0], 'ministry', 'Loại tập thể tham gia phải là một trong: department, district, commune, par_unit_province, par_unit_district'],
      [['awardForms', 1, 'criteriaOwner'], 'nobody', 'Nơi quy định tiêu chuẩn khen thưởng phải là một trong: campaign, issuing_head'],
      [['legalBasis'], 'NĐ 42/2010/NĐ-CP', 'Căn cứ pháp lý (nghị định về thi đua, khen thưởng) phải là một trong: NĐ 91/2017/NĐ-CP, NĐ 98/2023/NĐ-CP, NĐ 152/2025/NĐ-CP'],
    ])('rejects %j = %j with "%s"', (path, value, message) => {
      expect(messagesFor(withValue(path, value))).toEqual([{ path: path.join('.'), message }]);
    });
  });

  describe('cross-field rules', () => {
    it('rejects a legal basis not in force on the plan date', () => {
      expect(messagesFor(withValue(['legalBasis'], 'NĐ 152/2025/NĐ-CP'))).toEqual([
        {
          path: 'legalBasis',
          message:
            'Căn cứ pháp lý NĐ 152/2025/NĐ-CP không có hiệu lực vào ngày ban hành kế hoạch 03/03/2020 (hiệu lực từ 01/07/2025); nghị định đang có hiệu lực là NĐ 91/2017/NĐ-CP',
        },
      ]);
    });

    it('rejects a registration deadline before the plan date', () => {
      expect(messagesFor(withValue(['registrationDeadline', 'date'], '2020-03-02'))).toEqual([
        {
          path: 'registrationDeadline.date',
          message: 'Hạn đăng ký thi đua (02/03/2020) không được trước ngày ban hành kế hoạch (03/03/2020)',
        },
      ]);
    });

    it('accepts a registration deadline on the plan date itself', () => {
      expect(messagesFor(withValue(['registrationDeadline', 'date'], '2020-03-03'))).toEqual([]);
    });

    it('rejects a district listed twice in the commune overrides', () => {
      const input = withValue(
        ['quotas', 'communesPerDistrictOverrides'],
        [...kh34Campaign.quotas.communesPerDistrictOverrides, kh34Campaign.quotas.communesPerDistrictOverrides[0]],
      );
      expect(messagesFor(input)).toEqual([
        { path: 'quotas.communesPerDistrictOverrides', message: 'Mã huyện trong chỉ tiêu xã riêng bị trùng: 906' },
      ]);
    });

    it('rejects a collective kind listed twice', () => {
      expect(messagesFor(withValue(['participants', 'collectiveKinds'], ['commune', 'commune']))).toEqual([
        { path: 'participants.collectiveKinds', message: 'Loại tập thể tham gia bị trùng: commune' },
      ]);
    });
  });

  describe('normalisation and accepted variants', () => {
    it('trims text and normalises it to NFC', () => {
      const decomposed = ' Kiên Giang '.normalize('NFD');
      const parsed = campaignDefinitionSchema.parse(withValue(['place'], decomposed)) as CampaignDefinition;
      expect(parsed.place).toBe('Kiên Giang');
    });

    it('accepts the draft plan number placeholder', () => {
      expect(messagesFor(withValue(['planNumber'], '…/KH-UBND'))).toEqual([]);
    });

    it('accepts a signer without an authority line (the head signs)', () => {
      expect(messagesFor(withValue(['signer', 'authority'], null))).toEqual([]);
    });

    it('accepts a two-tier participant list without district kinds', () => {
      expect(messagesFor(withValue(['participants', 'collectiveKinds'], ['department', 'commune']))).toEqual([]);
    });

    it('accepts an explicit excellent-group limit', () => {
      expect(messagesFor(withValue(['quotas', 'excellentGroupCollectives', 'limit'], 5))).toEqual([]);
    });
  });
});

describe('campaignDefinitionSchema robustness', () => {
  // Every path of KH 34, so the fuzzer can break any one field (SPEC §6: bad input never gives a 500).
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (path.length > 0) paths.push(path);
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, item]) => walk(item, [...path, k]));
  };
  walk(kh34Campaign, []);

  it('never throws and always answers with Vietnamese messages when one field is replaced by anything', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
        const result = campaignDefinitionSchema.safeParse(withValue(path, value));
        if (!result.success) {
          for (const issue of result.error.issues) expect(issue.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('legalBasisInForceOn', () => {
  it.each([
    ['2017-09-14', null],
    ['2017-09-15', 'NĐ 91/2017/NĐ-CP'],
    ['2020-03-03', 'NĐ 91/2017/NĐ-CP'],
    ['2023-12-31', 'NĐ 91/2017/NĐ-CP'],
    ['2024-01-01', 'NĐ 98/2023/NĐ-CP'],
    ['2025-06-30', 'NĐ 98/2023/NĐ-CP'],
    ['2025-07-01', 'NĐ 152/2025/NĐ-CP'],
    ['2030-01-01', 'NĐ 152/2025/NĐ-CP'],
  ])('on %s → %s', (date, expected) => {
    expect(legalBasisInForceOn(date)).toBe(expected);
  });
});

describe('formatPlanSource', () => {
  it('cites the plan as NĐ 30/2020 writes dates', () => {
    expect(formatPlanSource(kh34Campaign)).toBe('Kế hoạch số 34/KH-UBND ngày 03/3/2020');
  });
});

describe('isDraftPlanNumber', () => {
  it.each([
    ['…/KH-UBND', true],
    ['34/KH-UBND', false],
  ])('%s → %s', (planNumber, expected) => {
    expect(isDraftPlanNumber(planNumber)).toBe(expected);
  });
});
