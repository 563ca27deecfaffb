import { describe, expect, it } from 'vitest';
import { kienGiangClassificationScheme2020 } from './classificationScheme';
import { computeParIndex } from './parIndex';
import { defaultBlockOf, parResultsToRows, parsePointsCell, rowsToParScores, rowsToParScoresInSteps, type ParImportUnit } from './parResultRows';

const units = new Map<string, ParImportUnit>([
  ['SNV', { unitId: 'u-snv', code: 'SNV', kind: 'department' }],
  ['CUCTHUE', { unitId: 'u-thue', code: 'CUCTHUE', kind: 'central_agency' }],
  ['SNV-CCHC', { unitId: 'u-cchc', code: 'SNV-CCHC', kind: 'par_unit' }],
]);
const context = { year: 2020, scheme: kienGiangClassificationScheme2020, unitsByCode: units };
const HEADER = ['Năm', 'Mã đơn vị', 'Khối', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm điều tra xã hội học', 'Xếp loại công bố'];

describe('parsePointsCell', () => {
  it.each([
    ['91,47', 91.47],
    ['91.47', 91.47],
    [' 90 ', 90],
    ['', null],
    ['9 1', 91],
    ['chín mươi', 'invalid'],
    ['-1', 'invalid'],
    ['1e2', 'invalid'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(parsePointsCell(text)).toBe(expected);
  });
});

describe('defaultBlockOf', () => {
  it.each([
    ['department', 'department'],
    ['central_agency', 'centralAgency'],
    ['district', 'district'],
    ['commune', 'commune'],
    ['par_unit', null],
    ['province', null],
  ])('puts a %s in block %s', (kind, block) => {
    expect(defaultBlockOf(kind)).toBe(block);
  });
});

describe('rowsToParScores', () => {
  it('reads good rows, with the block from the unit kind when the cell is empty', () => {
    const { rows, errors } = rowsToParScores(
      [HEADER, ['2020', 'SNV', '', '95', '72,5', '17,5', ''], ['2020', 'CUCTHUE', 'Cơ quan ngành dọc Trung ương đóng trên địa bàn tỉnh', '', '40', '14', 'Xuất sắc']],
      context,
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.unitId, r.blockCode, r.selfScore, r.appraisedScore, r.surveyScore, r.publishedClassification, r.row])).toEqual([
      ['u-snv', 'department', 95, 72.5, 17.5, null, 2],
      ['u-thue', 'centralAgency', null, 40, 14, 'excellent', 3],
    ]);
  });

  it.each([
    ['an unknown unit', ['2020', 'XYZ', '', '', '70', '20', ''], 'Mã đơn vị', 'Không có đơn vị mã "XYZ".'],
    ['another year', ['2019', 'SNV', '', '', '70', '20', ''], 'Năm', 'Dòng thuộc năm 2019, không phải năm đang nhập (2020).'],
    ['a bad number', ['2020', 'SNV', '', '', 'bảy mươi', '20', ''], 'Điểm thẩm định', '"bảy mươi" không phải số điểm hợp lệ (ví dụ 91,47).'],
    ['three decimals', ['2020', 'SNV', '', '', '70,125', '20', ''], 'Điểm thẩm định', 'Đơn vị "SNV": điểm thẩm định chỉ được có tối đa 2 chữ số thập phân (đang là 70,125).'],
    ['a total over the maximum', ['2020', 'CUCTHUE', '', '', '50', '14', ''], 'Điểm thẩm định', 'Đơn vị "CUCTHUE": tổng điểm (64) vượt điểm tối đa của khối (60).'],
    ['an unknown block', ['2020', 'SNV', 'Khối phường', '', '70', '20', ''], 'Khối', '"Khối phường" không phải khối của phương án xếp loại (Sở, ban, ngành tỉnh; Cơ quan ngành dọc Trung ương đóng trên địa bàn tỉnh; UBND huyện, thị xã, thành phố; UBND xã, phường, thị trấn).'],
    ['a unit with no default block', ['2020', 'SNV-CCHC', '', '', '70', '20', ''], 'Khối', 'Không được để trống với loại đơn vị này.'],
    ['an unknown class', ['2020', 'SNV', '', '', '70', '20', 'Giỏi'], 'Xếp loại công bố', '"Giỏi" không hợp lệ (Xuất sắc, Tốt, Khá, Trung bình, Yếu).'],
    ['no result at all', ['2020', 'SNV', '', '90', '', '', ''], 'Điểm thẩm định', 'Dòng không có điểm thẩm định, điểm điều tra xã hội học hay kết quả công bố nào.'],
  ])('names the row and column of %s', (_case, cells, field, message) => {
    expect(rowsToParScores([HEADER, cells], context).errors).toEqual([{ row: 2, field, message }]);
  });

  it('refuses the same unit twice', () => {
    const { errors } = rowsToParScores([HEADER, ['2020', 'SNV', '', '', '70', '20', ''], ['2020', 'SNV', '', '', '71', '20', '']], context);
    expect(errors).toEqual([{ row: 3, field: 'Mã đơn vị', message: 'Đơn vị "SNV" trùng với dòng 2.' }]);
  });

  it('asks for the required columns', () => {
    expect(rowsToParScores([['Mã đơn vị']], context).errors.map((e) => e.field)).toEqual(['Điểm thẩm định', 'Điểm điều tra xã hội học']);
  });
});

describe('rowsToParScores through the table codec', () => {
  it('accepts headers without marks, blocks by label without marks, skips blank rows and reports repairs', () => {
    const { rows, errors, repairs } = rowsToParScores(
      [
        ['Ma don vi', 'Khoi', 'Diem tham dinh', 'Diem dieu tra xa hoi hoc', 'Xep loai cong bo'],
        ['', '', '', '', ''],
        ['SNV', 'so, ban, nganh tinh', '72,5', '17,5', 'Xua\u0302\u0301t sa\u0306\u0301c'],
      ],
      context,
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.row, r.blockCode, r.appraisedScore, r.publishedClassification])).toEqual([[3, 'department', 72.5, 'excellent']]);
    expect(repairs).toEqual([{ row: 3, field: 'Xếp loại công bố', from: 'nfd' }]);
  });

  it('ignores the computed columns, whatever they hold', () => {
    const { errors } = rowsToParScores([[...HEADER, 'Tổng điểm', 'Thứ hạng'], ['2020', 'SNV', '', '', '70', '20', '', 'chín mươi', 'nhất']], context);
    expect(errors).toEqual([]);
  });
});

describe('parResultsToRows', () => {
  it('writes what rowsToParScores reads back (the export re-imports)', () => {
    const results = computeParIndex(
      [{ unitId: 'u-snv', blockCode: 'department', selfScore: 95, appraisedScore: 72.5, surveyScore: 17.49, publishedClassification: null }],
      kienGiangClassificationScheme2020,
    ).map((r) => ({ ...r, code: 'SNV', name: 'Sở Nội vụ' }));
    const { header, rows } = parResultsToRows(2020, results);
    expect(rows[0].slice(0, 7)).toEqual(['2020', 'SNV', 'Sở Nội vụ', 'Sở, ban, ngành tỉnh', '95', '72,5', '17,49']);
    const back = rowsToParScores([header, ...rows], context);
    expect(back.errors).toEqual([]);
    expect(back.rows[0]).toMatchObject({ unitId: 'u-snv', blockCode: 'department', selfScore: 95, appraisedScore: 72.5, surveyScore: 17.49 });
  });
});

describe('messages', () => {
  it('write decimals with a comma', () => {
    const units2 = new Map<string, ParImportUnit>([['SNV', { unitId: 'u-snv', code: 'SNV', kind: 'department' }]]);
    const { errors } = rowsToParScores([['Mã đơn vị', 'Điểm thẩm định', 'Điểm điều tra xã hội học'], ['SNV', '80,25', '20,5']], { ...context, unitsByCode: units2 });
    expect(errors.map((e) => e.message).join(' ')).toContain('100,75');
    expect(errors.map((e) => e.message).join(' ')).not.toMatch(/\d\.\d/);
  });
});

describe('rowsToParScoresInSteps', () => {
  it('reads what rowsToParScores reads, yielding between slices of a large file', () => {
    // 600 rows of three units: the repeats are errors naming the first row.
    const table = [HEADER, ...Array.from({ length: 600 }, (_, i) => ['2020', ['SNV', 'CUCTHUE', 'SNV-CCHC'][i % 3], '', '', '70', String(10 + (i % 20)), ''])];
    const steps = rowsToParScoresInSteps(table, context);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields += 1;
    expect(step.value).toEqual(rowsToParScores(table, context));
    expect(step.value.rows.map((r) => r.code)).toContain('SNV');
    expect(step.value.errors.length).toBeGreaterThan(500);
    expect(yields).toBeGreaterThan(0);
  });
});
