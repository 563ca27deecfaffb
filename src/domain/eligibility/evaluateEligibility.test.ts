import { describe, expect, it } from 'vitest';
import type { Verdict } from '../shared/ruleOutcome';
import { buildCollective, buildIndividual, buildUnitSummary } from './eligibilityFactories';
import type { ParClassification, Rating } from './eligibilityRules';
import {
  evaluateCollectiveEligibility,
  evaluateEligibility,
  evaluateIndividualEligibility,
  type CollectiveInput,
  type EligibilityResult,
  type IndividualInput,
  type UnitSummary,
} from './evaluateEligibility';
import { KH34_SOURCE, kh34RuleSet } from './kh34RuleSet';

const collective = (overrides: Partial<CollectiveInput> = {}) =>
  evaluateCollectiveEligibility(kh34RuleSet, buildCollective(overrides));
const individual = (overrides: Partial<IndividualInput> = {}) =>
  evaluateIndividualEligibility(kh34RuleSet, buildIndividual(overrides));
const basis = (result: EligibilityResult, code: string) => result.bases.find((b) => b.basis === code);
const precondition = (result: EligibilityResult, code: string) => result.preconditions.find((p) => p.code === code);
const condition = (result: EligibilityResult, code: string) => result.conditions.find((c) => c.code === code);

/** A commune that meets basis B. */
const commune = (overrides: Partial<CollectiveInput> = {}) =>
  collective({
    orgUnitId: 'xa-ban-tan-dinh',
    name: 'UBND xã Bàn Tân Định',
    unitKind: 'commune',
    districtRecognisedBestCommune: true,
    parClassification: 'excellent',
    ...overrides,
  });

/** A provincial specialised PAR unit that meets C1. */
const provincialParUnit = (overrides: Partial<CollectiveInput> = {}) =>
  collective({
    orgUnitId: 'phong-cchc-tcpcp',
    name: 'Phòng CCHC và TCPCP - Sở Nội vụ',
    unitKind: 'par_unit',
    parUnitLevel: 'province',
    parClassification: null,
    rating: 'good',
    parTaskRating: 'outstanding',
    previousParTaskRating: 'good',
    ...overrides,
  });

/** A district specialised PAR unit (Phòng Nội vụ) that meets C2. */
const districtParUnit = (overrides: Partial<CollectiveInput> = {}) =>
  collective({
    orgUnitId: 'phong-noi-vu-giong-rieng',
    name: 'Phòng Nội vụ huyện Giồng Riềng',
    unitKind: 'par_unit',
    parUnitLevel: 'district',
    parClassification: null,
    rating: 'good',
    districtParClassification: 'excellent',
    ...overrides,
  });

describe('evaluateCollectiveEligibility', () => {
  describe('basis A (excellent group of the PAR Index)', () => {
    it.each<[CollectiveInput['unitKind'], ParClassification | null, Verdict]>([
      ['department', 'excellent', 'pass'],
      ['department', 'good', 'fail'],
      ['department', 'fair', 'fail'],
      ['department', 'average', 'fail'],
      ['department', 'weak', 'fail'],
      ['department', null, 'unknown'],
      ['district', 'excellent', 'pass'],
      ['district', 'good', 'fail'],
      ['district', null, 'unknown'],
    ])('a %s classed %s gives %s', (unitKind, parClassification, expected) => {
      const result = collective({ unitKind, parClassification });
      expect(basis(result, 'A')?.verdict).toBe(expected);
      expect(result.verdict).toBe(expected);
      expect(result.eligible).toBe(expected === 'pass');
    });

    it('explains a class outside the top band with the value', () => {
      const result = collective({ parClassification: 'good' });
      expect(basis(result, 'A')?.explanation).toBe(
        'Tiêu chuẩn A không đạt: Xếp hạng Chỉ số CCHC năm 2020: Tốt — không thuộc nhóm xuất sắc.',
      );
    });

    it('explains a missing class as undecided', () => {
      const result = collective({ parClassification: null });
      expect(basis(result, 'A')?.parts[0]?.explanation).toBe(
        'Chưa có kết quả xếp hạng Chỉ số CCHC năm 2020 — chưa xác định được.',
      );
      expect(result.missing).toEqual(['Xếp hạng Chỉ số CCHC năm 2020']);
    });

    it('cites Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III', () => {
      expect(basis(collective(), 'A')?.ref).toEqual({
        clause: 'Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III',
        source: KH34_SOURCE,
      });
    });

    it('records the class and the allowed classes as inputs', () => {
      expect(basis(collective({ parClassification: 'fair' }), 'A')?.parts[0]?.inputs).toEqual({
        parClassification: 'fair',
        allowed: ['excellent'],
      });
    });
  });

  describe('basis B (commune recognised by its district and rated excellent)', () => {
    it.each<[boolean | null, ParClassification | null, Verdict]>([
      [true, 'excellent', 'pass'],
      [true, 'good', 'fail'],
      [true, 'weak', 'fail'],
      [false, 'excellent', 'fail'],
      [false, null, 'fail'],
      [null, 'good', 'fail'],
      [null, 'excellent', 'unknown'],
      [true, null, 'unknown'],
      [null, null, 'unknown'],
    ])('recognised=%s, class=%s gives %s', (districtRecognisedBestCommune, parClassification, expected) => {
      const result = commune({ districtRecognisedBestCommune, parClassification });
      expect(basis(result, 'B')?.verdict).toBe(expected);
      expect(result.verdict).toBe(expected);
      expect(result.eligible).toBe(expected === 'pass');
    });

    it('does not let an excellent commune qualify through A without the district recognition', () => {
      const result = commune({ districtRecognisedBestCommune: false, parClassification: 'excellent' });
      expect(basis(result, 'A')).toBeUndefined();
      expect(result.eligible).toBe(false);
    });

    it('lists the missing recognition by name', () => {
      expect(commune({ districtRecognisedBestCommune: null }).missing).toEqual([
        'Công nhận của UBND cấp huyện (đơn vị cấp xã tiêu biểu xuất sắc nhất)',
      ]);
    });

    it('explains both facts it read', () => {
      expect(basis(commune({ districtRecognisedBestCommune: false }), 'B')?.explanation).toBe(
        'Tiêu chuẩn B không đạt: Được UBND cấp huyện công nhận tiêu biểu xuất sắc nhất trong phong trào thi đua: không; đánh giá CCHC năm 2020: Xuất sắc (yêu cầu nhóm xuất sắc) — không đạt.',
      );
    });
  });

  describe('basis B for a commune of a two-tier province (no districts since 01/7/2025)', () => {
    it.each<[boolean | null, ParClassification | null, Verdict]>([
      [true, 'excellent', 'pass'],
      [null, 'excellent', 'unknown'],
      [false, 'excellent', 'fail'],
    ])('recognised by the province=%s, class=%s gives %s, with its clause', (districtRecognisedBestCommune, parClassification, expected) => {
      const b = basis(commune({ underProvince: true, districtRecognisedBestCommune, parClassification }), 'B');
      expect([b?.verdict, b?.ref.clause]).toEqual([expected, 'Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III']);
    });

    it('says the province recognises it, since there is no district, instead of asking for a district', () => {
      const result = commune({ underProvince: true, districtRecognisedBestCommune: null });
      expect(result.missing).toEqual(['Công nhận của UBND tỉnh (đơn vị cấp xã tiêu biểu xuất sắc nhất)']);
      expect(basis(result, 'B')?.explanation).toBe(
        'Tiêu chuẩn B chưa xác định được: Được UBND tỉnh (chính quyền hai cấp, không còn UBND cấp huyện) công nhận tiêu biểu xuất sắc nhất trong phong trào thi đua: chưa có thông tin; đánh giá CCHC năm 2020: Xuất sắc (yêu cầu nhóm xuất sắc) — chưa xác định được.',
      );
    });
  });

  describe('basis C1 (provincial PAR unit: rating and progress)', () => {
    it.each<[Rating | null, Rating | null, Rating | null, Verdict]>([
      // rating boundary
      ['outstanding', 'outstanding', 'good', 'pass'],
      ['good', 'outstanding', 'good', 'pass'],
      ['adequate', 'outstanding', 'good', 'fail'],
      ['failed', 'outstanding', 'good', 'fail'],
      [null, 'outstanding', 'good', 'unknown'],
      // progress: strictly better only
      ['good', 'good', 'adequate', 'pass'],
      ['good', 'adequate', 'failed', 'pass'],
      ['good', 'good', 'good', 'fail'],
      ['good', 'outstanding', 'outstanding', 'fail'],
      ['good', 'adequate', 'good', 'fail'],
      // progress with a year missing
      ['good', null, 'good', 'unknown'],
      ['good', 'good', null, 'unknown'],
      ['good', null, null, 'unknown'],
      ['good', 'failed', null, 'fail'],
      ['good', null, 'outstanding', 'fail'],
      // a failing part wins over an unknown one
      ['adequate', null, null, 'fail'],
    ])('rating=%s, PAR-task %s vs previous %s gives %s', (rating, parTaskRating, previousParTaskRating, expected) => {
      const result = provincialParUnit({ rating, parTaskRating, previousParTaskRating });
      expect(basis(result, 'C1')?.verdict).toBe(expected);
      expect(result.verdict).toBe(expected);
      expect(result.eligible).toBe(expected === 'pass');
    });

    it('says an equal rating is not progress', () => {
      const part = basis(provincialParUnit({ parTaskRating: 'good', previousParTaskRating: 'good' }), 'C1')?.parts[1];
      expect(part?.explanation).toBe(
        'Xếp loại thực hiện nhiệm vụ CCHC năm 2020: Hoàn thành tốt nhiệm vụ, năm 2019: Hoàn thành tốt nhiệm vụ — bằng năm trước liền kề, không được tính là tiến bộ.',
      );
    });

    it('says a better rating is progress', () => {
      const part = basis(provincialParUnit(), 'C1')?.parts[1];
      expect(part?.explanation).toBe(
        'Xếp loại thực hiện nhiệm vụ CCHC năm 2020: Hoàn thành xuất sắc nhiệm vụ, năm 2019: Hoàn thành tốt nhiệm vụ — tiến bộ hơn năm trước liền kề.',
      );
    });

    it('explains a rating below the minimum with both values', () => {
      const part = basis(provincialParUnit({ rating: 'adequate' }), 'C1')?.parts[0];
      expect(part?.explanation).toBe(
        'Xếp loại năm 2020: Hoàn thành nhiệm vụ — chưa đạt mức “Hoàn thành tốt nhiệm vụ” trở lên.',
      );
    });

    it('explains a missing rating as undecided', () => {
      const part = basis(provincialParUnit({ rating: null }), 'C1')?.parts[0];
      expect(part?.explanation).toBe('Chưa có kết quả xếp loại năm 2020 — chưa xác định được.');
    });

    it.each<[Rating | null, Rating | null, string[]]>([
      [null, 'good', ['Xếp loại thực hiện nhiệm vụ CCHC năm 2020']],
      ['good', null, ['Xếp loại thực hiện nhiệm vụ CCHC năm 2019']],
      [null, null, ['Xếp loại thực hiện nhiệm vụ CCHC năm 2020', 'Xếp loại thực hiện nhiệm vụ CCHC năm 2019']],
    ])('with PAR-task %s vs previous %s lists %j as missing', (parTaskRating, previousParTaskRating, missing) => {
      expect(provincialParUnit({ parTaskRating, previousParTaskRating }).missing).toEqual(missing);
    });

    it('cites Tiết 3, Điểm a, Khoản 1, Mục III', () => {
      expect(basis(provincialParUnit(), 'C1')?.ref.clause).toBe('Tiết 3, Điểm a, Khoản 1, Mục III');
    });
  });

  describe('basis C2 (district PAR unit: rating and its district in the excellent group)', () => {
    it.each<[Rating | null, ParClassification | null, Verdict]>([
      ['outstanding', 'excellent', 'pass'],
      ['good', 'excellent', 'pass'],
      ['adequate', 'excellent', 'fail'],
      ['failed', 'excellent', 'fail'],
      ['good', 'good', 'fail'],
      ['good', 'weak', 'fail'],
      [null, 'excellent', 'unknown'],
      ['good', null, 'unknown'],
      ['adequate', null, 'fail'],
      [null, 'good', 'fail'],
    ])('rating=%s, district class=%s gives %s', (rating, districtParClassification, expected) => {
      const result = districtParUnit({ rating, districtParClassification });
      expect(basis(result, 'C2')?.verdict).toBe(expected);
      expect(result.verdict).toBe(expected);
      expect(result.eligible).toBe(expected === 'pass');
    });

    it('explains the district class', () => {
      const part = basis(districtParUnit({ districtParClassification: 'good' }), 'C2')?.parts[1];
      expect(part?.explanation).toBe(
        'Xếp hạng Chỉ số CCHC năm 2020 của huyện, thành phố nơi đơn vị trực thuộc: Tốt — không thuộc nhóm xuất sắc.',
      );
    });

    it('lists the missing district class by name', () => {
      expect(districtParUnit({ districtParClassification: null }).missing).toEqual([
        'Xếp hạng Chỉ số CCHC năm 2020 của huyện, thành phố',
      ]);
    });
  });

  describe('unit kind filters', () => {
    it.each<[CollectiveInput['unitKind'], CollectiveInput['parUnitLevel'], string[], string[]]>([
      ['department', null, ['A'], ['B', 'C1', 'C2']],
      ['district', null, ['A'], ['B', 'C1', 'C2']],
      ['commune', null, ['B'], ['A', 'C1', 'C2']],
      ['par_unit', 'province', ['C1'], ['A', 'B', 'C2']],
      ['par_unit', 'district', ['C2'], ['A', 'B', 'C1']],
      ['par_unit', null, ['C1', 'C2'], ['A', 'B']],
      ['province', null, [], ['A', 'B', 'C1', 'C2']],
    ])('a %s (level %s) is judged by %j and not by %j', (unitKind, parUnitLevel, applied, skipped) => {
      const result = collective({ unitKind, parUnitLevel });
      expect(result.bases.map((b) => b.basis)).toEqual(applied);
      expect(result.notApplicable.map((n) => n.code)).toEqual(skipped.map((s) => `collective.basis.${s}`));
    });

    it('does not apply C1 to a district PAR unit, however much it improved', () => {
      const result = districtParUnit({ parTaskRating: 'outstanding', previousParTaskRating: 'adequate', districtParClassification: 'good' });
      expect(basis(result, 'C1')).toBeUndefined();
      expect(result.notApplicable.find((n) => n.code === 'collective.basis.C1')?.reason).toBe(
        'Chỉ áp dụng cho phòng, đơn vị chuyên trách tham mưu CCHC cấp tỉnh; đơn vị thuộc cấp huyện.',
      );
      expect(result.eligible).toBe(false);
    });

    it('does not apply C2 to a provincial PAR unit, whatever its district', () => {
      const result = provincialParUnit({ previousParTaskRating: 'outstanding', districtParClassification: 'excellent' });
      expect(basis(result, 'C2')).toBeUndefined();
      expect(result.eligible).toBe(false);
    });

    it('does not let a PAR unit qualify through A', () => {
      const result = provincialParUnit({ parClassification: 'excellent', rating: 'adequate' });
      expect(basis(result, 'A')).toBeUndefined();
      expect(result.eligible).toBe(false);
    });

    it('leaves a PAR unit of unknown level undecided and asks for the level', () => {
      const result = provincialParUnit({ parUnitLevel: null });
      expect(result.verdict).toBe('unknown');
      expect(result.missing).toEqual(['Cấp của phòng, đơn vị chuyên trách CCHC (cấp tỉnh hoặc cấp huyện)']);
    });
  });

  describe('preconditions', () => {
    it.each<[string, string, Verdict, Partial<CollectiveInput>]>([
      ['not registered', 'collective.registered', 'fail', { registered: false }],
      ['registration unknown', 'collective.registered', 'unknown', { registered: null }],
      ['compliance not attested', 'collective.compliance', 'fail', { attestations: { compliance: false, solidarity: true } }],
      ['compliance unknown', 'collective.compliance', 'unknown', { attestations: { compliance: null, solidarity: true } }],
      ['solidarity not attested', 'collective.solidarity', 'fail', { attestations: { compliance: true, solidarity: false } }],
      ['solidarity unknown', 'collective.solidarity', 'unknown', { attestations: { compliance: true, solidarity: null } }],
      ['not a participant kind', 'collective.participant', 'fail', { unitKind: 'province' }],
    ])('%s: %s of an excellent unit is %s', (_name, code, expected, overrides) => {
      const result = collective(overrides);
      expect(precondition(result, code)?.verdict).toBe(expected);
      expect(result.verdict).toBe(expected);
      expect(result.eligible).toBe(false);
    });

    it.each([
      ['department', buildCollective()],
      ['commune', buildCollective({ unitKind: 'commune', districtRecognisedBestCommune: true })],
      ['provincial PAR unit', buildCollective({ unitKind: 'par_unit', parUnitLevel: 'province', parTaskRating: 'outstanding', previousParTaskRating: 'good' })],
      ['district PAR unit', buildCollective({ unitKind: 'par_unit', parUnitLevel: 'district', districtParClassification: 'excellent' })],
    ])('a %s meeting its basis but not registered is not eligible', (_name, input) => {
      expect(evaluateCollectiveEligibility(kh34RuleSet, input).eligible).toBe(true);
      const result = evaluateCollectiveEligibility(kh34RuleSet, { ...input, registered: false });
      expect(result.eligible).toBe(false);
      expect(result.verdict).toBe('fail');
    });

    it('lets a failed precondition decide even when a basis is unknown', () => {
      const result = collective({ registered: false, parClassification: null });
      expect(result.verdict).toBe('fail');
    });

    it('explains a missing attestation', () => {
      expect(precondition(collective({ attestations: { compliance: true, solidarity: null } }), 'collective.solidarity')?.explanation).toBe(
        'Chưa có xác nhận của thủ trưởng đơn vị về việc nội bộ đoàn kết — chưa xác định được.',
      );
    });

    it('explains why UBND tỉnh is not a participant', () => {
      const result = collective({ orgUnitId: 'ubnd-tinh', name: 'UBND tỉnh Kiên Giang', unitKind: 'province' });
      expect(precondition(result, 'collective.participant')?.explanation).toBe(
        'UBND tỉnh Kiên Giang là UBND tỉnh — không thuộc đối tượng thi đua theo Kế hoạch.',
      );
      expect(precondition(result, 'collective.participant')?.ref.clause).toBe('Điểm a, Khoản 2, Mục II');
      expect(result.summary).toContain('không đạt điều kiện “Là tập thể thuộc đối tượng thi đua” (Điểm a, Khoản 2, Mục II)');
    });

    it.each(['collective.registered', 'collective.compliance', 'collective.solidarity'])('cites Điểm a, Khoản 1, Mục III for %s', (code) => {
      expect(precondition(collective(), code)?.ref.clause).toBe('Điểm a, Khoản 1, Mục III');
    });
  });

  describe('missing inputs', () => {
    it.each<[string, Partial<CollectiveInput>, string]>([
      ['registration', { registered: null }, 'Thông tin đăng ký thi đua chuyên đề'],
      [
        'compliance',
        { attestations: { compliance: null, solidarity: true } },
        'Xác nhận của thủ trưởng đơn vị: gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
      ],
      ['solidarity', { attestations: { compliance: true, solidarity: null } }, 'Xác nhận của thủ trưởng đơn vị: nội bộ đoàn kết'],
      ['PAR class', { parClassification: null }, 'Xếp hạng Chỉ số CCHC năm 2020'],
    ])('a missing %s makes the result unknown and is listed', (_name, overrides, label) => {
      const result = collective(overrides);
      expect(result.verdict).toBe('unknown');
      expect(result.eligible).toBe(false);
      expect(result.missing).toEqual([label]);
    });

    it('does not ask for inputs that cannot change a passing result', () => {
      // The PAR-task ratings are irrelevant to a department.
      expect(collective({ parTaskRating: null, rating: null }).missing).toEqual([]);
    });
  });

  describe('summary', () => {
    it('names the basis and clause when eligible', () => {
      expect(collective().summary).toBe(
        'Sở Tư pháp đủ điều kiện đề nghị Bằng khen của Chủ tịch UBND tỉnh: đạt các điều kiện chung và tiêu chuẩn A (Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III).',
      );
    });

    it('names the failed condition and bases when not eligible', () => {
      expect(collective({ registered: false, parClassification: 'good' }).summary).toBe(
        'Sở Tư pháp không đủ điều kiện đề nghị Bằng khen của Chủ tịch UBND tỉnh: không đạt điều kiện “Có đăng ký thi đua chuyên đề theo Kế hoạch” (Điểm a, Khoản 1, Mục III); không đạt tiêu chuẩn A (Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III): Xếp hạng Chỉ số CCHC năm 2020: Tốt — không thuộc nhóm xuất sắc.',
      );
    });

    // A refusal says which basis failed, why and where the plan says so — one row per basis kind.
    it.each<[string, () => EligibilityResult, string]>([
      [
        'A: a department ranked good',
        () => collective({ parClassification: 'good' }),
        'không đạt tiêu chuẩn A (Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III): Xếp hạng Chỉ số CCHC năm 2020: Tốt — không thuộc nhóm xuất sắc',
      ],
      [
        'B: a commune its district did not recognise',
        () => commune({ districtRecognisedBestCommune: false }),
        'không đạt tiêu chuẩn B (Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III): Được UBND cấp huyện công nhận tiêu biểu xuất sắc nhất trong phong trào thi đua: không; đánh giá CCHC năm 2020: Xuất sắc (yêu cầu nhóm xuất sắc) — không đạt',
      ],
      [
        'C1: a provincial PAR unit with no progress (only the failing part is given)',
        () => provincialParUnit({ parTaskRating: 'good', previousParTaskRating: 'good' }),
        'không đạt tiêu chuẩn C1 (Tiết 3, Điểm a, Khoản 1, Mục III): Xếp loại thực hiện nhiệm vụ CCHC năm 2020: Hoàn thành tốt nhiệm vụ, năm 2019: Hoàn thành tốt nhiệm vụ — bằng năm trước liền kề, không được tính là tiến bộ',
      ],
      [
        'C2: a district PAR unit whose district is ranked fair',
        () => districtParUnit({ districtParClassification: 'fair' }),
        'không đạt tiêu chuẩn C2 (Tiết 3, Điểm a, Khoản 1, Mục III): Xếp hạng Chỉ số CCHC năm 2020 của huyện, thành phố nơi đơn vị trực thuộc: Khá — không thuộc nhóm xuất sắc',
      ],
    ])('explains a failed basis with its clause — %s', (_name, build, reason) => {
      const result = build();
      expect(result.verdict).toBe('fail');
      expect(result.summary).toContain(`: ${reason}.`);
      expect(result.summary).not.toContain('không đạt tiêu chuẩn nào');
    });

    it('names the bases and their clauses when none concerns the unit', () => {
      const result = collective({ orgUnitId: 'ubnd-tinh', name: 'UBND tỉnh Kiên Giang', unitKind: 'province' });
      expect(result.summary).toContain(
        'không tiêu chuẩn nào trong các tiêu chuẩn A (Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III), B (Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III), C1 (Tiết 3, Điểm a, Khoản 1, Mục III), C2 (Tiết 3, Điểm a, Khoản 1, Mục III) áp dụng cho UBND tỉnh.',
      );
    });

    it('names what is missing when undecided', () => {
      expect(collective({ parClassification: null }).summary).toBe(
        'Chưa xác định được Sở Tư pháp có đủ điều kiện đề nghị Bằng khen của Chủ tịch UBND tỉnh hay không vì còn thiếu: Xếp hạng Chỉ số CCHC năm 2020.',
      );
    });
  });

  it('cites the plan in every outcome', () => {
    const results = [collective(), commune(), provincialParUnit(), districtParUnit()];
    const refs = results.flatMap((r) => [...r.preconditions, ...r.bases, ...r.bases.flatMap((b) => b.parts)]).map((o) => o.ref);
    expect(refs.every((r) => r.source === KH34_SOURCE && r.clause.length > 0)).toBe(true);
  });

  it.each([
    ['commune', commune],
    ['provincial PAR unit', provincialParUnit],
    ['district PAR unit', districtParUnit],
  ])('finds the reference %s eligible', (_name, build) => {
    expect(build().eligible).toBe(true);
  });
});

describe('evaluateIndividualEligibility', () => {
  it('finds the reference individual eligible', () => {
    const result = individual();
    expect(result.eligible).toBe(true);
    expect(result.summary).toBe(
      'Nguyễn Văn A (Sở Tư pháp) đủ điều kiện đề nghị Bằng khen của Chủ tịch UBND tỉnh: đạt đủ 5 điều kiện đối với cá nhân.',
    );
    expect(result.preconditions).toEqual([]);
    expect(result.bases).toEqual([]);
  });

  describe('personal rating', () => {
    it.each<[Rating | null, Verdict]>([
      ['outstanding', 'pass'],
      ['good', 'pass'],
      ['adequate', 'fail'],
      ['failed', 'fail'],
      [null, 'unknown'],
    ])('rating %s gives %s', (rating, expected) => {
      const result = individual({ rating });
      expect(condition(result, 'individual.rating')?.verdict).toBe(expected);
      expect(result.verdict).toBe(expected);
      expect(result.eligible).toBe(expected === 'pass');
    });

    it('explains a rating below the minimum', () => {
      expect(condition(individual({ rating: 'adequate' }), 'individual.rating')?.explanation).toBe(
        'Xếp loại năm 2020 của cá nhân: Hoàn thành nhiệm vụ — chưa đạt mức “Hoàn thành tốt nhiệm vụ” trở lên.',
      );
    });

    it('lists a missing rating by name', () => {
      expect(individual({ rating: null }).missing).toEqual(['Xếp loại chất lượng năm 2020 của cá nhân']);
    });
  });

  describe('PAR tasks carried out excellently', () => {
    it.each<[boolean | null, Verdict]>([
      [true, 'pass'],
      [false, 'fail'],
      [null, 'unknown'],
    ])('attested %s gives %s', (parTasksExcellent, expected) => {
      const result = individual({ parTasksExcellent });
      expect(condition(result, 'individual.parTasksExcellent')?.verdict).toBe(expected);
      expect(result.verdict).toBe(expected);
    });

    it.each([true, false, null])('doing PAR work directly (%s) never changes the verdict', (directlyDoesParWork) => {
      expect(individual({ directlyDoesParWork }).verdict).toBe('pass');
      expect(individual({ directlyDoesParWork, parTasksExcellent: false }).verdict).toBe('fail');
    });

    it('mentions the priority of those doing PAR work directly', () => {
      expect(condition(individual(), 'individual.parTasksExcellent')?.explanation).toBe(
        'Được xác nhận thực hiện xuất sắc các nhiệm vụ CCHC được giao (trực tiếp thực hiện nhiệm vụ CCHC — thuộc diện ưu tiên).',
      );
    });
  });

  describe('registration', () => {
    it.each<[boolean | null, Verdict]>([
      [true, 'pass'],
      [false, 'fail'],
      [null, 'unknown'],
    ])('registered %s gives %s', (registered, expected) => {
      const result = individual({ registered });
      expect(condition(result, 'individual.registered')?.verdict).toBe(expected);
      expect(result.verdict).toBe(expected);
    });
  });

  describe('member of a qualifying unit', () => {
    const provincialUnit = (overrides: Partial<UnitSummary> = {}) =>
      buildUnitSummary({
        name: 'Trung tâm Phục vụ hành chính công tỉnh',
        unitKind: 'par_unit',
        parUnitLevel: 'province',
        parClassification: null,
        rating: 'good',
        parTaskRating: 'outstanding',
        previousParTaskRating: 'good',
        ...overrides,
      });
    const districtUnit = (overrides: Partial<UnitSummary> = {}) =>
      buildUnitSummary({
        name: 'Phòng Nội vụ huyện Hòn Đất',
        unitKind: 'par_unit',
        parUnitLevel: 'district',
        parClassification: null,
        districtParClassification: 'excellent',
        ...overrides,
      });

    it.each<{ name: string; unit: UnitSummary; unitProposed: boolean | null; expected: Verdict }>([
      { name: 'excellent department', unit: buildUnitSummary(), unitProposed: true, expected: 'pass' },
      { name: 'excellent department, not proposed itself', unit: buildUnitSummary(), unitProposed: false, expected: 'pass' },
      { name: 'good department', unit: buildUnitSummary({ parClassification: 'good' }), unitProposed: true, expected: 'fail' },
      { name: 'unclassified department', unit: buildUnitSummary({ parClassification: null }), unitProposed: true, expected: 'unknown' },
      { name: 'excellent district', unit: buildUnitSummary({ unitKind: 'district', parClassification: 'excellent' }), unitProposed: null, expected: 'pass' },
      { name: 'recognised commune', unit: buildUnitSummary({ unitKind: 'commune', districtRecognisedBestCommune: true }), unitProposed: true, expected: 'pass' },
      { name: 'unrecognised commune', unit: buildUnitSummary({ unitKind: 'commune', districtRecognisedBestCommune: false }), unitProposed: true, expected: 'fail' },
      { name: 'provincial PAR unit meeting C1, proposed', unit: provincialUnit(), unitProposed: true, expected: 'pass' },
      { name: 'provincial PAR unit meeting C1, not proposed', unit: provincialUnit(), unitProposed: false, expected: 'fail' },
      { name: 'provincial PAR unit meeting C1, proposal unknown', unit: provincialUnit(), unitProposed: null, expected: 'unknown' },
      { name: 'provincial PAR unit without progress, proposed', unit: provincialUnit({ parTaskRating: 'good' }), unitProposed: true, expected: 'fail' },
      { name: 'provincial PAR unit without progress, proposal unknown', unit: provincialUnit({ parTaskRating: 'good' }), unitProposed: null, expected: 'fail' },
      { name: 'district PAR unit meeting C2, proposed', unit: districtUnit(), unitProposed: true, expected: 'pass' },
      { name: 'district PAR unit of a good district, proposed', unit: districtUnit({ districtParClassification: 'good' }), unitProposed: true, expected: 'fail' },
      { name: 'district PAR unit rated adequate, proposed', unit: districtUnit({ rating: 'adequate' }), unitProposed: true, expected: 'fail' },
      { name: 'PAR unit of unknown level, proposed', unit: provincialUnit({ parUnitLevel: null }), unitProposed: true, expected: 'unknown' },
    ])('$name gives $expected', ({ unit, unitProposed, expected }) => {
      const result = individual({ unit, unitProposed });
      expect(condition(result, 'individual.qualifyingUnit')?.verdict).toBe(expected);
      expect(result.verdict).toBe(expected);
      expect(result.eligible).toBe(expected === 'pass');
    });

    // What the condition would be with the unit proposed (III.1.b, third bullet): the nomination rules let a chosen
    // collective's own proposal supply it; only C1/C2 need it, so it never rescues a unit failing A or B.
    it.each<{ name: string; unit: UnitSummary; unitProposed: boolean | null; ifProposed: Verdict }>([
      { name: 'provincial PAR unit meeting C1, not proposed', unit: provincialUnit(), unitProposed: false, ifProposed: 'pass' },
      { name: 'provincial PAR unit meeting C1, proposal unknown', unit: provincialUnit(), unitProposed: null, ifProposed: 'pass' },
      { name: 'provincial PAR unit without progress, not proposed', unit: provincialUnit({ parTaskRating: 'good' }), unitProposed: false, ifProposed: 'fail' },
      { name: 'provincial PAR unit without last year rating', unit: provincialUnit({ previousParTaskRating: null }), unitProposed: false, ifProposed: 'unknown' },
      { name: 'district PAR unit meeting C2, not proposed', unit: districtUnit(), unitProposed: false, ifProposed: 'pass' },
      { name: 'district PAR unit of a good district, not proposed', unit: districtUnit({ districtParClassification: 'good' }), unitProposed: false, ifProposed: 'fail' },
      { name: 'good department, not proposed', unit: buildUnitSummary({ parClassification: 'good' }), unitProposed: false, ifProposed: 'fail' },
      { name: 'unclassified department', unit: buildUnitSummary({ parClassification: null }), unitProposed: false, ifProposed: 'unknown' },
      { name: 'excellent department, not proposed', unit: buildUnitSummary(), unitProposed: false, ifProposed: 'pass' },
      { name: 'unrecognised commune, proposed', unit: buildUnitSummary({ unitKind: 'commune', districtRecognisedBestCommune: false }), unitProposed: true, ifProposed: 'fail' },
    ])('$name: with the unit proposed it would be $ifProposed', ({ unit, unitProposed, ifProposed }) => {
      const outcome = condition(individual({ unit, unitProposed }), 'individual.qualifyingUnit');
      expect(outcome?.inputs).toMatchObject({ unitProposed, verdictIfUnitProposed: ifProposed });
    });

    it('asks whether the unit is proposed when that is what is missing', () => {
      expect(individual({ unit: provincialUnit(), unitProposed: null }).missing).toEqual([
        'Việc đơn vị công tác (Trung tâm Phục vụ hành chính công tỉnh) có đề nghị xét tặng Bằng khen',
      ]);
    });

    it("names the unit's missing class as the unit's", () => {
      expect(individual({ unit: buildUnitSummary({ parClassification: null }) }).missing).toEqual([
        'Xếp hạng Chỉ số CCHC năm 2020 của đơn vị công tác (Sở Tư pháp)',
      ]);
    });

    it('explains with the unit and its class', () => {
      expect(condition(individual({ unit: buildUnitSummary({ parClassification: 'fair' }) }), 'individual.qualifyingUnit')?.explanation).toBe(
        'Đơn vị công tác (Sở Tư pháp): tiêu chuẩn A không đạt: Xếp hạng Chỉ số CCHC năm 2020: Khá — không thuộc nhóm xuất sắc — đơn vị không đạt yêu cầu.',
      );
    });

    it('fails for a member of a unit that no basis concerns', () => {
      const result = individual({ unit: buildUnitSummary({ unitKind: 'province', name: 'UBND tỉnh Kiên Giang' }) });
      expect(condition(result, 'individual.qualifyingUnit')?.verdict).toBe('fail');
      expect(condition(result, 'individual.participant')?.verdict).toBe('fail');
      expect(result.eligible).toBe(false);
    });

    it('cites Gạch đầu dòng 3, Điểm b, Khoản 1, Mục III', () => {
      expect(condition(individual(), 'individual.qualifyingUnit')?.ref.clause).toBe('Gạch đầu dòng 3, Điểm b, Khoản 1, Mục III');
    });
  });
});

describe('evaluateEligibility', () => {
  it('evaluates a tagged collective', () => {
    const input = buildCollective();
    expect(evaluateEligibility(kh34RuleSet, { kind: 'collective', collective: input })).toEqual(
      evaluateCollectiveEligibility(kh34RuleSet, input),
    );
  });

  it('evaluates a tagged individual', () => {
    const input = buildIndividual();
    expect(evaluateEligibility(kh34RuleSet, { kind: 'individual', individual: input })).toEqual(
      evaluateIndividualEligibility(kh34RuleSet, input),
    );
  });

  it('identifies the nominee', () => {
    expect(evaluateEligibility(kh34RuleSet, { kind: 'individual', individual: buildIndividual() }).nominee).toEqual({
      kind: 'individual',
      id: 'nguyen-van-a',
      name: 'Nguyễn Văn A',
    });
  });
});
