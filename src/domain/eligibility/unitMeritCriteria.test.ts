import { describe, expect, it } from 'vitest';
import { canIssueGiayKhen, normaliseCriteria, notAnIssuerMessage, validateUnitMeritCriteria } from './unitMeritCriteria';

const item = (code: string, text = 'Hoàn thành xuất sắc nhiệm vụ CCHC') => ({ code, text });

describe('validateUnitMeritCriteria', () => {
  it('accepts a list of 1 to 30 items with unique codes', () => {
    expect(validateUnitMeritCriteria([item('1')])).toEqual([]);
    expect(validateUnitMeritCriteria(Array.from({ length: 30 }, (_, i) => item(String(i + 1))))).toEqual([]);
  });

  it('rejects an empty list and one of 31 items', () => {
    expect(validateUnitMeritCriteria([])).toEqual([{ path: 'criteria', message: 'Danh sách tiêu chuẩn: cần ít nhất một tiêu chuẩn.' }]);
    const errors = validateUnitMeritCriteria(Array.from({ length: 31 }, (_, i) => item(String(i + 1))));
    expect(errors.map((e) => e.path)).toEqual(['criteria']);
    expect(errors[0].message).toContain('tối đa 30');
  });

  it('names the item of an empty or too long code or text', () => {
    const errors = validateUnitMeritCriteria([item('', ''), item('x'.repeat(21), 'y'.repeat(1001))]);
    expect(errors).toEqual([
      { path: 'criteria.0.code', message: 'Tiêu chuẩn thứ 1 — Mã tiêu chuẩn: không được để trống.' },
      { path: 'criteria.0.text', message: 'Tiêu chuẩn thứ 1 — Nội dung tiêu chuẩn: không được để trống.' },
      { path: 'criteria.1.code', message: 'Tiêu chuẩn thứ 2 — Mã tiêu chuẩn: tối đa 20 ký tự.' },
      { path: 'criteria.1.text', message: 'Tiêu chuẩn thứ 2 — Nội dung tiêu chuẩn: tối đa 1000 ký tự (đang có 1001).' },
    ]);
  });

  it('accepts a text of exactly 1000 characters', () => {
    expect(validateUnitMeritCriteria([item('1', 'a'.repeat(1000))])).toEqual([]);
  });

  it('rejects a repeated code, ignoring case, pointing at the first', () => {
    expect(validateUnitMeritCriteria([item('TC1'), item('2'), item('tc1')])).toEqual([
      { path: 'criteria.2.code', message: 'Tiêu chuẩn thứ 3 — Mã tiêu chuẩn "tc1" trùng với tiêu chuẩn thứ 1.' },
    ]);
  });
});

describe('normaliseCriteria', () => {
  it('trims and turns decomposed diacritics into NFC', () => {
    const [n] = normaliseCriteria([{ code: ' 1 ', text: ' Hoàn thành tốt\u0301 '.normalize('NFD') }]);
    expect(n.code).toBe('1');
    expect(n.text).toBe('Hoàn thành tốt\u0301'.normalize('NFC'));
    expect(n.text.normalize('NFC')).toBe(n.text);
  });

  it('makes a whitespace-only item fail as empty', () => {
    expect(validateUnitMeritCriteria(normaliseCriteria([{ code: '  ', text: '\n' }])).map((e) => e.path)).toEqual(['criteria.0.code', 'criteria.0.text']);
  });
});

describe('canIssueGiayKhen (Khoản 2, Mục III)', () => {
  it('lets departments and districts issue, and no one else', () => {
    expect(canIssueGiayKhen('department')).toBe(true);
    expect(canIssueGiayKhen('district')).toBe(true);
    for (const kind of ['province', 'commune', 'par_unit', 'central_agency']) expect(canIssueGiayKhen(kind)).toBe(false);
  });

  it('explains the refusal citing the clause', () => {
    expect(notAnIssuerMessage('UBND Thị trấn Giồng Riềng')).toContain('Khoản 2, Mục III');
  });
});
