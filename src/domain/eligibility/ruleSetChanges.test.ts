import { describe, expect, it } from 'vitest';
import type { RuleSet } from './eligibilityRules';
import { kh34RuleSet } from './kh34RuleSet';
import { ruleSetChanges } from './ruleSetChanges';

const edit = (change: (r: RuleSet & { collective: { bases: RuleSet['collective']['bases'][number][] } }) => void): RuleSet => {
  const copy = structuredClone(kh34RuleSet) as never;
  change(copy);
  return copy;
};

describe('ruleSetChanges', () => {
  it('is empty for the same rule set', () => {
    expect(ruleSetChanges(kh34RuleSet, structuredClone(kh34RuleSet))).toEqual([]);
  });

  it('names a changed threshold by basis and criterion, in words', () => {
    const after = edit((r) => void ((r.collective.bases[0].criteria[0] as unknown as { classes: string[] }).classes = ['excellent', 'good']));
    expect(ruleSetChanges(kh34RuleSet, after)).toEqual(['Tiêu chuẩn A, điều kiện “Xếp hạng Chỉ số CCHC trong nhóm xuất sắc”, nhóm xếp hạng: Xuất sắc → Xuất sắc, Tốt']);
  });

  it('names changed labels, clauses, ratings and removed bases', () => {
    const after = edit((r) => {
      r.collective.bases[1].ref = { ...r.collective.bases[1].ref, clause: 'Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III (sửa)' };
      (r.individual.conditions[2] as unknown as { minRating: string }).minRating = 'outstanding';
      r.collective.bases.splice(3, 1);
    });
    expect(ruleSetChanges(kh34RuleSet, after)).toEqual([
      'Tiêu chuẩn B, điều khoản: Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III → Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III (sửa)',
      `Bỏ tiêu chuẩn C2: “${kh34RuleSet.collective.bases[3].label}”`,
      'Cá nhân, điều kiện “Hoàn thành tốt nhiệm vụ công tác năm trở lên”, mức xếp loại tối thiểu: Hoàn thành tốt nhiệm vụ → Hoàn thành xuất sắc nhiệm vụ',
    ]);
  });

  it('reads a code that names an object property as the code itself', () => {
    const after = edit((r) => {
      (r.collective.bases[0].criteria[0] as unknown as { classes: string[] }).classes = ['constructor'];
      (r.individual.conditions[2] as unknown as { minRating: string }).minRating = 'toString';
    });
    const changes = ruleSetChanges(kh34RuleSet, after).join('\n');
    expect(changes).toContain('Xuất sắc → constructor');
    expect(changes).toContain('→ toString');
    expect(changes).not.toMatch(/function|native code/);
  });
});
