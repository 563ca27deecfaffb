import type { ClauseRef } from '../shared/ruleOutcome';
import type { RuleSet } from './eligibilityRules';

/** The plan every clause below points into. */
export const KH34_SOURCE = 'Kế hoạch số 34/KH-UBND ngày 03/3/2020 của UBND tỉnh Kiên Giang';

function ref(clause: string): ClauseRef {
  return { clause, source: KH34_SOURCE };
}

/**
 * Criteria of the chairman's Bằng khen in Kế hoạch 34/KH-UBND (2020), Mục III.1, written as data.
 *
 * Readings of the plan that are choices, not quotations:
 * - Basis A is the province-published PAR ranking, which ranks departments and districts; communes are ranked by
 *   their district, so a commune qualifies through B, and a specialised PAR unit through C1/C2 (III.3.a).
 * - B needs both the district's recognition and an excellent CCHC result: the plan's bullet states both.
 * - An individual of a commune chosen under B qualifies like one of an excellent-group unit: III.4.b has each chosen
 *   commune propose one individual, which only makes sense if B units count as qualifying units.
 */
export const kh34RuleSet: RuleSet = {
  id: 'kh34-2020-provincial-merit',
  awardForm: 'provincial_merit',
  year: 2020,
  source: KH34_SOURCE,
  collective: {
    preconditions: [
      {
        code: 'collective.participant',
        kind: 'participantUnitKind',
        // II.2.a: sở, ban, ngành tỉnh; UBND huyện, thành phố; UBND xã, phường, thị trấn; the specialised PAR units.
        unitKinds: ['department', 'district', 'commune', 'par_unit'],
        label: 'Là tập thể thuộc đối tượng thi đua',
        ref: ref('Điểm a, Khoản 2, Mục II'),
      },
      {
        code: 'collective.registered',
        kind: 'registered',
        label: 'Có đăng ký thi đua chuyên đề theo Kế hoạch',
        ref: ref('Điểm a, Khoản 1, Mục III'),
      },
      {
        code: 'collective.compliance',
        kind: 'attestation',
        which: 'compliance',
        label: 'Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
        ref: ref('Điểm a, Khoản 1, Mục III'),
      },
      {
        code: 'collective.solidarity',
        kind: 'attestation',
        which: 'solidarity',
        label: 'Nội bộ đoàn kết',
        ref: ref('Điểm a, Khoản 1, Mục III'),
      },
    ],
    bases: [
      {
        basis: 'A',
        label: 'Được UBND tỉnh công bố xếp hạng Chỉ số CCHC trong nhóm xuất sắc năm 2020',
        ref: ref('Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III'),
        appliesToUnitKinds: ['department', 'district'],
        criteria: [
          {
            code: 'collective.A.parClass',
            kind: 'parClassIn',
            classes: ['excellent'],
            label: 'Xếp hạng Chỉ số CCHC trong nhóm xuất sắc',
            ref: ref('Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III'),
          },
        ],
      },
      {
        basis: 'B',
        label:
          'Đơn vị hành chính cấp xã tiêu biểu xuất sắc nhất trong phong trào thi đua, được UBND cấp huyện công nhận đạt xuất sắc trong công tác CCHC năm 2020',
        ref: ref('Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III'),
        appliesToUnitKinds: ['commune'],
        criteria: [
          {
            code: 'collective.B.recognisedExcellent',
            kind: 'communeRecognisedAndExcellent',
            classes: ['excellent'],
            label: 'Được UBND cấp huyện công nhận tiêu biểu xuất sắc nhất và đạt xuất sắc trong công tác CCHC',
            ref: ref('Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III'),
          },
        ],
      },
      {
        basis: 'C1',
        label:
          'Phòng, đơn vị chuyên trách tham mưu CCHC cấp tỉnh xếp loại “Hoàn thành tốt nhiệm vụ” trở lên và thực hiện nhiệm vụ CCHC tiến bộ hơn năm trước liền kề',
        ref: ref('Tiết 3, Điểm a, Khoản 1, Mục III'),
        appliesToUnitKinds: ['par_unit'],
        appliesToParUnitLevels: ['province'],
        criteria: [
          {
            code: 'collective.C1.rating',
            kind: 'unitRatingAtLeast',
            minRating: 'good',
            label: 'Được cấp trên trực tiếp xếp loại “Hoàn thành tốt nhiệm vụ” trở lên',
            ref: ref('Tiết 3, Điểm a, Khoản 1, Mục III'),
          },
          {
            code: 'collective.C1.improved',
            kind: 'parTaskRatingImproved',
            label: 'Xếp loại thực hiện nhiệm vụ CCHC tiến bộ hơn năm trước liền kề',
            ref: ref('Tiết 3, Điểm a, Khoản 1, Mục III'),
          },
        ],
      },
      {
        basis: 'C2',
        label:
          'Cơ quan chuyên trách tham mưu CCHC cấp huyện xếp loại “Hoàn thành tốt nhiệm vụ” trở lên và huyện, thành phố xếp hạng Chỉ số CCHC trong nhóm xuất sắc',
        ref: ref('Tiết 3, Điểm a, Khoản 1, Mục III'),
        appliesToUnitKinds: ['par_unit'],
        appliesToParUnitLevels: ['district'],
        criteria: [
          {
            code: 'collective.C2.rating',
            kind: 'unitRatingAtLeast',
            minRating: 'good',
            label: 'Được xếp loại “Hoàn thành tốt nhiệm vụ” trở lên',
            ref: ref('Tiết 3, Điểm a, Khoản 1, Mục III'),
          },
          {
            code: 'collective.C2.districtParClass',
            kind: 'districtParClassIn',
            classes: ['excellent'],
            label: 'Huyện, thành phố xếp hạng Chỉ số CCHC trong nhóm xuất sắc',
            ref: ref('Tiết 3, Điểm a, Khoản 1, Mục III'),
          },
        ],
      },
    ],
  },
  individual: {
    conditions: [
      {
        code: 'individual.participant',
        kind: 'participantUnitKind',
        unitKinds: ['department', 'district', 'commune', 'par_unit'],
        label: 'Là cán bộ, công chức của cơ quan, đơn vị thuộc đối tượng thi đua',
        ref: ref('Điểm b, Khoản 2, Mục II'),
      },
      {
        code: 'individual.registered',
        kind: 'registered',
        // Individuals are listed in their unit's Bản đăng ký thi đua (Mục IV, item 1, and the annex).
        label: 'Có tên trong bản đăng ký thi đua chuyên đề',
        ref: ref('Khoản 1, Mục IV'),
      },
      {
        code: 'individual.rating',
        kind: 'personRatingAtLeast',
        minRating: 'good',
        label: 'Hoàn thành tốt nhiệm vụ công tác năm trở lên',
        ref: ref('Gạch đầu dòng 1, Điểm b, Khoản 1, Mục III'),
      },
      {
        code: 'individual.parTasksExcellent',
        kind: 'parTasksExcellent',
        label: 'Thực hiện xuất sắc các nhiệm vụ CCHC được giao',
        ref: ref('Gạch đầu dòng 2, Điểm b, Khoản 1, Mục III'),
      },
      {
        code: 'individual.qualifyingUnit',
        kind: 'memberOfQualifyingUnit',
        viaBases: ['A', 'B'],
        viaProposedBases: ['C1', 'C2'],
        label:
          'Thuộc cơ quan, đơn vị nhóm xuất sắc về CCHC, hoặc phòng, đơn vị chuyên trách CCHC đạt tiêu chuẩn tại Tiết 3 và có đề nghị xét tặng Bằng khen',
        ref: ref('Gạch đầu dòng 3, Điểm b, Khoản 1, Mục III'),
      },
    ],
  },
};
