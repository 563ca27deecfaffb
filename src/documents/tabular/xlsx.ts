import ExcelJS from 'exceljs';
import { parseDecimalCell, parseIntegerCell } from '../../domain/tabular/cellValues';
import type { ColumnFormat } from '../../domain/tabular/tableCodec';
import { readXlsxTable, type ReadXlsxOptions } from './xlsxReader';
import { XlsxWorkerUnavailable, xlsxWorkerPool } from './xlsxWorkerPool';

/** Excel's display formats: points with two decimals (a Vietnamese Excel shows "80,25"), whole numbers plain. */
export const NUMBER_FORMATS: Record<ColumnFormat, string> = { text: '@', integer: '0', decimal: '#,##0.00' };

/** The cell of a numeric column: its text as a number ("80,25" → 80.25), or the text when it is not one. */
export function cellValue(text: string, format: ColumnFormat): string | number {
  if (format === 'text') return text;
  const value = format === 'integer' ? parseIntegerCell(text) : parseDecimalCell(text, { negative: true });
  return typeof value === 'number' ? value : text;
}

/**
 * Writes one sheet with a bold, frozen header row and the columns' widths. A column is text ('@') unless
 * `formats` says integer or decimal (writeTable gives them from the codec's cell kinds): text keeps codes like
 * "30904" or "091" with their leading zeros, numbers are numbers (decimal shown "#,##0.00"); either re-imports.
 */
export async function toXlsx(
  sheetName: string,
  header: string[],
  rows: string[][],
  widths: readonly (number | undefined)[] = [],
  formats: readonly ColumnFormat[] = [],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ThiĐua CCHC';
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const formatOf = (i: number): ColumnFormat => formats[i] ?? 'text';
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((text, i) => cellValue(text ?? '', formatOf(i))));
  ws.columns.forEach((col, i) => {
    col.width = widths[i] ?? Math.min(60, Math.max(12, header[i].length + 2));
    col.numFmt = NUMBER_FORMATS[formatOf(i)];
  });
  // The header of a numeric column stays text.
  ws.getRow(1).eachCell((cell) => {
    cell.numFmt = '@';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export { XLSX_LIMITS, type XlsxLimits } from './xlsxReader';
export { TabularFileError } from './tabularFileError';

export type ParseXlsxOptions = ReadXlsxOptions & {
  /** Read on the calling thread instead of a worker thread (tests, tools). */
  inProcess?: boolean;
};

let workersUnavailable: Error | null = null;

/**
 * Reads the first sheet as rows of text cells, the first row being the header, in a worker thread so that a
 * large or hostile file never blocks the event loop (xlsxWorkerPool.ts); within XLSX_LIMITS (xlsxReader.ts).
 * Every cell is trimmed NFC text, dates dd/mm/yyyy, blank rows dropped; rows are as wide as the header.
 * @param options.maxColumns columns the caller's table has: nothing further right is read
 * @throws TabularFileError with a Vietnamese message: status 413 over a limit, 400 when not a readable XLSX
 */
export async function parseXlsx(buffer: Buffer, options: ParseXlsxOptions = {}): Promise<string[][]> {
  const { inProcess, ...readOptions } = options;
  if (inProcess || workersUnavailable) return readXlsxTable(buffer, readOptions);
  try {
    return await xlsxWorkerPool.read(buffer, readOptions);
  } catch (err) {
    if (!(err instanceof XlsxWorkerUnavailable)) throw err;
    // Never refuse an import because the thread could not start: read here, still within the limits, and say so once.
    workersUnavailable = err;
    console.warn(`${err.message} — tệp Excel sẽ được đọc trên luồng chính.`);
    return readXlsxTable(buffer, readOptions);
  }
}
