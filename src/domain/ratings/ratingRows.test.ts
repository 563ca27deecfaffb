import { describe, expect, it } from 'vitest';
import { ratingsToRows, rowsToRatings, withParTaskConfirmations, type RatingImportPerson } from './ratingRows';

const people: RatingImportPerson[] = [
  { id: 'p-1', unitCode: '30904', fullName: 'Nguyễn Văn An' },
  { id: 'p-2', unitCode: '30904', fullName: 'Trần Thị Bình' },
  { id: 'p-3', unitCode: '30904', fullName: 'Trần Thị Bình' },
];
const context = { year: 2020, unitCodes: new Set(['30904', 'SNV-CCHC']), people };
const HEADER = ['Năm', 'Đối tượng', 'Mã đơn vị', 'Mã cá nhân', 'Họ và tên', 'Loại xếp loại', 'Xếp loại'];

describe('rowsToRatings', () => {
  it('reads units and people, found by id or by unit and name', () => {
    const { rows, errors } = rowsToRatings(
      [
        HEADER,
        ['2020', 'Tập thể', 'SNV-CCHC', '', '', 'Xếp loại thực hiện nhiệm vụ CCHC', 'Hoàn thành tốt nhiệm vụ'],
        ['2020', '', '30904', '', 'nguyễn văn an', '', 'hoàn thành xuất sắc nhiệm vụ'],
        ['2020', 'Cá nhân', '30904', 'p-3', 'Trần Thị Bình', 'Xếp loại chất lượng', 'Không hoàn thành nhiệm vụ'],
      ],
      context,
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.unitCode, r.personId, r.kind, r.rating])).toEqual([
      ['SNV-CCHC', null, 'par_task', 'good'],
      ['30904', 'p-1', 'overall', 'outstanding'],
      ['30904', 'p-3', 'overall', 'failed'],
    ]);
  });

  it.each([
    ['an ambiguous name', ['2020', 'Cá nhân', '30904', '', 'Trần Thị Bình', '', 'Hoàn thành nhiệm vụ'], 'Họ và tên'],
    ['a person of another unit', ['2020', 'Cá nhân', 'SNV-CCHC', 'p-1', '', '', 'Hoàn thành nhiệm vụ'], 'Mã đơn vị'],
    ['a PAR-task rating of a person', ['2020', 'Cá nhân', '30904', 'p-1', '', 'Xếp loại thực hiện nhiệm vụ CCHC', 'Hoàn thành nhiệm vụ'], 'Loại xếp loại'],
    ['an unknown rating', ['2020', 'Tập thể', '30904', '', '', '', 'Khá'], 'Xếp loại'],
    ['an empty rating', ['2020', 'Tập thể', '30904', '', '', '', ''], 'Xếp loại'],
    ['another year', ['2021', 'Tập thể', '30904', '', '', '', 'Hoàn thành nhiệm vụ'], 'Năm'],
  ])('names the column of %s', (_case, cells, field) => {
    expect(rowsToRatings([HEADER, cells], context).errors.map((e) => [e.row, e.field])).toEqual([[2, field]]);
  });

  it('refuses the same rating twice', () => {
    const line = ['2020', 'Tập thể', '30904', '', '', '', 'Hoàn thành nhiệm vụ'];
    expect(rowsToRatings([HEADER, line, line], context).errors).toEqual([{ row: 3, field: 'Mã đơn vị', message: 'Trùng với dòng 2 (cùng đối tượng và loại xếp loại).' }]);
  });
});

describe('rowsToRatings through the table codec', () => {
  it.each([
    ['an unknown subject', ['2020', 'Đơn vị', '30904', '', '', '', 'Hoàn thành nhiệm vụ'], { row: 2, field: 'Đối tượng', message: '"Đơn vị" không hợp lệ (Tập thể, Cá nhân).' }],
    ['an unknown kind', ['2020', 'Tập thể', '30904', '', '', 'Thi đua', 'Hoàn thành nhiệm vụ'], { row: 2, field: 'Loại xếp loại', message: '"Thi đua" không hợp lệ (Xếp loại chất lượng, Xếp loại thực hiện nhiệm vụ CCHC).' }],
  ])('names %s', (_case, cells, error) => {
    expect(rowsToRatings([HEADER, cells], context).errors).toEqual([error]);
  });

  it('accepts headers and labels without marks and reports repaired names', () => {
    const { rows, errors, repairs } = rowsToRatings(
      [['Ma don vi', 'Ho va ten', 'Xep loai'], ['30904', 'Nguye\u0302\u0303n Va\u0306n An', 'hoan thanh tot nhiem vu'], ['', '', '']],
      context,
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.personId, r.rating])).toEqual([['p-1', 'good']]);
    expect(repairs).toEqual([{ row: 2, field: 'Họ và tên', from: 'nfd' }]);
  });
});

describe('ratingsToRows', () => {
  it('writes what rowsToRatings reads back', () => {
    const { header, rows } = ratingsToRows([
      { year: 2020, unitCode: '30904', unitName: 'Thị trấn Giồng Riềng', personId: 'p-1', fullName: 'Nguyễn Văn An', kind: 'overall', rating: 'good' },
      { year: 2020, unitCode: 'SNV-CCHC', unitName: 'Phòng CCHC', personId: null, fullName: null, kind: 'par_task', rating: 'outstanding' },
    ]);
    const back = rowsToRatings([header, ...rows], context);
    expect(back.errors).toEqual([]);
    expect(back.rows.map((r) => [r.unitCode, r.personId, r.kind, r.rating])).toEqual([
      ['30904', 'p-1', 'overall', 'good'],
      ['SNV-CCHC', null, 'par_task', 'outstanding'],
    ]);
  });
});

describe("the head's confirmation on a person's row (III.1.b)", () => {
  const WITH = [...HEADER, 'Thực hiện xuất sắc nhiệm vụ CCHC được giao', 'Trực tiếp thực hiện nhiệm vụ CCHC'];
  const read = (...lines: string[][]) => rowsToRatings([WITH, ...lines], context);

  it.each<[string, string[], { rating: string | null; parTasks: { excellent: boolean | null; directlyDoesParWork: boolean } }]>([
    ['a rating and a confirmation with priority', ['2020', 'Cá nhân', '30904', 'p-1', '', '', 'Hoàn thành tốt nhiệm vụ', 'Có', 'Có'], { rating: 'good', parTasks: { excellent: true, directlyDoesParWork: true } }],
    ['a confirmation alone (blank rating keeps the stored one)', ['2020', 'Cá nhân', '30904', 'p-1', '', '', '', 'Có', ''], { rating: null, parTasks: { excellent: true, directlyDoesParWork: false } }],
    ['a "không"', ['2020', 'Cá nhân', '30904', 'p-1', '', '', 'Hoàn thành nhiệm vụ', 'Không', 'Không'], { rating: 'adequate', parTasks: { excellent: false, directlyDoesParWork: false } }],
    ['a blank confirmation (removes a stored one)', ['2020', 'Cá nhân', '30904', 'p-1', '', '', 'Hoàn thành nhiệm vụ', '', ''], { rating: 'adequate', parTasks: { excellent: null, directlyDoesParWork: false } }],
  ])('reads %s', (_case, line, expected) => {
    const { rows, errors } = read(line);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject(expected);
  });

  it.each([
    ['a confirmation on a unit row', ['2020', 'Tập thể', '30904', '', '', '', 'Hoàn thành nhiệm vụ', 'Có', ''], 'Thực hiện xuất sắc nhiệm vụ CCHC được giao'],
    ['a priority without a confirmation', ['2020', 'Cá nhân', '30904', 'p-1', '', '', 'Hoàn thành nhiệm vụ', '', 'Có'], 'Trực tiếp thực hiện nhiệm vụ CCHC'],
    ['a row with neither rating nor confirmation', ['2020', 'Cá nhân', '30904', 'p-1', '', '', '', '', ''], 'Xếp loại'],
    ['a value other than Có/Không', ['2020', 'Cá nhân', '30904', 'p-1', '', '', 'Hoàn thành nhiệm vụ', 'Tốt', ''], 'Thực hiện xuất sắc nhiệm vụ CCHC được giao'],
  ])('names the column of %s', (_case, line, field) => {
    expect(read(line).errors.map((e) => [e.row, e.field])).toEqual([[2, field]]);
  });

  it('leaves confirmations alone when the file has no such column', () => {
    expect(rowsToRatings([HEADER, ['2020', 'Cá nhân', '30904', 'p-1', '', '', 'Hoàn thành nhiệm vụ']], context).rows[0].parTasks).toBeUndefined();
  });

  it('exports confirmations on the rating rows, and confirmed people not yet rated, so the file re-imports as it is', () => {
    const merged = withParTaskConfirmations(
      [{ year: 2020, unitCode: '30904', unitName: 'Thị trấn Giồng Riềng', personId: 'p-1', fullName: 'Nguyễn Văn An', kind: 'overall', rating: 'good' }],
      [
        { year: 2020, unitCode: '30904', unitName: 'Thị trấn Giồng Riềng', personId: 'p-1', fullName: 'Nguyễn Văn An', excellent: true, directlyDoesParWork: true },
        { year: 2020, unitCode: '30904', unitName: 'Thị trấn Giồng Riềng', personId: 'p-2', fullName: 'Trần Thị Bình', excellent: false, directlyDoesParWork: false },
      ],
    );
    const { header, rows } = ratingsToRows(merged);
    expect(header.slice(-2)).toEqual(['Thực hiện xuất sắc nhiệm vụ CCHC được giao', 'Trực tiếp thực hiện nhiệm vụ CCHC']);
    const back = rowsToRatings([header, ...rows], context);
    expect(back.errors).toEqual([]);
    expect(back.rows.map((r) => [r.personId, r.rating, r.parTasks])).toEqual([
      ['p-1', 'good', { excellent: true, directlyDoesParWork: true }],
      ['p-2', null, { excellent: false, directlyDoesParWork: false }],
    ]);
  });
});
