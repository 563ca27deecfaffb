import { foldDiacritics } from '../text/foldDiacritics';
import type { LocalDate } from '../time/localDate';
import {
  formatDateCell,
  formatDecimalCell,
  formatYesNoCell,
  normalLabel,
  parseDateCell,
  parseDecimalCell,
  enumCellParser,
  parseIntegerCell,
  parseYesNoCell,
} from './cellValues';
import { repairVietnameseText, type LegacyEncoding, type VietnameseRepair } from './legacyVietnamese';

/**
 * One declarative codec for every XLSX/CSV import and export: a list of columns says the header, its other
 * accepted names and the kind of cell; `readTable` turns rows of text into values with per-row errors (row numbered
 * as Excel numbers it, field = the column header), and `writeTable` turns records back into the same layout, so an
 * export re-imports as it is.
 */

/** A problem of one cell, for the user: the row as Excel numbers it (header = 1) and the column's header. */
export type RowError = { row: number; field: string; message: string };

/** A cell whose text was repaired into Unicode NFC on the way in, and from what. */
export type CellRepair = { row: number; field: string; from: VietnameseRepair };

export type CellKind =
  | { readonly kind: 'text'; readonly collapseSpaces?: boolean }
  | { readonly kind: 'date' }
  | { readonly kind: 'yesNo' }
  | { readonly kind: 'integer' }
  | { readonly kind: 'decimal'; readonly negative?: boolean; readonly maxIntegerDigits?: number }
  | { readonly kind: 'enum'; readonly labels: Readonly<Record<string, string>> };

export type TableColumn = {
  readonly key: string;
  readonly header: string;
  /** Other headers accepted on import; the key itself is always accepted. */
  readonly aliases?: readonly string[];
  /** The header must be present (the cell may still be blank: the reader decides). */
  readonly required?: boolean;
  readonly width?: number;
  /** Plain text when absent. */
  readonly cell?: CellKind;
  /** The message for a cell that does not parse, when the kind's own is not precise enough. */
  readonly invalid?: (text: string) => string;
  /**
   * How an XLSX export writes a column read as text (a computed column ignored on import): as a number. An integer
   * or decimal cell kind is written as a number anyway.
   */
  readonly numeric?: 'integer' | 'decimal';
};

/** How an XLSX writer stores each column: text ('@', codes keep their leading zeros) or a number. */
export type ColumnFormat = 'text' | 'integer' | 'decimal';

/** The XLSX format of a column: its cell kind when numeric, else its `numeric`, else text. */
export function columnFormat(column: TableColumn): ColumnFormat {
  const kind = column.cell?.kind;
  if (kind === 'integer' || kind === 'decimal') return kind;
  return column.numeric ?? 'text';
}

type ValueOf<C> = C extends { cell: { kind: 'date' } }
  ? LocalDate | null
  : C extends { cell: { kind: 'yesNo' } }
    ? boolean | null
    : C extends { cell: { kind: 'integer' | 'decimal' } }
      ? number | null
      : C extends { cell: { kind: 'enum'; labels: infer L } }
        ? (keyof L & string) | null
        : string;

type Keyed<Cols extends readonly TableColumn[], V> = { [C in Cols[number] as C['key']]: V extends 'value' ? ValueOf<C> : string };

/** One data row read: its number, each column's value (undefined when the cell did not parse) and its text. */
export type TableRecord<Cols extends readonly TableColumn[]> = {
  row: number;
  values: Partial<Keyed<Cols, 'value'>>;
  text: Keyed<Cols, 'text'>;
};

export type ReadTableResult<Cols extends readonly TableColumn[]> = {
  records: TableRecord<Cols>[];
  errors: RowError[];
  repairs: CellRepair[];
  /** The columns found in the header row. */
  present: ReadonlySet<Cols[number]['key']>;
};

export const EMPTY_FILE_ERROR: RowError = { row: 1, field: 'Tệp', message: 'Tệp trống: cần dòng tiêu đề và ít nhất một dòng dữ liệu.' };

export function missingColumnError(header: string): RowError {
  return { row: 1, field: header, message: `Thiếu cột "${header}" trong dòng tiêu đề.` };
}

const isBlankRow = (cells: readonly string[]) => cells.every((c) => (c ?? '').trim() === '');

/** Column index of each column: exact header, alias or key first (NFC, case, spaces), then the same without marks. */
function matchHeader(header: readonly string[], columns: readonly TableColumn[]): Map<string, number> {
  const index = new Map<string, number>();
  const names = (c: TableColumn) => [c.header, ...(c.aliases ?? []), c.key];
  const claim = (same: (cell: string, name: string) => boolean) => {
    for (const col of columns) {
      if (index.has(col.key)) continue;
      const i = header.findIndex((h, j) => ![...index.values()].includes(j) && names(col).some((n) => same(h, n)));
      if (i >= 0) index.set(col.key, i);
    }
  };
  claim((cell, name) => normalLabel(cell) === normalLabel(name));
  claim((cell, name) => foldDiacritics(cell) === foldDiacritics(name));
  return index;
}

const DEFAULT_MESSAGES: Record<Exclude<CellKind['kind'], 'text'>, (text: string, cell: CellKind) => string> = {
  date: (t) => `"${t}" không phải ngày hợp lệ (dd/mm/yyyy).`,
  yesNo: (t) => `"${t}" không hợp lệ (Có, Không hoặc để trống).`,
  integer: (t) => `"${t}" không phải số nguyên hợp lệ.`,
  decimal: (t) => `"${t}" không phải số hợp lệ (ví dụ 91,47).`,
  enum: (t, cell) => `"${t}" không hợp lệ (${Object.values(cell.kind === 'enum' ? cell.labels : {}).join(', ')}).`,
};

function parseCell(cell: CellKind, text: string): unknown {
  return cellParser(cell)(text);
}

/** The parser of a column's cells, made once per column (an enumeration's labels normalised once). */
function cellParser(cell: CellKind): (text: string) => unknown {
  switch (cell.kind) {
    case 'text':
      return cell.collapseSpaces ? (text) => text.replace(/\s+/g, ' ') : (text) => text;
    case 'date':
      return parseDateCell;
    case 'yesNo':
      return parseYesNoCell;
    case 'integer':
      return parseIntegerCell;
    case 'decimal':
      return (text) => parseDecimalCell(text, cell);
    case 'enum':
      return enumCellParser(cell.labels);
  }
}

/** The header cells repaired (NFD, TCVN3, VNI) and trimmed. */
const repairedHeader = (header: readonly string[]) => header.map((cell) => repairVietnameseText(cell ?? '').text.trim());

/**
 * Work done in steps: a generator that yields between slices of its work and returns the result. Pure and
 * synchronous per step; `runSteps` runs it at once, the server lets other requests in at each yield
 * (src/server/kit/eventLoopTurns.ts `runInTurns`).
 */
export type Steps<T> = Generator<void, T, void>;

/** Data rows read between two steps of `readTableSteps`. */
export const READ_STEP_ROWS = 250;

/** Runs work in steps to its end, at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Rows of text (first = header) → records, with errors and the cells repaired from legacy text.
 * Shared rules: an empty file (no header, or a header and no data row), a missing required column and a header
 * with none of a `requireOneOf` group are errors of row 1; blank rows are skipped but still counted, so row numbers
 * stay Excel's; each cell is repaired (NFD, TCVN3, VNI) and trimmed before it is parsed. Header cells are matched
 * after the same repair.
 */
export function readTable<const Cols extends readonly TableColumn[]>(
  table: readonly (readonly string[])[],
  columns: Cols,
  options: { requireOneOf?: readonly (readonly Cols[number]['key'][])[] } = {},
): ReadTableResult<Cols> {
  return runSteps(readTableSteps(table, columns, options));
}

/**
 * `readTable` in steps: yields after every `stepRows` data rows (repairing, then parsing), so a large file's read
 * (≈ 80 ms for 3,000 rows on an idle machine, most of it the legacy-text repair) need not hold the event loop.
 */
export function* readTableSteps<const Cols extends readonly TableColumn[]>(
  table: readonly (readonly string[])[],
  columns: Cols,
  options: { requireOneOf?: readonly (readonly Cols[number]['key'][])[] } = {},
  stepRows = READ_STEP_ROWS,
): Steps<ReadTableResult<Cols>> {
  const empty = { records: [], repairs: [], present: new Set<Cols[number]['key']>() };
  if (table.length === 0) return { ...empty, errors: [EMPTY_FILE_ERROR] };

  const index = matchHeader(repairedHeader(table[0]), columns);
  const headerOf = (key: string) => columns.find((c) => c.key === key)!.header;
  const missing = columns.filter((c) => c.required && !index.has(c.key)).map((c) => missingColumnError(c.header));
  for (const group of options.requireOneOf ?? []) {
    if (group.some((key) => index.has(key))) continue;
    const names = group.map((key) => `"${headerOf(key)}"`).join(', ');
    missing.push({ row: 1, field: headerOf(group[0]), message: `Cần ít nhất một trong ${group.length === 2 ? 'hai' : group.length} cột ${names}.` });
  }
  if (missing.length > 0) return { ...empty, errors: missing };
  if (table.slice(1).every(isBlankRow)) return { ...empty, errors: [EMPTY_FILE_ERROR] };

  const mapped = columns.filter((c) => index.has(c.key));
  const indices = mapped.map((c) => index.get(c.key)!);
  const cellKinds = mapped.map((c) => c.cell ?? { kind: 'text' as const });
  const parsers = cellKinds.map(cellParser);
  const dataRows = table.map((cells, i) => ({ cells, row: i + 1 })).slice(1).filter((r) => !isBlankRow(r.cells));

  // First every cell repaired, for the legacy encoding the sheet is in when every cell repaired from one agrees on it.
  const repaired: { text: string; repaired: false | VietnameseRepair }[][] = [];
  const legacy = new Set<LegacyEncoding>();
  for (let r = 0; r < dataRows.length; r++) {
    if (r > 0 && r % stepRows === 0) yield;
    const cells = indices.map((i) => repairVietnameseText(dataRows[r].cells[i] ?? ''));
    for (const c of cells) if (c.repaired === 'tcvn3' || c.repaired === 'vni') legacy.add(c.repaired);
    repaired.push(cells);
  }
  const assume: LegacyEncoding | undefined = legacy.size === 1 ? [...legacy][0] : undefined;
  // An absent column reads as blank.
  const absent = columns.filter((c) => !index.has(c.key)).map((c) => [c.key, parseCell(c.cell ?? { kind: 'text' }, '')] as const);

  const errors: RowError[] = [];
  const repairs: CellRepair[] = [];
  const records: TableRecord<Cols>[] = [];
  for (let r = 0; r < dataRows.length; r++) {
    if (r % stepRows === 0) yield;
    const { row, cells } = dataRows[r];
    const values: Record<string, unknown> = {};
    const text: Record<string, string> = {};
    for (const col of columns) text[col.key] = '';
    mapped.forEach((col, c) => {
      const cell = cellKinds[c];
      let cellText = repaired[r][c].text.trim();
      let from = repaired[r][c].repaired;
      let value = parsers[c](cellText);
      // In a TCVN3 sheet "Có" is "Cã", which reads as Vietnamese as it is: a value that does not parse is tried
      // decoded. Free text is not: "Cà Mau" pasted as Unicode into the same sheet would become "Cổ Mau".
      if (cell.kind !== 'text' && value === 'invalid' && !from && assume) {
        const decoded = repairVietnameseText(cells[indices[c]] ?? '', assume);
        const retry = decoded.repaired ? parseCell(cell, decoded.text.trim()) : 'invalid';
        if (retry !== 'invalid') [cellText, from, value] = [decoded.text.trim(), decoded.repaired, retry];
      }
      if (from) repairs.push({ row, field: col.header, from });
      text[col.key] = cellText;
      if (cell.kind !== 'text' && value === 'invalid') {
        errors.push({ row, field: col.header, message: col.invalid?.(cellText) ?? DEFAULT_MESSAGES[cell.kind](cellText, cell) });
      } else values[col.key] = value;
    });
    for (const [key, value] of absent) values[key] = value;
    records.push({ row, values, text } as TableRecord<Cols>);
  }
  return { records, errors, repairs, present: new Set(mapped.map((c) => c.key)) };
}

/** What a reader's row check gets for one record: its cells' text, an error on one of its columns, and whether it is still clean. */
export type RecordCheck<Cols extends readonly TableColumn[]> = {
  /** The cell's repaired, trimmed text ('' when blank or the column is absent). */
  get: (key: Cols[number]['key']) => string;
  /** Adds an error on this row, in the column named by its header. */
  err: (key: Cols[number]['key'], message: string) => void;
  /** True while the row has no bad cell and no error added since the check began. */
  clean: () => boolean;
};

/** The error of a row whose year cell, when filled, is not the year being imported into; null when it is. */
export function otherYearMessage(yearText: string, year: number): string | null {
  return yearText && yearText !== String(year) ? `Dòng thuộc năm ${yearText}, không phải năm đang nhập (${year}).` : null;
}

/**
 * Walks the records of `readTable` with what every reader checks them with (see `RecordCheck`), so a reader writes
 * only its own rules. Errors are added to `read.errors`.
 */
export function eachRecord<const Cols extends readonly TableColumn[]>(
  read: Pick<ReadTableResult<Cols>, 'records' | 'errors'>,
  columns: Cols,
  visit: (record: TableRecord<Cols>, check: RecordCheck<Cols>) => void,
): void {
  const badCells = new Set(read.errors.map((e) => e.row));
  const headerOf = (key: string) => columns.find((c) => c.key === key)!.header;
  for (const record of read.records) {
    const before = read.errors.length;
    const text = record.text as Record<string, string>;
    visit(record, {
      get: (key) => text[key],
      err: (key, message) => void read.errors.push({ row: record.row, field: headerOf(key), message }),
      clean: () => !badCells.has(record.row) && read.errors.length === before,
    });
  }
}

/**
 * Orders errors by row, then by the column's place in the layout, so the messages of a row read left to right.
 * (Sorting is stable: two errors of one cell keep their order.)
 */
export function sortErrors(errors: RowError[], columns: readonly TableColumn[]): RowError[] {
  const place = (field: string) => columns.findIndex((c) => c.header === field);
  return errors.sort((a, b) => a.row - b.row || place(a.field) - place(b.field));
}

function formatCell(cell: CellKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (cell.kind) {
    case 'date':
      return formatDateCell(String(value));
    case 'yesNo':
      return formatYesNoCell(Boolean(value));
    case 'decimal':
      return formatDecimalCell(Number(value));
    case 'enum':
      return Object.hasOwn(cell.labels, String(value)) ? cell.labels[String(value)] : String(value);
    default:
      return String(value);
  }
}

/** Header, text rows and each column's XLSX format and width: what sendTable writes as XLSX or CSV. */
export type WrittenTable = { header: string[]; rows: string[][]; formats: ColumnFormat[]; widths: (number | undefined)[] };

/**
 * Records → header and text rows for XLSX or CSV, each value written as `readTable` reads it back, with each
 * column's format: an XLSX writer stores the integer and decimal columns as numbers (`readTable` reads both).
 */
export function writeTable<const Cols extends readonly TableColumn[]>(
  columns: Cols,
  records: readonly Partial<{ [C in Cols[number] as C['key']]: ValueOf<C> | string | number | null }>[],
): WrittenTable {
  return {
    header: columns.map((c) => c.header),
    formats: columns.map(columnFormat),
    widths: columns.map((c) => c.width),
    rows: records.map((record) => columns.map((col) => formatCell(col.cell ?? { kind: 'text' }, (record as Record<string, unknown>)[col.key]))),
  };
}
