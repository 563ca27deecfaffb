import { describe, expect, it } from 'vitest';
import type { Criterion, RuleSet } from './eligibilityRules';
import { kh34RuleSet } from './kh34RuleSet';
import { ruleSetIssues, validateRuleSet } from './validateRuleSet';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

/** A deep copy of the KH34 rule set changed by `change`, so each case breaks exactly one thing. */
function broken(change: (ruleSet: Mutable<RuleSet>) => void): RuleSet {
  const copy = structuredClone(kh34RuleSet) as Mutable<RuleSet>;
  change(copy);
  return copy as RuleSet;
}

const basisA = (r: Mutable<RuleSet>) => r.collective.bases[0];
const firstCriterionOfA = (r: Mutable<RuleSet>) => basisA(r).criteria[0] as Mutable<Criterion>;

describe('validateRuleSet', () => {
  it('accepts the Kế hoạch 34 rule set', () => {
    expect(validateRuleSet(kh34RuleSet)).toEqual([]);
  });

  it.each<[string, (r: Mutable<RuleSet>) => void, string]>([
    ['no id', (r) => void (r.id = ''), 'Thiếu mã bộ tiêu chuẩn.'],
    ['an unknown award form', (r) => void ((r as { awardForm: string }).awardForm = 'unit_merit'), 'Hình thức khen thưởng không được hỗ trợ “unit_merit”.'],
    ['a bad year', (r) => void (r.year = 20.5), 'Năm thi đua không hợp lệ “20.5”.'],
    ['no source', (r) => void (r.source = ' '), 'Thiếu văn bản căn cứ của bộ tiêu chuẩn.'],
    ['no bases', (r) => void (r.collective.bases = []), 'Quy định đối với tập thể phải có ít nhất một tiêu chuẩn.'],
    ['a duplicate basis', (r) => void (r.collective.bases[1].basis = 'A'), 'Tiêu chuẩn “A”: mã tiêu chuẩn bị trùng.'],
    ['a basis without criteria', (r) => void (basisA(r).criteria = []), 'Tiêu chuẩn “A”: phải có ít nhất một điều kiện.'],
    ['a basis without clause', (r) => void (basisA(r).ref = { clause: '', source: 'x' }), 'Tiêu chuẩn “A”: thiếu điều khoản trích dẫn.'],
    ['an empty unit-kind filter', (r) => void (basisA(r).appliesToUnitKinds = []), 'Tiêu chuẩn “A”: danh sách loại đơn vị áp dụng không được để trống.'],
    [
      'a level filter without PAR units',
      (r) => void (basisA(r).appliesToParUnitLevels = ['province']),
      'Tiêu chuẩn “A”: chỉ được giới hạn theo cấp khi loại đơn vị áp dụng có phòng, đơn vị chuyên trách CCHC.',
    ],
    ['no individual conditions', (r) => void (r.individual.conditions = []), 'Quy định đối với cá nhân phải có ít nhất một điều kiện.'],
    [
      'a duplicate criterion code',
      (r) => void (r.collective.preconditions[2].code = 'collective.registered'),
      'Mã tiêu chí “collective.registered” bị trùng.',
    ],
    [
      'a criterion without label',
      (r) => void (firstCriterionOfA(r).label = ''),
      'Điều kiện của tiêu chuẩn A “collective.A.parClass”: thiếu nội dung tiêu chí.',
    ],
    [
      'a criterion without clause',
      (r) => void (firstCriterionOfA(r).ref = { clause: '', source: 'x' }),
      'Điều kiện của tiêu chuẩn A “collective.A.parClass”: thiếu điều khoản trích dẫn.',
    ],
    [
      'no allowed class',
      (r) => void ((firstCriterionOfA(r) as { classes: string[] }).classes = []),
      'Điều kiện của tiêu chuẩn A “collective.A.parClass”: phải có ít nhất một nhóm xếp hạng Chỉ số CCHC được chấp nhận.',
    ],
    [
      'an unknown class',
      (r) => void ((firstCriterionOfA(r) as { classes: string[] }).classes = ['superb']),
      'Điều kiện của tiêu chuẩn A “collective.A.parClass”: nhóm xếp hạng không hợp lệ “superb”.',
    ],
    [
      'an unknown minimum rating',
      (r) => void ((r.collective.bases[2].criteria[0] as { minRating: string }).minRating = 'best'),
      'Điều kiện của tiêu chuẩn C1 “collective.C1.rating”: mức xếp loại tối thiểu không hợp lệ “best”.',
    ],
    [
      'an unknown criterion kind',
      (r) => void ((firstCriterionOfA(r) as { kind: string }).kind = 'magic'),
      'Điều kiện của tiêu chuẩn A “collective.A.parClass”: loại tiêu chí không được hỗ trợ “magic”.',
    ],
    [
      'an individual criterion for a collective',
      (r) =>
        void r.collective.preconditions.push({
          code: 'collective.personRating',
          kind: 'personRatingAtLeast',
          minRating: 'good',
          label: 'Xếp loại cá nhân',
          ref: { clause: 'Điểm b, Khoản 1, Mục III', source: 'x' },
        }),
      'Điều kiện chung của tập thể “collective.personRating”: loại tiêu chí “personRatingAtLeast” không dùng được cho tập thể.',
    ],
    [
      'a collective criterion for an individual',
      (r) =>
        void r.individual.conditions.push({
          code: 'individual.solidarity',
          kind: 'attestation',
          which: 'solidarity',
          label: 'Nội bộ đoàn kết',
          ref: { clause: 'Điểm a, Khoản 1, Mục III', source: 'x' },
        }),
      'Điều kiện đối với cá nhân “individual.solidarity”: loại tiêu chí “attestation” không dùng được cho cá nhân.',
    ],
    [
      'membership via an unknown basis',
      (r) => void ((r.individual.conditions[4] as { viaBases: string[] }).viaBases = ['A', 'D']),
      'Điều kiện đối với cá nhân “individual.qualifyingUnit”: tham chiếu tiêu chuẩn “D” không có trong quy định tập thể.',
    ],
    [
      'membership via no basis',
      (r) => {
        const member = r.individual.conditions[4] as { viaBases: string[]; viaProposedBases: string[] };
        member.viaBases = [];
        member.viaProposedBases = [];
      },
      'Điều kiện đối với cá nhân “individual.qualifyingUnit”: phải nêu ít nhất một tiêu chuẩn của đơn vị.',
    ],
    [
      'no participant kinds',
      (r) => void ((r.collective.preconditions[0] as { unitKinds: string[] }).unitKinds = []),
      'Điều kiện chung của tập thể “collective.participant”: phải có ít nhất một loại đơn vị là đối tượng thi đua.',
    ],
  ])('reports %s', (_name, change, error) => {
    const errors = validateRuleSet(broken(change));
    expect(errors).toContain(error);
  });

  it('writes every error in NFC Vietnamese', () => {
    const errors = validateRuleSet(broken((r) => void (r.collective.bases = [])));
    expect(errors.every((e) => e === e.normalize('NFC'))).toBe(true);
  });
});

describe('ruleSetIssues (edited rule sets, as the rule-set screen sends them)', () => {
  it('accepts thresholds, labels and clauses changed to other valid values', () => {
    const edited = broken((r) => {
      (firstCriterionOfA(r) as { classes: string[] }).classes = ['excellent', 'good'];
      (r.collective.bases[2].criteria[0] as { minRating: string }).minRating = 'outstanding';
      r.collective.bases[1].label = 'Xã tiêu biểu xuất sắc nhất năm 2021';
      r.collective.bases[1].ref = { clause: 'Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III', source: 'Kế hoạch số 12/KH-UBND ngày 01/3/2021' };
      (r.individual.conditions[2] as { minRating: string }).minRating = 'outstanding';
    });
    expect(ruleSetIssues(edited)).toEqual([]);
  });

  it.each<[string, (r: Mutable<RuleSet>) => void, string, string]>([
    ['an emptied threshold of B', (r) => void ((r.collective.bases[1].criteria[0] as { classes: string[] }).classes = []), 'collective.bases.1.criteria.0.classes', 'Điều kiện của tiêu chuẩn B “collective.B.recognisedExcellent”: phải có ít nhất một nhóm xếp hạng Chỉ số CCHC được chấp nhận.'],
    ['an emptied basis label', (r) => void (r.collective.bases[3].label = '  '), 'collective.bases.3.label', 'Tiêu chuẩn “C2”: thiếu nội dung tiêu chuẩn.'],
    ['an emptied individual clause', (r) => void (r.individual.conditions[2].ref = { clause: '', source: 'x' }), 'individual.conditions.2.ref.clause', 'Điều kiện đối với cá nhân “individual.rating”: thiếu điều khoản trích dẫn.'],
    ['a basis code with spaces', (r) => void (r.collective.bases[0].basis = 'Tiêu chuẩn A'), 'collective.bases.0.basis', 'Tiêu chuẩn “Tiêu chuẩn A”: mã tiêu chuẩn chỉ gồm chữ, số, dấu chấm hoặc gạch ngang, tối đa 10 ký tự.'],
    [
      'a removed basis still needed by the individual rule',
      (r) => void r.collective.bases.splice(2, 1),
      'individual.conditions.4.viaProposedBases',
      'Điều kiện đối với cá nhân “individual.qualifyingUnit”: tham chiếu tiêu chuẩn “C1” không có trong quy định tập thể.',
    ],
    ['an emptied participant list', (r) => void ((r.collective.preconditions[0] as { unitKinds: string[] }).unitKinds = []), 'collective.preconditions.0.unitKinds', 'Điều kiện chung của tập thể “collective.participant”: phải có ít nhất một loại đơn vị là đối tượng thi đua.'],
  ])('names the field of %s', (_name, change, path, message) => {
    expect(ruleSetIssues(broken(change))).toContainEqual({ path, message });
  });

  it('gives the same messages as validateRuleSet, in the same order', () => {
    const r = broken((x) => {
      x.collective.bases = [];
      x.source = '';
    });
    expect(ruleSetIssues(r).map((i) => i.message)).toEqual(validateRuleSet(r));
  });
});

describe('validateRuleSet: codes that name an object property', () => {
  it.each(['constructor', 'toString', '__proto__'])('refuses award form and criterion kind "%s" as unknown', (code) => {
    const problems = validateRuleSet(
      broken((r) => {
        (r as { awardForm: string }).awardForm = code;
        (firstCriterionOfA(r) as { kind: string }).kind = code;
      }),
    );
    expect(problems).toContain(`Hình thức khen thưởng không được hỗ trợ “${code}”.`);
    expect(problems.some((p) => p.endsWith(`loại tiêu chí không được hỗ trợ “${code}”.`))).toBe(true);
  });
});
