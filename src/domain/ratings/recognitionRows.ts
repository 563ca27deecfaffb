import { normalLabel } from '../tabular/cellValues';
import { eachRecord, readTableSteps, runSteps, sortErrors, writeTable, type CellRepair, type WrittenTable, type RowError, type TableColumn, type Steps } from '../tabular/tableCodec';

/**
 * A district's recognition of its most outstanding commune (Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III) in XLSX and
 * CSV. One column layout both ways, so an export re-imports as it is. Import sets the recognitions named in the
 * file; the others stay (withdrawing one is a separate, deliberate act).
 */
export const RECOGNITION_COLUMNS = [
  { key: 'districtCode', header: 'Mã huyện', width: 10 },
  { key: 'districtName', header: 'Tên huyện', width: 28 },
  { key: 'communeCode', header: 'Mã xã', width: 10, required: true },
  { key: 'communeName', header: 'Tên xã', width: 30 },
  { key: 'decisionReference', header: 'Số quyết định', width: 20 },
  { key: 'recognisedAt', header: 'Ngày công nhận', width: 16, cell: { kind: 'date' } },
] as const satisfies readonly TableColumn[];

/** Longest "Số quyết định" kept, as for entry (RecognitionBody). */
export const DECISION_REFERENCE_MAX = 100;

export type RecognitionExportRow = {
  districtCode: string;
  districtName: string;
  communeCode: string;
  communeName: string;
  decisionReference: string | null;
  /** yyyy-mm-dd */
  recognisedAt: string | null;
};

export type RecognitionImportRow = { row: number; communeCode: string; decisionReference: string | null; recognisedAt: string | null };

/** Recognitions → header and text rows for XLSX or CSV (dates as dd/mm/yyyy). */
export function recognitionsToRows(list: readonly RecognitionExportRow[]): WrittenTable {
  return writeTable(RECOGNITION_COLUMNS, list);
}

/**
 * Text rows (header first) → recognitions to store, or errors naming the row (header = 1, as Excel counts) and the
 * column. Names are for people reading the file and are not checked; "Mã huyện", when given, must be the commune's.
 * @param context.communes the communes the caller may recognise (of a district, in the campaign's era, within their
 *   scope), by code, with their district's code
 * @param context.districtOnly true for a district aggregator: a commune outside the set is "not in your district"
 */
export function rowsToRecognitions(
  table: string[][],
  context: { communes: ReadonlyMap<string, { districtCode: string }>; districtOnly: boolean },
): { rows: RecognitionImportRow[]; errors: RowError[]; repairs: CellRepair[] } {
  return runSteps(rowsToRecognitionsInSteps(table, context));
}

/** `rowsToRecognitions` in steps (`readTableSteps`): the server reads a large file while other requests go on. */
export function* rowsToRecognitionsInSteps(
  table: string[][],
  context: { communes: ReadonlyMap<string, { districtCode: string }>; districtOnly: boolean },
): Steps<{ rows: RecognitionImportRow[]; errors: RowError[]; repairs: CellRepair[] }> {
  const { records, errors, repairs } = yield* readTableSteps(table, RECOGNITION_COLUMNS);
  const rows: RecognitionImportRow[] = [];
  const seen = new Map<string, number>();
  eachRecord({ records, errors }, RECOGNITION_COLUMNS, ({ row: rowNo, values }, { get, err, clean }) => {

    const communeCode = get('communeCode');
    const commune = context.communes.get(communeCode);
    if (!communeCode) err('communeCode', 'Không được để trống.');
    else if (!commune) {
      err(
        'communeCode',
        context.districtOnly
          ? `Xã mã "${communeCode}" không thuộc huyện của bạn: chỉ công nhận xã trong huyện mình.`
          : `Không có xã, phường, thị trấn mã "${communeCode}" thuộc một huyện trong cây đơn vị của đợt thi đua.`,
      );
    }
    const districtCode = get('districtCode');
    if (commune && districtCode && normalLabel(districtCode) !== normalLabel(commune.districtCode)) {
      err('districtCode', `Xã "${communeCode}" thuộc huyện mã "${commune.districtCode}", không phải "${districtCode}".`);
    }
    const decisionReference = get('decisionReference');
    if (decisionReference.length > DECISION_REFERENCE_MAX) err('decisionReference', `Dài quá ${DECISION_REFERENCE_MAX} ký tự.`);
    const recognisedAt = values.recognisedAt;

    if (!clean() || recognisedAt === undefined) return;
    if (seen.has(communeCode)) {
      err('communeCode', `Trùng với dòng ${seen.get(communeCode)} (cùng xã).`);
      return;
    }
    seen.set(communeCode, rowNo);
    rows.push({ row: rowNo, communeCode, decisionReference: decisionReference || null, recognisedAt });
  });
  return { rows, errors: sortErrors(errors, RECOGNITION_COLUMNS), repairs };
}
