import type { RowError } from '../orgUnits/orgUnitRows';

/**
 * The unit head's attestations for a campaign in XLSX and CSV (III.1.a preconditions: "gương mẫu chấp hành tốt
 * chủ trương của Đảng, chính sách, pháp luật của Nhà nước" and "nội bộ đoàn kết"). One column layout both ways,
 * so an export re-imports as it is. A blank cell means "not attested"; a missing column leaves that value as it is.
 */
export const ATTESTATION_COLUMNS = [
  { key: 'unitCode', header: 'Mã đơn vị', width: 14 },
  { key: 'unitName', header: 'Tên đơn vị', width: 46 },
  { key: 'compliance', header: 'Gương mẫu chấp hành', width: 22 },
  { key: 'solidarity', header: 'Nội bộ đoàn kết', width: 18 },
] as const;

type ColumnKey = (typeof ATTESTATION_COLUMNS)[number]['key'];

export const YES = 'Có';
export const NO = 'Không';

export type AttestationExportRow = { unitCode: string; unitName: string; compliance: boolean | null; solidarity: boolean | null };

/** One parsed line; undefined = the column is absent from the file (keep the stored value). */
export type AttestationImportRow = { row: number; unitCode: string; compliance: boolean | null | undefined; solidarity: boolean | null | undefined };

export function normalCell(text: string): string {
  return text.trim().normalize('NFC').toLocaleLowerCase('vi');
}

export function yesNoText(value: boolean | null): string {
  return value === null ? '' : value ? YES : NO;
}

/** "Có" / "Không" / blank → true / false / null; anything else → 'invalid'. */
export function parseYesNo(text: string): boolean | null | 'invalid' {
  const t = normalCell(text);
  if (t === '') return null;
  if (t === normalCell(YES)) return true;
  if (t === normalCell(NO)) return false;
  return 'invalid';
}

/** Finds each column's index by its header (or its key), case- and NFC-insensitive. */
export function columnIndex<K extends string>(headerRow: readonly string[], columns: readonly { key: K; header: string }[]): Partial<Record<K, number>> {
  const header = headerRow.map((h) => normalCell(h ?? ''));
  const index: Partial<Record<K, number>> = {};
  for (const col of columns) {
    const i = header.findIndex((h) => h === normalCell(col.header) || h === col.key.toLowerCase());
    if (i >= 0) index[col.key] = i;
  }
  return index;
}

/** Attestations → header and text rows for XLSX or CSV. */
export function attestationsToRows(list: readonly AttestationExportRow[]): { header: string[]; rows: string[][] } {
  return {
    header: ATTESTATION_COLUMNS.map((c) => c.header),
    rows: list.map((a) => [a.unitCode, a.unitName, yesNoText(a.compliance), yesNoText(a.solidarity)]),
  };
}

/**
 * Text rows (header first) → attestations to store, or errors naming the row (header = 1, as Excel counts) and the
 * column. "Tên đơn vị" is for people reading the file and is not checked.
 * @param context.unitCodes the units the caller may attest for (the campaign's era, within their scope)
 * @param context.ownUnitOnly true for a unit head: a unit outside the set is "not yours", not "unknown"
 */
export function rowsToAttestations(
  table: string[][],
  context: { unitCodes: ReadonlySet<string>; ownUnitOnly: boolean },
): { rows: AttestationImportRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const rows: AttestationImportRow[] = [];
  const headerOf = (key: ColumnKey) => ATTESTATION_COLUMNS.find((c) => c.key === key)!.header;
  if (table.length === 0) {
    return { rows, errors: [{ row: 1, field: 'Tệp', message: 'Tệp trống: cần dòng tiêu đề và ít nhất một dòng dữ liệu.' }] };
  }
  const index = columnIndex(table[0], ATTESTATION_COLUMNS);
  if (index.unitCode === undefined) errors.push({ row: 1, field: headerOf('unitCode'), message: `Thiếu cột "${headerOf('unitCode')}" trong dòng tiêu đề.` });
  if (index.compliance === undefined && index.solidarity === undefined) {
    errors.push({ row: 1, field: headerOf('compliance'), message: `Cần ít nhất một trong hai cột "${headerOf('compliance')}", "${headerOf('solidarity')}".` });
  }
  if (errors.length > 0) return { rows, errors };

  const seen = new Map<string, number>();
  table.slice(1).forEach((cells, i) => {
    const rowNo = i + 2;
    if (cells.every((c) => (c ?? '').trim() === '')) return;
    const get = (key: ColumnKey) => (index[key] === undefined ? '' : (cells[index[key]!] ?? '').trim());
    const before = errors.length;
    const err = (key: ColumnKey, message: string) => errors.push({ row: rowNo, field: headerOf(key), message });

    const unitCode = get('unitCode');
    if (!unitCode) err('unitCode', 'Không được để trống.');
    else if (!context.unitCodes.has(unitCode)) {
      err('unitCode', context.ownUnitOnly ? `Đơn vị "${unitCode}" không phải đơn vị của bạn: thủ trưởng chỉ xác nhận cho đơn vị mình.` : `Không có đơn vị mã "${unitCode}" trong cây đơn vị của đợt thi đua.`);
    }
    const flag = (key: 'compliance' | 'solidarity'): boolean | null | undefined => {
      if (index[key] === undefined) return undefined;
      const value = parseYesNo(get(key));
      if (value === 'invalid') {
        err(key, `"${get(key)}" không hợp lệ (${YES}, ${NO} hoặc để trống).`);
        return undefined;
      }
      return value;
    };
    const compliance = flag('compliance');
    const solidarity = flag('solidarity');
    if (errors.length > before) return;
    if (seen.has(unitCode)) {
      err('unitCode', `Trùng với dòng ${seen.get(unitCode)} (cùng đơn vị).`);
      return;
    }
    seen.set(unitCode, rowNo);
    rows.push({ row: rowNo, unitCode, compliance, solidarity });
  });
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors };
}
