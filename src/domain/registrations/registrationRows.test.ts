import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRegistrationUnits, findRepeatedIndividuals, registrationsToRows, rowsToRegistrations, type RegistrationSheetEntry } from './registrationRows';

const DEFAULT = 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020';
const HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Nội dung đăng ký tập thể', 'Họ và tên', 'Chức vụ', 'Nội dung đăng ký cá nhân', 'Người lập biểu'];

const entries: RegistrationSheetEntry[] = [
  {
    unitCode: '30904',
    unitName: 'Thị trấn Giồng Riềng',
    content: DEFAULT,
    individuals: [
      { fullName: 'Nguyễn Văn Ước', position: 'Chủ tịch UBND', content: DEFAULT },
      { fullName: 'Trần Thị Phơn', position: 'Công chức Văn phòng - Thống kê', content: 'Nội dung riêng' },
    ],
    preparedBy: 'Lý Thị Cán Bộ',
  },
  { unitCode: '906-PNV', unitName: 'Phòng Nội vụ', content: 'Tập thể không có cá nhân', individuals: [], preparedBy: '' },
];

describe('registrationsToRows', () => {
  it('writes one row per individual and one row with empty person columns for a collective alone', () => {
    const { header, rows } = registrationsToRows(entries);
    expect(header).toEqual(HEADER);
    expect(rows).toEqual([
      ['30904', 'Thị trấn Giồng Riềng', DEFAULT, 'Nguyễn Văn Ước', 'Chủ tịch UBND', DEFAULT, 'Lý Thị Cán Bộ'],
      ['30904', 'Thị trấn Giồng Riềng', DEFAULT, 'Trần Thị Phơn', 'Công chức Văn phòng - Thống kê', 'Nội dung riêng', 'Lý Thị Cán Bộ'],
      ['906-PNV', 'Phòng Nội vụ', 'Tập thể không có cá nhân', '', '', '', ''],
    ]);
  });
});

describe('rowsToRegistrations', () => {
  const parse = (rows: string[][], header = HEADER) => rowsToRegistrations([header, ...rows], { defaultContent: DEFAULT });

  it('reads back what registrationsToRows wrote', () => {
    const { header, rows } = registrationsToRows(entries);
    const { registrations, errors } = parse(rows, header);
    expect(errors).toEqual([]);
    expect(registrations.map((r) => ({ unitCode: r.unitCode, unitName: r.unitName, content: r.content, individuals: r.individuals.map(({ fullName, position, content }) => ({ fullName, position, content })), preparedBy: r.preparedBy }))).toEqual(entries);
  });

  it.each([
    ['blank (older files, or a paper form that names nobody)', [['30904', '', '', 'A', 'B', '', '']], '', []],
    ['on one row of the unit only', [['30904', '', '', 'A', 'B', '', ''], ['30904', '', '', 'C', 'D', '', 'Lý Thị Cán Bộ']], 'Lý Thị Cán Bộ', []],
    ['the same person written without marks on another row', [['30904', '', '', 'A', 'B', '', 'Lý Thị Cán Bộ'], ['30904', '', '', 'C', 'D', '', 'ly thi can bo']], 'Lý Thị Cán Bộ', []],
    [
      'two different people for one unit',
      [['30904', '', '', 'A', 'B', '', 'Lý Thị Cán Bộ'], ['30904', '', '', 'C', 'D', '', 'Trần Văn Khác']],
      'Lý Thị Cán Bộ',
      [{ row: 3, field: 'Người lập biểu', message: 'Khác với người lập biểu của cùng đơn vị ở dòng 2; mỗi bản đăng ký có một người lập biểu.' }],
    ],
  ] as const)('reads Người lập biểu: %s', (_name, rows, preparedBy, errors) => {
    const parsed = parse(rows.map((r) => [...r]));
    expect(parsed.errors).toEqual(errors);
    expect(parsed.registrations[0].preparedBy).toBe(preparedBy);
  });

  it('round-trips any registrations (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
    const entry = fc.record({
      unitCode: fc.stringMatching(/^[0-9A-Z-]{1,8}$/),
      unitName: text,
      content: text,
      individuals: fc.uniqueArray(fc.record({ fullName: fc.constantFrom('Nguyễn Văn A', 'Trần Thị Bé', 'Lê Ước', 'Phạm Đễ'), position: text, content: text }), { selector: (i) => i.fullName, maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.unitCode, minLength: 1, maxLength: 5 }), (list) => {
        const { header, rows } = registrationsToRows(list);
        const { registrations, errors } = parse(rows, header);
        expect(errors).toEqual([]);
        expect(registrations.map((r) => ({ unitCode: r.unitCode, unitName: r.unitName, content: r.content, individuals: r.individuals.map(({ fullName, position, content }) => ({ fullName, position, content })) }))).toEqual(list);
      }),
    );
  });

  it('accepts columns in any order and empty contents as the campaign default', () => {
    const { registrations, errors } = parse([['Lê Văn C', 'Phó Chủ tịch', '30904']], ['Họ và tên', 'Chức vụ', 'Mã đơn vị']);
    expect(errors).toEqual([]);
    expect(registrations[0]).toMatchObject({ unitCode: '30904', content: DEFAULT, individuals: [{ fullName: 'Lê Văn C', position: 'Phó Chủ tịch', content: DEFAULT, row: 2 }] });
  });

  it('names missing header columns', () => {
    expect(parse([['30904']], ['Mã đơn vị']).errors).toEqual([
      { row: 1, field: 'Họ và tên', message: 'Thiếu cột "Họ và tên" trong dòng tiêu đề.' },
      { row: 1, field: 'Chức vụ', message: 'Thiếu cột "Chức vụ" trong dòng tiêu đề.' },
    ]);
    expect(rowsToRegistrations([HEADER], { defaultContent: DEFAULT }).errors[0].message).toMatch(/Tệp trống/);
  });

  it('reports each bad row with its Excel row number, column and a Vietnamese reason', () => {
    const { errors } = parse([
      ['30904', '', '', 'Nguyễn Văn Ước', 'Chủ tịch', ''],
      ['', '', '', 'Người Không Đơn Vị', 'Cán bộ', ''],
      ['30904', '', '', '', 'Phó Chủ tịch', ''],
      ['30904', '', '', 'NGUYEN VAN UOC', 'Chủ tịch', ''],
      ['30904', '', '', 'Trần Văn Không Chức', '', ''],
      ['30904', '', 'Nội dung khác', 'Lê Thị D', 'Văn thư', ''],
      ['309 04', '', '', 'Lê Thị E', 'Văn thư', ''],
    ]);
    expect(errors).toEqual([
      { row: 3, field: 'Mã đơn vị', message: 'Không được để trống.' },
      { row: 4, field: 'Họ và tên', message: 'Không được để trống khi dòng có chức vụ hoặc nội dung đăng ký cá nhân.' },
      { row: 5, field: 'Họ và tên', message: 'Cá nhân "NGUYEN VAN UOC" trùng với dòng 2 của cùng đơn vị; mỗi người chỉ được đăng ký một lần.' },
      { row: 6, field: 'Chức vụ', message: 'Không được để trống (chức vụ của Trần Văn Không Chức).' },
      { row: 8, field: 'Mã đơn vị', message: 'Mã "309 04" chỉ được gồm chữ không dấu, số và - _ . (tối đa 32 ký tự).' },
    ]);
  });

  it('refuses two different collective contents for one unit', () => {
    const { errors } = parse([
      ['30904', '', 'Nội dung A', 'Nguyễn Văn A', 'Chủ tịch', ''],
      ['30904', '', 'Nội dung B', 'Nguyễn Văn B', 'Phó Chủ tịch', ''],
      ['30904', '', '', 'Nguyễn Văn C', 'Văn thư', ''],
    ]);
    expect(errors).toEqual([{ row: 3, field: 'Nội dung đăng ký tập thể', message: 'Khác với nội dung đăng ký tập thể của cùng đơn vị ở dòng 2; mỗi đơn vị chỉ có một nội dung.' }]);
  });

  it('lets the same name register in two different units', () => {
    const { errors, registrations } = parse([
      ['30904', '', '', 'Nguyễn Văn A', 'Chủ tịch', ''],
      ['30817', '', '', 'Nguyễn Văn A', 'Chủ tịch', ''],
    ]);
    expect(errors).toEqual([]);
    expect(registrations).toHaveLength(2);
  });

  it('normalises decomposed text to NFC', () => {
    const { registrations } = parse([['30904', '', '', 'Nguyễn Văn Ước'.normalize('NFD'), 'Chủ tịch', '']]);
    expect(registrations[0].individuals[0].fullName).toBe('Nguyễn Văn Ước'.normalize('NFC'));
  });
});

describe('rowsToRegistrations through the table codec', () => {
  it('accepts headers without marks, skips blank rows and repairs VNI text, reporting it', () => {
    const { registrations, errors, repairs } = rowsToRegistrations(
      [['Ma don vi', 'Ho va ten', 'Chuc vu'], ['30904', 'Nguyeãn Vaên Öôùc', 'Chuû tòch UBND'], ['', '', '']],
      { defaultContent: DEFAULT },
    );
    expect(errors).toEqual([]);
    expect(registrations[0].individuals).toMatchObject([{ row: 2, fullName: 'Nguyễn Văn Ước', position: 'Chủ tịch UBND' }]);
    expect(repairs).toEqual([
      { row: 2, field: 'Họ và tên', from: 'vni' },
      { row: 2, field: 'Chức vụ', from: 'vni' },
    ]);
  });
});

describe('checkRegistrationUnits', () => {
  const { registrations } = rowsToRegistrations(
    [
      HEADER,
      ['99999', '', '', 'A', 'B', ''],
      ['30817', 'Thị trấn Hòn Đất', '', 'A', 'B', ''],
      ['91', '', '', '', '', ''],
      ['30904', 'Xã Thạnh Hưng', '', '', '', ''],
      ['30904', '', '', 'C', 'D', ''],
      ['30907', 'xa thanh hung', '', '', '', ''],
    ],
    { defaultContent: DEFAULT },
  );
  const units = new Map([
    ['30817', { name: 'Thị trấn Hòn Đất', inScope: false, participates: true }],
    ['91', { name: 'Tỉnh Kiên Giang', inScope: true, participates: false }],
    ['30904', { name: 'Thị trấn Giồng Riềng', inScope: true, participates: true }],
    ['30907', { name: 'Xã Thạnh Hưng', inScope: true, participates: true }],
  ]);

  it('reports unknown codes, units out of scope, non-participants and a name that is not the code’s unit, on every row of the unit', () => {
    expect(checkRegistrationUnits(registrations, units, 'Điểm a, Khoản 2, Mục II')).toEqual([
      { row: 2, field: 'Mã đơn vị', message: 'Không có đơn vị mã "99999" trong thời kỳ của đợt thi đua.' },
      { row: 3, field: 'Mã đơn vị', message: 'Đơn vị "30817" nằm ngoài phạm vi bạn được đăng ký.' },
      { row: 4, field: 'Mã đơn vị', message: 'Tỉnh Kiên Giang không thuộc đối tượng thi đua tập thể của kế hoạch (Điểm a, Khoản 2, Mục II).' },
      { row: 5, field: 'Tên đơn vị', message: '"Xã Thạnh Hưng" không khớp với đơn vị mã "30904" (Thị trấn Giồng Riềng); hãy kiểm tra mã đơn vị.' },
      { row: 6, field: 'Tên đơn vị', message: '"Xã Thạnh Hưng" không khớp với đơn vị mã "30904" (Thị trấn Giồng Riềng); hãy kiểm tra mã đơn vị.' },
    ]);
  });
});

describe('findRepeatedIndividuals: one person once per registration (form and import)', () => {
  it.each<[string, { personId?: string | null; fullName: string }[], { index: number; firstIndex: number }[]]>([
    ['the same recorded person twice', [{ personId: 'p1', fullName: 'Nguyễn Văn An' }, { personId: 'p1', fullName: 'Nguyễn Văn An' }], [{ index: 1, firstIndex: 0 }]],
    ['a new person named like a recorded one, ignoring case, spaces and marks', [{ personId: 'p1', fullName: 'Nguyễn Văn An' }, { fullName: ' nguyen  van AN ' }], [{ index: 1, firstIndex: 0 }]],
    ['the same new person twice', [{ fullName: 'Lê Thị Bình' }, { fullName: 'Trần Văn C' }, { fullName: 'Lê Thị Bình' }], [{ index: 2, firstIndex: 0 }]],
    ['three times: each repeat names the first', [{ fullName: 'A' }, { fullName: 'A' }, { personId: null, fullName: 'a' }], [{ index: 1, firstIndex: 0 }, { index: 2, firstIndex: 0 }]],
    ['two recorded people who share a name (the user picked both)', [{ personId: 'p1', fullName: 'Nguyễn Văn An' }, { personId: 'p2', fullName: 'Nguyễn Văn An' }], []],
    ['different people', [{ personId: 'p1', fullName: 'Nguyễn Văn An' }, { fullName: 'Nguyễn Văn Bình' }], []],
    // As the import matches people: without marks "Ân" and "An" are one name.
    ['names that differ only by marks', [{ personId: 'p1', fullName: 'Nguyễn Văn An' }, { fullName: 'Nguyễn Văn Ân' }], [{ index: 1, firstIndex: 0 }]],
  ])('%s', (_name, entries, repeated) => {
    expect(findRepeatedIndividuals(entries)).toEqual(repeated);
  });

  it('is the rule the import applies', () => {
    const { errors, registrations } = rowsToRegistrations(
      [
        ['Mã đơn vị', 'Họ và tên', 'Chức vụ'],
        ['30904', 'Nguyễn Văn An', 'Công chức'],
        ['30904', 'NGUYEN VAN AN', 'Công chức'],
        ['30817', 'Nguyễn Văn An', 'Công chức'],
      ],
      { defaultContent: 'Nội dung' },
    );
    expect(errors).toEqual([{ row: 3, field: 'Họ và tên', message: 'Cá nhân "NGUYEN VAN AN" trùng với dòng 2 của cùng đơn vị; mỗi người chỉ được đăng ký một lần.' }]);
    expect(registrations.map((r) => [r.unitCode, r.individuals.map((i) => i.row)])).toEqual([
      ['30904', [2]],
      ['30817', [4]],
    ]);
  });
});
