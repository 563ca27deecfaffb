import { describe, expect, it } from 'vitest';
import { columnWidths, MIN_COLUMN_WIDTH_PT } from './documentModel';
import { placeDateLine, planCitation } from './nd30';

describe('NĐ 30 dates', () => {
  it.each([
    ['2020-03-03', 'Kiên Giang, ngày 03 tháng 3 năm 2020'],
    ['2020-02-29', 'Kiên Giang, ngày 29 tháng 02 năm 2020'],
    ['2020-01-05', 'Kiên Giang, ngày 05 tháng 01 năm 2020'],
    ['2020-12-10', 'Kiên Giang, ngày 10 tháng 12 năm 2020'],
  ])('writes %s as "%s"', (date, line) => {
    expect(placeDateLine('Kiên Giang', date as never, 2020)).toBe(line);
  });

  it('cites the plan with the same date rule', () => {
    expect(planCitation({ planNumber: '34/KH-UBND', planDate: '2020-03-03', issuer: 'Ủy ban nhân dân tỉnh Kiên Giang' })).toBe(
      'Kế hoạch số 34/KH-UBND ngày 03 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh Kiên Giang',
    );
  });
});

describe('columnWidths', () => {
  it('keeps a narrow STT column wide enough and shares the rest by weight', () => {
    const widths = columnWidths([{ width: 2 }, { width: 49 }, { width: 49 }], 450);
    expect(widths[0]).toBe(MIN_COLUMN_WIDTH_PT);
    expect(widths[1]).toBeCloseTo(widths[2]);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(450);
  });
});
