import { describe, expect, it } from 'vitest';
import { kh34RuleSet } from './kh34RuleSet';
import { adaptRuleSet, isRuleSetTemplateId, RULE_SET_TEMPLATES } from './ruleSetTemplates';
import { ruleSetThresholds } from './ruleSetThresholds';
import { validateRuleSet } from './validateRuleSet';

const NEW_PLAN = 'Kế hoạch số …/KH-UBND ngày 03/3/2021';

describe('adaptRuleSet', () => {
  const adapted = adaptRuleSet(kh34RuleSet, { year: 2021, planSource: { from: RULE_SET_TEMPLATES['kh34-2020'].planSource, to: NEW_PLAN } });

  it('moves the year, the id and "năm 2020" in the labels to the new year', () => {
    expect(adapted.year).toBe(2021);
    expect(adapted.id).toBe('kh34-2021-provincial-merit');
    expect(adapted.collective.bases[0].label).toBe('Được UBND tỉnh công bố xếp hạng Chỉ số CCHC trong nhóm xuất sắc năm 2021');
    const labels = [adapted.collective.bases, adapted.collective.preconditions, adapted.individual.conditions].flat().map((x) => x.label);
    expect(labels.join(' ')).not.toContain('2020');
  });

  it('cites the new plan in every clause, keeping clause numbers and thresholds', () => {
    expect(adapted.source).toBe(`${NEW_PLAN} của UBND tỉnh Kiên Giang`);
    expect(adapted.collective.bases[0].ref).toEqual({ clause: 'Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III', source: `${NEW_PLAN} của UBND tỉnh Kiên Giang` });
    expect(ruleSetThresholds(adapted).map((t) => [t.code, t.kind === 'classes' ? t.classes : t.minRating])).toEqual(
      ruleSetThresholds(kh34RuleSet).map((t) => [t.code, t.kind === 'classes' ? t.classes : t.minRating]),
    );
    expect(validateRuleSet(adapted)).toEqual([]);
  });

  it('leaves the source rule set as it was', () => {
    expect(kh34RuleSet.year).toBe(2020);
    expect(kh34RuleSet.collective.bases[0].label).toContain('năm 2020');
  });

  it('keeps everything when the year and plan do not change', () => {
    expect(adaptRuleSet(kh34RuleSet, { year: 2020 })).toEqual(kh34RuleSet);
  });
});

describe('RULE_SET_TEMPLATES', () => {
  it('offers the 34/KH-UBND 2020 rule set, valid', () => {
    expect(isRuleSetTemplateId('kh34-2020')).toBe(true);
    expect(isRuleSetTemplateId('toString')).toBe(false);
    expect(validateRuleSet(RULE_SET_TEMPLATES['kh34-2020'].ruleSet)).toEqual([]);
  });
});

describe('ruleSetThresholds', () => {
  it('lists the thresholds of KH 34 by part, with their clause', () => {
    expect(ruleSetThresholds(kh34RuleSet).map((t) => `${t.part}: ${t.code}`)).toEqual([
      'Tiêu chuẩn A: collective.A.parClass',
      'Tiêu chuẩn B: collective.B.recognisedExcellent',
      'Tiêu chuẩn C1: collective.C1.rating',
      'Tiêu chuẩn C2: collective.C2.rating',
      'Tiêu chuẩn C2: collective.C2.districtParClass',
      'Cá nhân: individual.rating',
    ]);
    expect(ruleSetThresholds(kh34RuleSet)[0]).toMatchObject({ kind: 'classes', classes: ['excellent'], path: 'collective.bases.0.criteria.0', ref: { clause: 'Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III' } });
  });
});
