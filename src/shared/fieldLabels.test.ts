import { describe, expect, it } from 'vitest';
import { fieldLabel } from './fieldLabels';

describe('fieldLabel', () => {
  it.each([
    ['username', 'Tên đăng nhập'],
    ['individuals.0.fullName', 'Họ và tên (mục 1)'],
    ['individuals.2.position', 'Chức vụ (mục 3)'],
    ['definition.theme', 'Chủ đề thi đua'],
    ['', 'Dữ liệu gửi lên'],
    ['khongCo.truongNay', 'khongCo.truongNay'],
  ])('names %s as %s', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });
});
