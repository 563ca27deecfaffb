import { eachRecord, readTableSteps, runSteps, sortErrors, writeTable, type CellRepair, type WrittenTable, type RowError, type TableColumn, type Steps } from '../tabular/tableCodec';

export { NO, YES } from '../tabular/cellValues';

/**
 * The unit head's attestations for a campaign in XLSX and CSV (III.1.a preconditions: "gương mẫu chấp hành tốt
 * chủ trương của Đảng, chính sách, pháp luật của Nhà nước" and "nội bộ đoàn kết"). One column layout both ways,
 * so an export re-imports as it is. A blank cell means "not attested"; a missing column leaves that value as it is.
 */
export const ATTESTATION_COLUMNS = [
  { key: 'unitCode', header: 'Mã đơn vị', width: 14, required: true },
  { key: 'unitName', header: 'Tên đơn vị', width: 46 },
  { key: 'compliance', header: 'Gương mẫu chấp hành', width: 22, cell: { kind: 'yesNo' } },
  { key: 'solidarity', header: 'Nội bộ đoàn kết', width: 18, cell: { kind: 'yesNo' } },
] as const satisfies readonly TableColumn[];

export type AttestationExportRow = { unitCode: string; unitName: string; compliance: boolean | null; solidarity: boolean | null };

/** One parsed line; undefined = the column is absent from the file (keep the stored value). */
export type AttestationImportRow = { row: number; unitCode: string; compliance: boolean | null | undefined; solidarity: boolean | null | undefined };

/** Attestations → header and text rows for XLSX or CSV. */
export function attestationsToRows(list: readonly AttestationExportRow[]): WrittenTable {
  return writeTable(ATTESTATION_COLUMNS, list);
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
): { rows: AttestationImportRow[]; errors: RowError[]; repairs: CellRepair[] } {
  return runSteps(rowsToAttestationsInSteps(table, context));
}

/** `rowsToAttestations` in steps (`readTableSteps`): the server reads a large file while other requests go on. */
export function* rowsToAttestationsInSteps(
  table: string[][],
  context: { unitCodes: ReadonlySet<string>; ownUnitOnly: boolean },
): Steps<{ rows: AttestationImportRow[]; errors: RowError[]; repairs: CellRepair[] }> {
  const { records, errors, repairs, present } = yield* readTableSteps(table, ATTESTATION_COLUMNS, { requireOneOf: [['compliance', 'solidarity']] });
  const rows: AttestationImportRow[] = [];
  const seen = new Map<string, number>();
  eachRecord({ records, errors }, ATTESTATION_COLUMNS, ({ row: rowNo, values }, { get, err, clean }) => {

    const unitCode = get('unitCode');
    if (!unitCode) err('unitCode', 'Không được để trống.');
    else if (!context.unitCodes.has(unitCode)) {
      err('unitCode', context.ownUnitOnly ? `Đơn vị "${unitCode}" không phải đơn vị của bạn: thủ trưởng chỉ xác nhận cho đơn vị mình.` : `Không có đơn vị mã "${unitCode}" trong cây đơn vị của đợt thi đua.`);
    }
    // An absent column is undefined: the stored value stays.
    const flag = (key: 'compliance' | 'solidarity') => (present.has(key) ? values[key] : undefined);
    const compliance = flag('compliance');
    const solidarity = flag('solidarity');
    if (!clean()) return;
    if (seen.has(unitCode)) {
      err('unitCode', `Trùng với dòng ${seen.get(unitCode)} (cùng đơn vị).`);
      return;
    }
    seen.set(unitCode, rowNo);
    rows.push({ row: rowNo, unitCode, compliance, solidarity });
  });
  return { rows, errors: sortErrors(errors, ATTESTATION_COLUMNS), repairs };
}
