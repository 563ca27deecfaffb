import type { RowError } from '../orgUnits/orgUnitRows';
import {
  CLASSIFICATIONS,
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
export const PAR_RESULT_COLUMNS = [
  { key: 'year', header: 'Năm', width: 8 },
  { key: 'code', header: 'Mã đơn vị', width: 14 },
  { key: 'name', header: 'Tên đơn vị', width: 46 },
  { key: 'block', header: 'Khối', width: 30 },
  { key: 'selfScore', header: 'Điểm tự đánh giá', width: 14 },
  { key: 'appraisedScore', header: 'Điểm thẩm định', width: 14 },
  { key: 'surveyScore', header: 'Điểm điều tra xã hội học', width: 16 },
  { key: 'publishedTotal', header: 'Tổng điểm công bố', width: 14 },
  { key: 'publishedClassification', header: 'Xếp loại công bố', width: 14 },
  { key: 'totalPoints', header: 'Tổng điểm', width: 11 },
  { key: 'indexPercent', header: 'Chỉ số (%)', width: 11 },
  { key: 'classification', header: 'Xếp loại', width: 12 },
  { key: 'rank', header: 'Thứ hạng', width: 10 },
  { key: 'notes', header: 'Ghi chú', width: 50 },
] as const;

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
  return parBlockLabels[blockCode] ?? blockCode;
}

/** Points with a decimal comma, as Vietnamese spreadsheets write them ("91,47"). */
export function formatPoints(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace('.', ',');
}

/**
 * Parses a score cell: "91,47", "91.47" or "91" → 91.47; empty → null.
 * @returns the number, null for an empty cell, or 'invalid'
 */
export function parsePointsCell(text: string): number | null | 'invalid' {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return null;
  if (!/^\d{1,4}([.,]\d+)?$/.test(t)) return 'invalid';
  return Number(t.replace(',', '.'));
}

function lookupLabel<T extends string>(labels: Readonly<Record<T, string>>, text: string): T | undefined {
  const t = text.trim().normalize('NFC').toLocaleLowerCase('vi');
  return (Object.keys(labels) as T[]).find((key) => key.toLowerCase() === t || labels[key].toLocaleLowerCase('vi') === t);
}

/**
 * Results of a year → header and text rows for XLSX or CSV.
 * @param year the ranking year
 * @param results computed results, each with its unit's code and name
 */
export function parResultsToRows(
  year: number,
  results: readonly (ParResult & { code: string; name: string; publishedTotal?: number | null; publishedClassification?: Classification | null })[],
): { header: string[]; rows: string[][] } {
  return {
    header: PAR_RESULT_COLUMNS.map((c) => c.header),
    rows: results.map((r) => [
      String(year),
      r.code,
      r.name,
      blockLabel(r.blockCode),
      formatPoints(r.selfScore),
      formatPoints(r.appraisedScore),
      formatPoints(r.surveyScore),
      formatPoints(r.publishedTotal),
      r.publishedClassification ? classificationLabels[r.publishedClassification] : '',
      formatPoints(r.totalPoints),
      formatPoints(r.indexPercent),
      r.classificationLabel ?? '',
      r.rank === null ? '' : String(r.rank),
      r.notes.join(' '),
    ]),
  };
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
): { rows: ParImportRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const rows: ParImportRow[] = [];
  if (table.length === 0) {
    return { rows, errors: [{ row: 1, field: 'Tệp', message: 'Tệp trống: cần dòng tiêu đề và ít nhất một dòng dữ liệu.' }] };
  }
  const header = table[0].map((h) => h.trim().toLocaleLowerCase('vi'));
  const index: Partial<Record<ColumnKey, number>> = {};
  for (const col of PAR_RESULT_COLUMNS) {
    const i = header.findIndex((h) => h === col.header.toLocaleLowerCase('vi') || h === col.key.toLowerCase());
    if (i >= 0) index[col.key] = i;
  }
  for (const required of ['code', 'appraisedScore', 'surveyScore'] as const) {
    if (index[required] === undefined) {
      const name = PAR_RESULT_COLUMNS.find((c) => c.key === required)!.header;
      errors.push({ row: 1, field: name, message: `Thiếu cột "${name}" trong dòng tiêu đề.` });
    }
  }
  if (errors.length > 0) return { rows, errors };

  const headerOf = (key: ColumnKey) => PAR_RESULT_COLUMNS.find((c) => c.key === key)!.header;
  const seen = new Map<string, number>();
  table.slice(1).forEach((cells, i) => {
    const rowNo = i + 2;
    const get = (key: ColumnKey) => (index[key] === undefined ? '' : (cells[index[key]!] ?? '').trim());
    if (cells.every((c) => (c ?? '').trim() === '')) return; // blank lines at the end of a sheet
    const before = errors.length;
    const err = (key: ColumnKey, message: string) => errors.push({ row: rowNo, field: headerOf(key), message });

    const yearText = get('year');
    if (yearText && yearText !== String(context.year)) {
      err('year', `Dòng thuộc năm ${yearText}, không phải năm đang nhập (${context.year}).`);
    }
    const code = get('code');
    const unit = context.unitsByCode.get(code);
    if (!code) err('code', 'Không được để trống.');
    else if (!unit) err('code', `Không có đơn vị mã "${code}".`);
    else if (seen.has(code)) err('code', `Đơn vị "${code}" trùng với dòng ${seen.get(code)}.`);
    else seen.set(code, rowNo);

    const blockText = get('block');
    let blockCode: string | null = null;
    if (blockText) {
      blockCode =
        Object.keys(context.scheme.blocks).find(
          (b) => b.toLowerCase() === blockText.toLowerCase() || blockLabel(b).toLocaleLowerCase('vi') === blockText.toLocaleLowerCase('vi'),
        ) ?? null;
      if (!blockCode) {
        const known = Object.keys(context.scheme.blocks).map(blockLabel).join('; ');
        err('block', `"${blockText}" không phải khối của phương án xếp loại (${known}).`);
      }
    } else if (unit) {
      blockCode = defaultBlockOf(unit.kind);
      if (!blockCode) err('block', 'Không được để trống với loại đơn vị này.');
    }

    const scores: Partial<Record<(typeof SCORE_FIELDS)[number]['key'], number | null>> = {};
    for (const { key } of SCORE_FIELDS) {
      const parsed = parsePointsCell(get(key));
      if (parsed === 'invalid') err(key, `"${get(key)}" không phải số điểm hợp lệ (ví dụ 91,47).`);
      else scores[key] = parsed;
    }
    const classText = get('publishedClassification');
    const publishedClassification = classText ? lookupLabel(classificationLabels, classText) : null;
    if (publishedClassification === undefined) {
      err('publishedClassification', `"${classText}" không hợp lệ (${CLASSIFICATIONS.map((c) => classificationLabels[c]).join(', ')}).`);
    }
    if (errors.length > before || !unit || !blockCode) return;
    const input: ParScoreInput = {
      unitId: unit.unitId,
      blockCode,
      selfScore: scores.selfScore ?? null,
      appraisedScore: scores.appraisedScore ?? null,
      surveyScore: scores.surveyScore ?? null,
      publishedTotal: scores.publishedTotal ?? null,
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
    if (errors.length === before) rows.push({ ...input, row: rowNo, code });
  });
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors };
}
