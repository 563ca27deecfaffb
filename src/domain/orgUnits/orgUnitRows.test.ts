import { describe, expect, it } from 'vitest';
import { orgUnitsToRows, parseDateCell, rowsToOrgUnits, type OrgUnitRow } from './orgUnitRows';

const units: OrgUnitRow[] = [
  { code: '91', name: 'Tỉnh Kiên Giang', shortName: null, kind: 'province', adminType: 'tinh', parUnitLevel: null, parentCode: null, validFrom: '2020-01-01', validTo: '2025-06-30', email: null },
  { code: '906', name: 'Huyện Giồng Riềng', shortName: null, kind: 'district', adminType: 'huyen', parUnitLevel: null, parentCode: '91', validFrom: '2020-01-01', validTo: null, email: 'ubnd@giongrieng.kiengiang.gov.vn' },
  { code: '906-PNV', name: 'Phòng Nội vụ Huyện Giồng Riềng', shortName: 'Phòng Nội vụ', kind: 'par_unit', adminType: null, parUnitLevel: 'district', parentCode: '906', validFrom: '2020-01-01', validTo: null, email: null },
];

function table(...rows: string[][]) {
  return [orgUnitsToRows([]).header, ...rows];
}

describe('rowsToOrgUnits', () => {
  it('reads back exactly what orgUnitsToRows wrote', () => {
    const { header, rows } = orgUnitsToRows(units);
    expect(rowsToOrgUnits([header, ...rows], new Set())).toEqual({ units, errors: [], repairs: [] });
  });

  it('reads the notice e-mail column and refuses an address that is not one', () => {
    const { units: read, errors } = rowsToOrgUnits(
      table(
        ['30904', 'Thị trấn Giồng Riềng', '', 'Cấp xã', 'thi_tran', '', '906', '', '', ' tt@giongrieng.kiengiang.gov.vn '],
        ['30907', 'Xã Thạnh Hưng', '', 'Cấp xã', '', '', '906', '', '', 'thanh hung@gov'],
      ),
      new Set(['906']),
    );
    expect(read[0].email).toBe('tt@giongrieng.kiengiang.gov.vn');
    expect(errors).toEqual([{ row: 3, field: 'Thư điện tử', message: '"thanh hung@gov" không phải địa chỉ thư điện tử (ví dụ: snv@kiengiang.gov.vn).' }]);
  });

  it('reports each bad row with its Excel row number and column', () => {
    const { errors } = rowsToOrgUnits(
      table(
        ['30904', 'Thị trấn Giồng Riềng', '', 'Cấp xã', 'thi_tran', '', '906', '', ''],
        ['', 'Không mã', '', 'Cấp xã', '', '', '906', '', ''],
        ['30907', 'Xã Thạnh Hưng', '', 'Ấp', '', '', '906', '31/02/2020', ''],
        ['30904', 'Trùng mã', '', 'Cấp xã', '', '', '999', '', ''],
      ),
      new Set(['906']),
    );
    expect(errors).toEqual([
      { row: 3, field: 'Mã đơn vị', message: 'Không được để trống.' },
      { row: 4, field: 'Loại đơn vị', message: expect.stringContaining('"Ấp" không phải loại đơn vị hợp lệ') },
      { row: 4, field: 'Hiệu lực từ', message: expect.stringContaining('"31/02/2020" không phải ngày hợp lệ') },
      { row: 5, field: 'Mã đơn vị', message: 'Mã "30904" trùng với dòng 2.' },
      { row: 5, field: 'Mã đơn vị cấp trên', message: 'Không tìm thấy đơn vị cấp trên có mã "999".' },
    ]);
  });

  it('names a missing header column', () => {
    expect(rowsToOrgUnits([['Mã đơn vị', 'Tên đơn vị']], new Set()).errors[0].message).toBe('Thiếu cột "Loại đơn vị" trong dòng tiêu đề.');
  });

  it('requires the PAR level for a specialised PAR unit', () => {
    const { errors } = rowsToOrgUnits(table(['X-PNV', 'Phòng Nội vụ X', '', 'Đơn vị chuyên trách CCHC', '', '', '906', '', '']), new Set(['906']));
    expect(errors.map((e) => e.field)).toEqual(['Cấp chuyên trách CCHC']);
  });

  it('accepts machine codes as well as Vietnamese labels for the kind', () => {
    const { units: parsed, errors } = rowsToOrgUnits(table(['1', 'A', '', 'commune', '', '', '906', '', '']), new Set(['906']));
    expect(errors).toEqual([]);
    expect(parsed[0].kind).toBe('commune');
  });
});

describe('rowsToOrgUnits through the table codec', () => {
  it('accepts headers without marks, skips blank rows and reports repaired text', () => {
    const { units, errors, repairs } = rowsToOrgUnits(
      [
        ['Ma don vi', 'TEN DON VI', 'Loai don vi', 'Ma don vi cap tren'],
        ['', '', '', ''],
        ['30904', 'Thi\u0323 tra\u0302\u0301n Gio\u0302\u0300ng Rie\u0302\u0300ng', 'cap xa', '906'],
        ['30907', 'X· Th¹nh H\u00adng', 'Cấp xã', '906'],
      ],
      new Set(['906']),
    );
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.code, u.name, u.kind])).toEqual([
      ['30904', 'Thị trấn Giồng Riềng', 'commune'],
      ['30907', 'Xã Thạnh Hưng', 'commune'],
    ]);
    expect(repairs).toEqual([
      { row: 3, field: 'Tên đơn vị', from: 'nfd' },
      { row: 4, field: 'Tên đơn vị', from: 'tcvn3' },
    ]);
  });

  it.each([
    ['a header only', [orgUnitsToRows([]).header], 'Tệp'],
    ['an impossible day', table(['1', 'A', '', 'Cấp xã', '', '', '906', '30/02/2020', '']), 'Hiệu lực từ'],
    ['an unknown administrative type', table(['1', 'A', '', 'Cấp xã', 'ap', '', '906', '', '']), 'Loại hành chính'],
  ])('refuses %s', (_case, rows, field) => {
    expect(rowsToOrgUnits(rows, new Set(['906'])).errors.map((e) => e.field)).toEqual([field]);
  });
});

describe('parseDateCell', () => {
  it.each([
    ['31/03/2020', '2020-03-31'],
    ['1/4/2020', '2020-04-01'],
    ['2020-03-31', '2020-03-31'],
    ['', null],
    ['29/02/2021', 'invalid'],
    ['hôm nay', 'invalid'],
  ])('%s → %s', (input, expected) => {
    expect(parseDateCell(input)).toBe(expected);
  });
});
