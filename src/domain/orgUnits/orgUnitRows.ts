import { ORG_UNIT_KIND_LABELS, type OrgUnitKind } from './orgUnitKind';
import { readTableSteps, runSteps, sortErrors, writeTable, type CellRepair, type WrittenTable, type RowError, type TableColumn, type Steps } from '../tabular/tableCodec';

export type { RowError } from '../tabular/tableCodec';
export { parseDateCell } from '../tabular/cellValues';

const PAR_LEVEL_LABELS = { province: 'Cấp tỉnh', district: 'Cấp huyện' } as const;
/** Administrative types by their names: exported as the name, imported by the name or the code ("thi_tran"). */
export const ADMIN_TYPE_LABELS = {
  tinh: 'Tỉnh',
  thanh_pho: 'Thành phố',
  thi_xa: 'Thị xã',
  huyen: 'Huyện',
  xa: 'Xã',
  phuong: 'Phường',
  thi_tran: 'Thị trấn',
  dac_khu: 'Đặc khu',
} as const satisfies Record<string, string>;
/** A plain address check (one @, a dot in the domain, no spaces): the mail server has the last word. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const kindInvalid = (text: string) => `"${text}" không phải loại đơn vị hợp lệ (${Object.values(ORG_UNIT_KIND_LABELS).join(', ')}).`;

/**
 * The one column layout of org units in XLSX and CSV, both ways: an export re-imports as it is.
 * Pure: the caller reads the file into rows of text and applies the result.
 */
export const ORG_UNIT_COLUMNS = [
  { key: 'code', header: 'Mã đơn vị', width: 14, required: true },
  { key: 'name', header: 'Tên đơn vị', width: 50, required: true },
  { key: 'shortName', header: 'Tên viết tắt', width: 20 },
  { key: 'kind', header: 'Loại đơn vị', width: 26, required: true, cell: { kind: 'enum', labels: ORG_UNIT_KIND_LABELS }, invalid: kindInvalid },
  { key: 'adminType', header: 'Loại hành chính', width: 16, cell: { kind: 'enum', labels: ADMIN_TYPE_LABELS } },
  { key: 'parUnitLevel', header: 'Cấp chuyên trách CCHC', width: 22, cell: { kind: 'enum', labels: PAR_LEVEL_LABELS } },
  { key: 'parentCode', header: 'Mã đơn vị cấp trên', width: 18 },
  { key: 'validFrom', header: 'Hiệu lực từ', width: 14, cell: { kind: 'date' } },
  { key: 'validTo', header: 'Hiệu lực đến', width: 14, cell: { kind: 'date' } },
  { key: 'email', header: 'Thư điện tử', width: 30 },
] as const satisfies readonly TableColumn[];

export type OrgUnitRow = {
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgUnitKind;
  adminType: string | null;
  parUnitLevel: 'province' | 'district' | null;
  parentCode: string | null;
  validFrom: string | null; // ISO
  validTo: string | null;
  /** Where notices are e-mailed; blank in an import keeps the unit's address (a file from before this column). */
  email: string | null;
};

/** Units → header and text rows, for XLSX or CSV. */
export function orgUnitsToRows(units: OrgUnitRow[]): WrittenTable {
  return writeTable(ORG_UNIT_COLUMNS, units);
}

/**
 * Text rows (header first) → units, or errors naming the row (as Excel numbers it: header = 1) and the column.
 * Checks: required cells, known kinds, dates, codes unique in the file, and every parent code present in the
 * file or among `existingCodes` of the era.
 */
export function rowsToOrgUnits(
  table: string[][],
  existingCodes: ReadonlySet<string>,
): { units: OrgUnitRow[]; errors: RowError[]; repairs: CellRepair[] } {
  return runSteps(rowsToOrgUnitsInSteps(table, existingCodes));
}

/** `rowsToOrgUnits` in steps (`readTableSteps`): the server reads a large file while other requests go on. */
export function* rowsToOrgUnitsInSteps(
  table: string[][],
  existingCodes: ReadonlySet<string>,
): Steps<{ units: OrgUnitRow[]; errors: RowError[]; repairs: CellRepair[] }> {
  const { records, errors, repairs } = yield* readTableSteps(table, ORG_UNIT_COLUMNS);
  const units: OrgUnitRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, values: v, text } of records) {
    const err = (key: (typeof ORG_UNIT_COLUMNS)[number]['key'], message: string) =>
      errors.push({ row, field: ORG_UNIT_COLUMNS.find((c) => c.key === key)!.header, message });
    const code = text.code;
    const name = text.name;
    if (!code) err('code', 'Không được để trống.');
    else if (!/^[A-Za-z0-9_.-]{1,32}$/.test(code)) err('code', `Mã "${code}" chỉ được gồm chữ không dấu, số và - _ . (tối đa 32 ký tự).`);
    else if (seen.has(code)) err('code', `Mã "${code}" trùng với dòng ${seen.get(code)}.`);
    else seen.set(code, row);
    if (!name) err('name', 'Không được để trống.');
    else if (name.length > 200) err('name', 'Không được dài quá 200 ký tự.');
    if (text.shortName.length > 100) err('shortName', 'Không được dài quá 100 ký tự.');
    const email = (text.email ?? '').trim();
    if (email && (email.length > 254 || !EMAIL.test(email))) err('email', `"${email}" không phải địa chỉ thư điện tử (ví dụ: snv@kiengiang.gov.vn).`);

    const kind = v.kind;
    if (kind === null) err('kind', kindInvalid(''));
    if (kind === 'par_unit' && !v.parUnitLevel) err('parUnitLevel', 'Bắt buộc với đơn vị chuyên trách CCHC.');
    if (v.validFrom && v.validTo && v.validTo < v.validFrom) err('validTo', 'Hiệu lực đến phải sau hiệu lực từ.');
    const parentCode = text.parentCode || null;
    if (parentCode === code && code) err('parentCode', 'Đơn vị không thể là cấp trên của chính nó.');
    if (kind && kind !== 'province' && !parentCode) err('parentCode', 'Không được để trống (chỉ cấp tỉnh không có cấp trên).');

    units.push({
      code,
      name,
      shortName: text.shortName || null,
      kind: kind ?? 'commune',
      adminType: v.adminType ?? null,
      parUnitLevel: v.parUnitLevel ?? null,
      parentCode,
      validFrom: v.validFrom ?? null,
      validTo: v.validTo ?? null,
      email: email || null,
    });
  }

  const codesInFile = new Set(units.map((u) => u.code));
  units.forEach((u, i) => {
    if (u.parentCode && !codesInFile.has(u.parentCode) && !existingCodes.has(u.parentCode)) {
      errors.push({ row: records[i].row, field: 'Mã đơn vị cấp trên', message: `Không tìm thấy đơn vị cấp trên có mã "${u.parentCode}".` });
    }
  });
  return { units, errors: sortErrors(errors, ORG_UNIT_COLUMNS), repairs };
}
