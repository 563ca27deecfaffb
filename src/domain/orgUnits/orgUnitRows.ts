/**
 * The one column layout of org units in XLSX and CSV, both ways: an export re-imports as it is.
 * Pure: the caller reads the file into rows of text and applies the result.
 */
export const ORG_UNIT_COLUMNS = [
  { key: 'code', header: 'Mã đơn vị', width: 14 },
  { key: 'name', header: 'Tên đơn vị', width: 50 },
  { key: 'shortName', header: 'Tên viết tắt', width: 20 },
  { key: 'kind', header: 'Loại đơn vị', width: 26 },
  { key: 'adminType', header: 'Loại hành chính', width: 16 },
  { key: 'parUnitLevel', header: 'Cấp chuyên trách CCHC', width: 22 },
  { key: 'parentCode', header: 'Mã đơn vị cấp trên', width: 18 },
  { key: 'validFrom', header: 'Hiệu lực từ', width: 14 },
  { key: 'validTo', header: 'Hiệu lực đến', width: 14 },
] as const;

export type OrgUnitKind = 'province' | 'department' | 'district' | 'commune' | 'par_unit' | 'central_agency';

export const KIND_LABELS: Record<OrgUnitKind, string> = {
  province: 'Tỉnh',
  department: 'Sở, ban, ngành',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  par_unit: 'Đơn vị chuyên trách CCHC',
  central_agency: 'Cơ quan Trung ương trên địa bàn',
};
const PAR_LEVEL_LABELS: Record<string, string> = { province: 'Cấp tỉnh', district: 'Cấp huyện' };
const ADMIN_TYPES = ['tinh', 'thanh_pho', 'thi_xa', 'huyen', 'xa', 'phuong', 'thi_tran', 'dac_khu'];

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
};

export type RowError = { row: number; field: string; message: string };

function isoToVn(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Accepts dd/mm/yyyy (what the export writes) or yyyy-mm-dd. */
export function parseDateCell(text: string): string | null | 'invalid' {
  const t = text.trim();
  if (!t) return null;
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return 'invalid';
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return 'invalid';
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Units → header and text rows, for XLSX or CSV. */
export function orgUnitsToRows(units: OrgUnitRow[]): { header: string[]; rows: string[][] } {
  return {
    header: ORG_UNIT_COLUMNS.map((c) => c.header),
    rows: units.map((u) => [
      u.code,
      u.name,
      u.shortName ?? '',
      KIND_LABELS[u.kind],
      u.adminType ?? '',
      u.parUnitLevel ? PAR_LEVEL_LABELS[u.parUnitLevel] : '',
      u.parentCode ?? '',
      isoToVn(u.validFrom),
      isoToVn(u.validTo),
    ]),
  };
}

function lookup(map: Record<string, string>, text: string): string | undefined {
  const t = text.trim();
  if (t in map) return t;
  return Object.keys(map).find((k) => map[k].toLowerCase() === t.toLowerCase());
}

/**
 * Text rows (header first) → units, or errors naming the row (as Excel numbers it: header = 1) and the column.
 * Checks: required cells, known kinds, dates, codes unique in the file, and every parent code present in the
 * file or among `existingCodes` of the era.
 */
export function rowsToOrgUnits(table: string[][], existingCodes: ReadonlySet<string>): { units: OrgUnitRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const units: OrgUnitRow[] = [];
  if (table.length === 0) return { units, errors: [{ row: 1, field: 'Tệp', message: 'Tệp trống: cần dòng tiêu đề và ít nhất một dòng dữ liệu.' }] };
  const header = table[0].map((h) => h.trim());
  const index: Partial<Record<(typeof ORG_UNIT_COLUMNS)[number]['key'], number>> = {};
  for (const col of ORG_UNIT_COLUMNS) {
    const i = header.findIndex((h) => h.toLowerCase() === col.header.toLowerCase() || h === col.key);
    if (i >= 0) index[col.key] = i;
  }
  for (const required of ['code', 'name', 'kind'] as const) {
    if (index[required] === undefined) {
      const header = ORG_UNIT_COLUMNS.find((c) => c.key === required)!.header;
      errors.push({ row: 1, field: header, message: `Thiếu cột "${header}" trong dòng tiêu đề.` });
    }
  }
  if (errors.length) return { units, errors };

  const seen = new Map<string, number>();
  table.slice(1).forEach((cells, i) => {
    const rowNo = i + 2;
    const get = (key: (typeof ORG_UNIT_COLUMNS)[number]['key']) => (index[key] === undefined ? '' : (cells[index[key]!] ?? '').trim());
    const err = (key: (typeof ORG_UNIT_COLUMNS)[number]['key'], message: string) =>
      errors.push({ row: rowNo, field: ORG_UNIT_COLUMNS.find((c) => c.key === key)!.header, message });

    const code = get('code');
    const name = get('name');
    if (!code) err('code', 'Không được để trống.');
    else if (!/^[A-Za-z0-9_.-]{1,32}$/.test(code)) err('code', `Mã "${code}" chỉ được gồm chữ không dấu, số và - _ . (tối đa 32 ký tự).`);
    else if (seen.has(code)) err('code', `Mã "${code}" trùng với dòng ${seen.get(code)}.`);
    else seen.set(code, rowNo);
    if (!name) err('name', 'Không được để trống.');
    else if (name.length > 200) err('name', 'Không được dài quá 200 ký tự.');
    const shortName = get('shortName');
    if (shortName.length > 100) err('shortName', 'Không được dài quá 100 ký tự.');

    const kindText = get('kind');
    const kind = lookup(KIND_LABELS, kindText) as OrgUnitKind | undefined;
    if (!kind) err('kind', `"${kindText}" không phải loại đơn vị hợp lệ (${Object.values(KIND_LABELS).join(', ')}).`);
    const adminType = get('adminType');
    if (adminType && !ADMIN_TYPES.includes(adminType)) err('adminType', `"${adminType}" không hợp lệ (${ADMIN_TYPES.join(', ')}).`);
    const levelText = get('parUnitLevel');
    const parUnitLevel = levelText ? (lookup(PAR_LEVEL_LABELS, levelText) as 'province' | 'district' | undefined) : null;
    if (parUnitLevel === undefined) err('parUnitLevel', `"${levelText}" không hợp lệ (Cấp tỉnh, Cấp huyện).`);
    if (kind === 'par_unit' && !parUnitLevel) err('parUnitLevel', 'Bắt buộc với đơn vị chuyên trách CCHC.');

    const validFrom = parseDateCell(get('validFrom'));
    if (validFrom === 'invalid') err('validFrom', `"${get('validFrom')}" không phải ngày hợp lệ (dd/mm/yyyy).`);
    const validTo = parseDateCell(get('validTo'));
    if (validTo === 'invalid') err('validTo', `"${get('validTo')}" không phải ngày hợp lệ (dd/mm/yyyy).`);
    if (validFrom && validTo && validFrom !== 'invalid' && validTo !== 'invalid' && validTo < validFrom) {
      err('validTo', 'Hiệu lực đến phải sau hiệu lực từ.');
    }
    const parentCode = get('parentCode') || null;
    if (parentCode === code && code) err('parentCode', 'Đơn vị không thể là cấp trên của chính nó.');
    if (kind && kind !== 'province' && !parentCode) err('parentCode', 'Không được để trống (chỉ cấp tỉnh không có cấp trên).');

    units.push({
      code,
      name,
      shortName: shortName || null,
      kind: kind ?? 'commune',
      adminType: adminType || null,
      parUnitLevel: parUnitLevel ?? null,
      parentCode,
      validFrom: validFrom === 'invalid' ? null : validFrom,
      validTo: validTo === 'invalid' ? null : validTo,
    });
  });

  const codesInFile = new Set(units.map((u) => u.code));
  units.forEach((u, i) => {
    if (u.parentCode && !codesInFile.has(u.parentCode) && !existingCodes.has(u.parentCode)) {
      errors.push({ row: i + 2, field: 'Mã đơn vị cấp trên', message: `Không tìm thấy đơn vị cấp trên có mã "${u.parentCode}".` });
    }
  });
  errors.sort((a, b) => a.row - b.row);
  return { units, errors };
}
