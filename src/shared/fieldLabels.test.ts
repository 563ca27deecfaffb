import { describe, expect, it } from 'vitest';
import { fieldLabel } from './fieldLabels';

describe('fieldLabel', () => {
  it.each([
    ['username', 'Tên đăng nhập'],
    ['individuals.0.fullName', 'Họ và tên (mục 1)'],
    ['individuals.2.position', 'Chức vụ, đơn vị công tác (mục 3)'],
    ['definition.theme', 'Chủ đề thi đua'],
    ['', 'Dữ liệu gửi lên'],
    ['khongCo.truongNay', 'khongCo.truongNay'],
  ])('names %s as %s', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  it('names a field by what the form is about when the same name means something else there', () => {
    expect(fieldLabel('name')).toBe('Tên đơn vị');
    expect(fieldLabel('name', 'classificationScheme')).toBe('Tên phương án xếp loại');
    expect(fieldLabel('validFrom', 'classificationScheme')).toBe('Năm áp dụng');
    expect(fieldLabel('criteria.1.code', 'unitMeritCriteria')).toBe('Mã tiêu chuẩn (mục 2)');
    // What a context does not name keeps its usual label.
    expect(fieldLabel('blocks.department.maxPoints', 'classificationScheme')).toBe('Điểm tối đa');
  });

  it.each(['constructor', 'toString', '__proto__', 'blocks.hasOwnProperty', 'overrides.criteria.valueOf'])('names %s by its path, never by a property every object has', (path) => {
    expect(fieldLabel(path)).toBe(path);
    expect(fieldLabel(path, 'classificationScheme')).toBe(path);
  });
});
