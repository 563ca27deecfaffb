import { foldDiacritics } from '../text/foldDiacritics';
import { formatDecimalCell, parseDecimalCell, parseEnumCell } from '../tabular/cellValues';
import { eachRecord, otherYearMessage, readTableSteps, runSteps, sortErrors, writeTable, type CellRepair, type WrittenTable, type RowError, type TableColumn, type Steps } from '../tabular/tableCodec';
import {
  classificationLabels,
  parBlockLabels,
  PAR_BLOCKS,
  type Classification,
  type ClassificationScheme,
} from './classificationScheme';
import { validateParScoreInput, type ParResult, type ParScoreInput } from './parIndex';

/**
 * The one column layout of PAR results in XLSX and CSV, both ways: the export re-imports as it is.
 * The first columns are the entered facts; the last ones (total, index, class, rank, notes) are computed and
 * ignored on import, so a file downloaded, corrected and sent back changes only what was entered.
 */
// Points: at most 4 integer digits, never negative, decimal comma or point.
const POINTS = { kind: 'decimal', maxIntegerDigits: 4 } as const;
const pointsInvalid = (text: string) => `"${text}" không phải số điểm hợp lệ (ví dụ 91,47).`;
export const PAR_RESULT_COLUMNS = [
  { key: 'year', header: 'Năm', width: 8, numeric: 'integer' },
  { key: 'code', header: 'Mã đơn vị', width: 14, required: true },
  { key: 'name', header: 'Tên đơn vị', width: 46 },
  { key: 'block', header: 'Khối', width: 30 }, // the blocks depend on the scheme: matched by the reader
  { key: 'selfScore', header: 'Điểm tự đánh giá', width: 14, cell: POINTS, invalid: pointsInvalid },
  { key: 'appraisedScore', header: 'Điểm thẩm định', width: 14, required: true, cell: POINTS, invalid: pointsInvalid },
  { key: 'surveyScore', header: 'Điểm điều tra xã hội học', width: 16, required: true, cell: POINTS, invalid: pointsInvalid },
  { key: 'publishedTotal', header: 'Tổng điểm công bố', width: 14, cell: POINTS, invalid: pointsInvalid },
  { key: 'publishedClassification', header: 'Xếp loại công bố', width: 14, cell: { kind: 'enum', labels: classificationLabels } },
  // Computed, written as text and ignored on import.
  { key: 'totalPoints', header: 'Tổng điểm', width: 11, numeric: 'decimal' },
  { key: 'indexPercent', header: 'Chỉ số (%)', width: 11, numeric: 'decimal' },
  { key: 'classification', header: 'Xếp loại', width: 12 },
  { key: 'rank', header: 'Thứ hạng', width: 10, numeric: 'integer' },
  { key: 'notes', header: 'Ghi chú', width: 50 },
] as const satisfies readonly TableColumn[];

type ColumnKey = (typeof PAR_RESULT_COLUMNS)[number]['key'];

/** The unit facts an import needs for one code of the file. */
export type ParImportUnit = { unitId: string; code: string; kind: string };

/** One parsed line of an import: the scores to store for a unit, with its row number for messages. */
export type ParImportRow = ParScoreInput & { row: number; code: string };

/** Ranking block of a unit kind (SPEC §3 step 4); null for kinds the province does not rank. */
export function defaultBlockOf(kind: string): string | null {
  switch (kind) {
    case 'department':
      return PAR_BLOCKS.department;
    case 'central_agency':
      return PAR_BLOCKS.centralAgency;
    case 'district':
      return PAR_BLOCKS.district;
    case 'commune':
      return PAR_BLOCKS.commune;
    default:
      return null;
  }
}

/** Vietnamese label of a block, or the code itself for a block a scheme invents. */
export function blockLabel(blockCode: string): string {
  return Object.hasOwn(parBlockLabels, blockCode) ? parBlockLabels[blockCode] : blockCode;
}

/**
 * Other names of the standard blocks an import accepts besides the code and `parBlockLabels`: the names the web
 * shows (the PAR page's block filter) and the unit kinds' names ("Cơ quan Trung ương trên địa bàn").
 */
export const PAR_BLOCK_ALIASES: Readonly<Record<string, readonly string[]>> = {
  department: ['Sở, ban, ngành', 'Khối sở, ban, ngành tỉnh'],
  centralAgency: ['Cơ quan Trung ương trên địa bàn', 'Cơ quan Trung ương trên địa bàn tỉnh', 'Cơ quan ngành dọc Trung ương'],
  district: ['Cấp huyện', 'UBND cấp huyện', 'Khối huyện, thị xã, thành phố'],
  commune: ['Cấp xã', 'UBND cấp xã', 'Khối xã, phường, thị trấn'],
};

/** The block of a cell: its code or label (parseEnumCell), else one of PAR_BLOCK_ALIASES of a block the scheme has. */
function parseBlockCell(blocks: readonly string[], text: string): string | null {
  const labels = Object.fromEntries(blocks.map((b) => [b, blockLabel(b)]));
  const parsed = parseEnumCell(labels, text);
  if (parsed !== 'invalid') return parsed;
  const t = foldDiacritics(text);
  const found = blocks.filter((b) => Object.hasOwn(PAR_BLOCK_ALIASES, b) && PAR_BLOCK_ALIASES[b].some((a) => foldDiacritics(a) === t));
  return found.length === 1 ? found[0] : null;
}

/** Points with a decimal comma, as Vietnamese spreadsheets write them ("91,47"). */
export function formatPoints(value: number | null | undefined): string {
  return formatDecimalCell(value);
}

/**
 * Parses a score cell: "91,47", "91.47" or "91" → 91.47; empty → null.
 * @returns the number, null for an empty cell, or 'invalid'
 */
export function parsePointsCell(text: string): number | null | 'invalid' {
  return parseDecimalCell(text, POINTS);
}

/**
 * Results of a year → header and text rows for XLSX or CSV.
 * @param year the ranking year
 * @param results computed results, each with its unit's code and name
 */
export function parResultsToRows(
  year: number,
  results: readonly (ParResult & { code: string; name: string; publishedTotal?: number | null; publishedClassification?: Classification | null })[],
): WrittenTable {
  return writeTable(
    PAR_RESULT_COLUMNS,
    results.map((r) => ({
      year: String(year),
      code: r.code,
      name: r.name,
      block: blockLabel(r.blockCode),
      selfScore: r.selfScore,
      appraisedScore: r.appraisedScore,
      surveyScore: r.surveyScore,
      publishedTotal: r.publishedTotal,
      publishedClassification: r.publishedClassification,
      totalPoints: formatPoints(r.totalPoints),
      indexPercent: formatPoints(r.indexPercent),
      classification: r.classificationLabel ?? '',
      rank: r.rank === null ? '' : String(r.rank),
      notes: r.notes.join(' '),
    })),
  );
}

const SCORE_FIELDS: { key: 'selfScore' | 'appraisedScore' | 'surveyScore' | 'publishedTotal'; label: string }[] = [
  { key: 'selfScore', label: 'điểm tự đánh giá' },
  { key: 'appraisedScore', label: 'điểm thẩm định' },
  { key: 'surveyScore', label: 'điểm điều tra xã hội học' },
  { key: 'publishedTotal', label: 'tổng điểm công bố' },
];

/**
 * Checks one unit's scores against the scheme and says which field each problem is about, so an API error or an
 * import row error can name its field. Wraps `validateParScoreInput` (the rule itself lives there).
 * @returns problems keyed by field: selfScore, appraisedScore, surveyScore, publishedTotal, publishedClassification, blockCode
 */
export function parScoreFieldErrors(
  input: ParScoreInput,
  scheme: ClassificationScheme,
): { field: string; message: string }[] {
  return validateParScoreInput(input, scheme).map((message) => {
    const text = message.toLocaleLowerCase('vi');
    if (text.includes('khối')) {
      if (text.includes('tổng điểm (')) return { field: 'appraisedScore', message };
      if (!text.includes('vượt điểm tối đa')) return { field: 'blockCode', message };
    }
    if (text.includes('xếp loại công bố')) return { field: 'publishedClassification', message };
    // The published total first: its message also quotes "tổng điểm thẩm định".
    const field = [...SCORE_FIELDS].reverse().find((f) => text.includes(f.label));
    return { field: field?.key ?? 'appraisedScore', message };
  });
}

const FIELD_COLUMN: Record<string, ColumnKey> = {
  selfScore: 'selfScore',
  appraisedScore: 'appraisedScore',
  surveyScore: 'surveyScore',
  publishedTotal: 'publishedTotal',
  publishedClassification: 'publishedClassification',
  blockCode: 'block',
};

/**
 * Text rows (header first) → the scores to store, or errors naming the row (as Excel numbers it: header = 1)
 * and the column. Checks: required columns and cells, known unit codes, one row per unit, blocks of the scheme,
 * numbers with at most 2 decimals within the block's maximum, known classes, and the year column when present.
 * @param table the sheet as text
 * @param context the year imported into, the scheme in force and the units of that year's era by code
 */
export function rowsToParScores(
  table: string[][],
  context: { year: number; scheme: ClassificationScheme; unitsByCode: ReadonlyMap<string, ParImportUnit> },
): { rows: ParImportRow[]; errors: RowError[]; repairs: CellRepair[] } {
  return runSteps(rowsToParScoresInSteps(table, context));
}

/** `rowsToParScores` in steps (`readTableSteps`): the server reads a large file while other requests go on. */
export function* rowsToParScoresInSteps(
  table: string[][],
  context: { year: number; scheme: ClassificationScheme; unitsByCode: ReadonlyMap<string, ParImportUnit> },
): Steps<{ rows: ParImportRow[]; errors: RowError[]; repairs: CellRepair[] }> {
  const { records, errors, repairs } = yield* readTableSteps(table, PAR_RESULT_COLUMNS);
  const rows: ParImportRow[] = [];
  const seen = new Map<string, number>();
  eachRecord({ records, errors }, PAR_RESULT_COLUMNS, ({ row: rowNo, values }, { get, err, clean }) => {

    const otherYear = otherYearMessage(get('year'), context.year);
    if (otherYear) err('year', otherYear);
    const code = get('code');
    const unit = context.unitsByCode.get(code);
    if (!code) err('code', 'Không được để trống.');
    else if (!unit) err('code', `Không có đơn vị mã "${code}".`);
    else if (seen.has(code)) err('code', `Đơn vị "${code}" trùng với dòng ${seen.get(code)}.`);
    else seen.set(code, rowNo);

    const blockText = get('block');
    let blockCode: string | null = null;
    if (blockText) {
      blockCode = parseBlockCell(Object.keys(context.scheme.blocks), blockText);
      if (!blockCode) {
        const known = Object.keys(context.scheme.blocks).map(blockLabel).join('; ');
        err('block', `"${blockText}" không phải khối của phương án xếp loại (${known}).`);
      }
    } else if (unit) {
      blockCode = defaultBlockOf(unit.kind);
      if (!blockCode) err('block', 'Không được để trống với loại đơn vị này.');
    }

    const publishedClassification = values.publishedClassification;
    if (!clean() || !unit || !blockCode) return;
    const input: ParScoreInput = {
      unitId: unit.unitId,
      blockCode,
      selfScore: values.selfScore ?? null,
      appraisedScore: values.appraisedScore ?? null,
      surveyScore: values.surveyScore ?? null,
      publishedTotal: values.publishedTotal ?? null,
      publishedClassification: publishedClassification ?? null,
    };
    if (input.appraisedScore === null && input.surveyScore === null && input.publishedTotal === null && input.publishedClassification === null) {
      err('appraisedScore', 'Dòng không có điểm thẩm định, điểm điều tra xã hội học hay kết quả công bố nào.');
      return;
    }
    for (const problem of parScoreFieldErrors(input, context.scheme)) {
      // The domain message names the unit by id; the file knows it by code.
      err(FIELD_COLUMN[problem.field] ?? 'appraisedScore', problem.message.replace(`Đơn vị "${unit.unitId}"`, `Đơn vị "${code}"`));
    }
    if (clean()) rows.push({ ...input, row: rowNo, code });
  });
  return { rows, errors: sortErrors(errors, PAR_RESULT_COLUMNS), repairs };
}
