import { describe, expect, it } from 'vitest';
import { eachRecord, readTable, readTableSteps, sortErrors, writeTable, type TableColumn } from './tableCodec';

const LEVELS = { province: 'Cấp tỉnh', district: 'Cấp huyện' } as const;
const COLUMNS = [
  { key: 'code', header: 'Mã đơn vị', required: true },
  { key: 'name', header: 'Tên đơn vị', aliases: ['Tên'], cell: { kind: 'text', collapseSpaces: true } },
  { key: 'from', header: 'Hiệu lực từ', cell: { kind: 'date' } },
  { key: 'solidarity', header: 'Nội bộ đoàn kết', cell: { kind: 'yesNo' } },
  { key: 'score', header: 'Điểm', cell: { kind: 'decimal' } },
  { key: 'rank', header: 'Thứ hạng', cell: { kind: 'integer' } },
  { key: 'level', header: 'Cấp', cell: { kind: 'enum', labels: LEVELS }, invalid: (t) => `"${t}": cấp không hợp lệ.` },
] as const satisfies readonly TableColumn[];
const HEADER = COLUMNS.map((c) => c.header);

const read = (...rows: string[][]) => readTable([HEADER, ...rows], COLUMNS);

describe('readTable', () => {
  it('reads every kind of cell', () => {
    const { records, errors, repairs } = read(['91', ' Tỉnh  Kiên   Giang ', '3/3/2020', 'có', '91,47', '2', 'Cấp tỉnh']);
    expect(errors).toEqual([]);
    expect(repairs).toEqual([]);
    expect(records).toEqual([
      {
        row: 2,
        values: { code: '91', name: 'Tỉnh Kiên Giang', from: '2020-03-03', solidarity: true, score: 91.47, rank: 2, level: 'province' },
        text: { code: '91', name: 'Tỉnh  Kiên   Giang', from: '3/3/2020', solidarity: 'có', score: '91,47', rank: '2', level: 'Cấp tỉnh' },
      },
    ]);
  });

  it.each([
    ['no row at all', [], [{ row: 1, field: 'Tệp', message: 'Tệp trống: cần dòng tiêu đề và ít nhất một dòng dữ liệu.' }]],
    ['a header only', [HEADER], [{ row: 1, field: 'Tệp', message: 'Tệp trống: cần dòng tiêu đề và ít nhất một dòng dữ liệu.' }]],
    ['a header and blank rows', [HEADER, ['', ' '], []], [{ row: 1, field: 'Tệp', message: 'Tệp trống: cần dòng tiêu đề và ít nhất một dòng dữ liệu.' }]],
    ['a missing required column', [['Tên đơn vị'], ['x']], [{ row: 1, field: 'Mã đơn vị', message: 'Thiếu cột "Mã đơn vị" trong dòng tiêu đề.' }]],
    ['a header of the wrong sheet', [['Họ và tên', 'Chức vụ'], ['A', 'B']], [{ row: 1, field: 'Mã đơn vị', message: 'Thiếu cột "Mã đơn vị" trong dòng tiêu đề.' }]],
  ])('refuses %s', (_case, table, errors) => {
    expect(readTable(table, COLUMNS)).toMatchObject({ records: [], errors });
  });

  it.each([
    ['the exact header', 'Mã đơn vị'],
    ['another case and spaces', '  MÃ  ĐƠN VỊ '],
    ['decomposed marks', 'Mã đơn vị'.normalize('NFD')],
    ['no marks', 'Ma don vi'],
    ['the key', 'code'],
    ['TCVN3 from an old XLSX', 'M· ®¬n vÞ'],
  ])('finds a column by %s', (_case, header) => {
    expect(readTable([[header], ['91']], COLUMNS).records[0].values.code).toBe('91');
  });

  it('takes an alias, and an exact header before a header without marks', () => {
    expect(readTable([['Tên', 'Mã đơn vị'], ['Sở Nội vụ', 'SNV']], COLUMNS).records[0].values).toMatchObject({ code: 'SNV', name: 'Sở Nội vụ' });
  });

  it('skips blank rows but keeps Excel row numbers', () => {
    expect(read(['1'], ['', '', ''], ['2']).records.map((r) => [r.row, r.values.code])).toEqual([
      [2, '1'],
      [4, '2'],
    ]);
  });

  it('reads an absent optional column as blank', () => {
    const { records, present } = readTable([['Mã đơn vị'], ['91']], COLUMNS);
    expect(records[0].values).toEqual({ code: '91', name: '', from: null, solidarity: null, score: null, rank: null, level: null });
    expect([...present]).toEqual(['code']);
  });

  it.each([
    ['Hiệu lực từ', '31/02/2020', '"31/02/2020" không phải ngày hợp lệ (dd/mm/yyyy).'],
    ['Hiệu lực từ', 'hôm nay', '"hôm nay" không phải ngày hợp lệ (dd/mm/yyyy).'],
    ['Nội bộ đoàn kết', 'Đạt', '"Đạt" không hợp lệ (Có, Không hoặc để trống).'],
    ['Điểm', '9,1,2', '"9,1,2" không phải số hợp lệ (ví dụ 91,47).'],
    ['Điểm', '1e2', '"1e2" không phải số hợp lệ (ví dụ 91,47).'],
    ['Thứ hạng', '2,5', '"2,5" không phải số nguyên hợp lệ.'],
    ['Cấp', 'Cấp xã', '"Cấp xã": cấp không hợp lệ.'],
  ])('names the cell of a bad %s: %j', (field, text, message) => {
    const cells = HEADER.map((h) => (h === field ? text : h === 'Mã đơn vị' ? '91' : ''));
    const { errors, records } = read(cells);
    expect(errors).toEqual([{ row: 2, field, message }]);
    expect(records[0].values).not.toHaveProperty(COLUMNS.find((c) => c.header === field)!.key);
  });

  it.each([
    ['2020-03-31', '2020-03-31'],
    ['31/03/2020', '2020-03-31'],
    ['29/02/2020', '2020-02-29'],
    ['', null],
  ])('reads the date %j as %j', (text, iso) => {
    expect(read(['1', '', text]).records[0].values.from).toBe(iso);
  });

  it.each([
    ['Có', true],
    ['KHÔNG', false],
    ['khong', false],
    ['', null],
  ])('reads yes/no %j as %j', (text, value) => {
    expect(read(['1', '', '', text]).records[0].values.solidarity).toBe(value);
  });

  it.each([
    ['91,47', 91.47],
    ['91.47', 91.47],
    ['1 000', 1000],
    ['0', 0],
    ['', null],
  ])('reads the decimal %j as %j', (text, value) => {
    expect(read(['1', '', '', '', text]).records[0].values.score).toBe(value);
  });

  it.each([
    ['Cấp huyện', 'district'],
    ['district', 'district'],
    ['cap huyen', 'district'],
    ['', null],
  ])('reads the enum %j as %j', (text, value) => {
    expect(read(['1', '', '', '', '', '', text]).records[0].values.level).toBe(value);
  });

  it('repairs decomposed, TCVN3 and VNI cells and reports each', () => {
    const { records, repairs } = read(['1', 'Huye\u0302\u0323n Go\u0300 Quao'], ['2', 'Së Néi vô'], ['3', 'Ñoâng Hoøa']);
    expect(records.map((r) => r.values.name)).toEqual(['Huyện Gò Quao', 'Sở Nội vụ', 'Đông Hòa']);
    expect(repairs).toEqual([
      { row: 2, field: 'Tên đơn vị', from: 'nfd' },
      { row: 3, field: 'Tên đơn vị', from: 'tcvn3' },
      { row: 4, field: 'Tên đơn vị', from: 'vni' },
    ]);
  });

  it('decodes, in a TCVN3 sheet, a cell that reads as Vietnamese either way ("Cã" is "Có")', () => {
    const { records, repairs } = read(['1', 'Së Néi vô', '', 'Cã']);
    expect(records[0].values).toMatchObject({ name: 'Sở Nội vụ', solidarity: true });
    expect(repairs.map((r) => [r.field, r.from])).toEqual([
      ['Tên đơn vị', 'tcvn3'],
      ['Nội bộ đoàn kết', 'tcvn3'],
    ]);
  });

  it('does not assume an encoding when cells disagree', () => {
    const { repairs, errors } = read(['1', 'Së Néi vô', '', 'Cã'], ['2', 'Ñoâng Hoøa']);
    expect(repairs.map((r) => r.from)).toEqual(['tcvn3', 'vni']);
    expect(errors.map((e) => e.field)).toEqual(['Nội bộ đoàn kết']);
  });
});

describe('readTableSteps', () => {
  // A TCVN3 cell on the last row: the encoding it agrees on must still decode "Cã" on the first row, two steps before.
  const rows = Array.from({ length: 7 }, (_, i) => [String(i + 1), i === 6 ? 'Së Néi vô' : `Đơn vị ${i}`, '', i === 0 ? 'Cã' : '', '', '', i === 3 ? 'cấp xã' : 'cap huyen']);

  it('reads what readTable reads, yielding between slices of rows', () => {
    const steps = readTableSteps([HEADER, ...rows], COLUMNS, {}, 2);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields += 1;
    expect(step.value).toEqual(readTable([HEADER, ...rows], COLUMNS));
    // Repairing 7 rows by 2 (3 yields), then parsing them by 2 (4 yields).
    expect(yields).toBe(7);
    expect(step.value.records[0].values).toMatchObject({ solidarity: true, level: 'district' });
    expect(step.value.errors).toEqual([{ row: 5, field: 'Cấp', message: '"cấp xã": cấp không hợp lệ.' }]);
  });

  it('yields nothing for a refused file', () => {
    const steps = readTableSteps([['Tên đơn vị'], ['x']], COLUMNS, {}, 1);
    expect(steps.next()).toMatchObject({ done: true, value: { errors: [{ row: 1, field: 'Mã đơn vị' }] } });
  });
});

describe('eachRecord', () => {
  const walk = (...rows: string[][]) => {
    const result = read(...rows);
    const seen: { row: number; code: string; cleanBefore: boolean; cleanAfter: boolean }[] = [];
    eachRecord(result, COLUMNS, ({ row }, { get, err, clean }) => {
      const cleanBefore = clean();
      if (get('code') === 'x') err('code', 'Mã sai.');
      seen.push({ row, code: get('code'), cleanBefore, cleanAfter: clean() });
    });
    return { seen, errors: result.errors };
  };

  it('gives each record its cells’ text, by column key', () => {
    expect(walk(['91', 'Tỉnh'], ['906', 'Huyện']).seen.map((r) => [r.row, r.code])).toEqual([
      [2, '91'],
      [3, '906'],
    ]);
  });

  it('says a row with a bad cell is not clean', () => {
    expect(walk(['91', 'Tỉnh', '31/02/2020']).seen[0].cleanBefore).toBe(false);
  });

  it('says a row is no longer clean once the reader adds an error to it, and only that row', () => {
    expect(walk(['x', 'Sai'], ['91', 'Tỉnh']).seen.map((r) => r.cleanAfter)).toEqual([false, true]);
  });

  it('adds the reader’s error on the row, in the column named by its header', () => {
    expect(walk(['91', 'Tỉnh'], ['x', 'Sai']).errors).toEqual([{ row: 3, field: 'Mã đơn vị', message: 'Mã sai.' }]);
  });
});

describe('sortErrors', () => {
  it('orders by row, then by column', () => {
    const errors = [
      { row: 3, field: 'Cấp', message: 'c' },
      { row: 2, field: 'Điểm', message: 'b' },
      { row: 2, field: 'Mã đơn vị', message: 'a' },
    ];
    expect(sortErrors(errors, COLUMNS).map((e) => e.message)).toEqual(['a', 'b', 'c']);
  });
});

describe('writeTable', () => {
  it('writes what readTable reads back', () => {
    const record = { code: '91', name: 'Tỉnh Kiên Giang', from: '2020-03-03', solidarity: false, score: 91.47, rank: 1, level: 'district' } as const;
    const { header, rows } = writeTable(COLUMNS, [record, { code: '92' }]);
    expect(header).toEqual(HEADER);
    expect(rows).toEqual([
      ['91', 'Tỉnh Kiên Giang', '03/03/2020', 'Không', '91,47', '1', 'Cấp huyện'],
      ['92', '', '', '', '', '', ''],
    ]);
    expect(readTable([header, ...rows], COLUMNS).records.map((r) => r.values)[0]).toEqual(record);
  });
});
