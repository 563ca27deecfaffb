import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ColumnFormat } from '../../domain/tabular/tableCodec';
import { cellValue, NUMBER_FORMATS } from './xlsx';

/**
 * Rows written between two turns of the event loop. ExcelJS takes ≈ 0.1 ms of CPU a row: 250 rows made the longest
 * turn of `npm run bench:eventloop` once imports read in steps and PGlite turned between statements (24 ms); 100 keep
 * a slice near 10 ms.
 */
const SLICE_ROWS = 100;

/**
 * Writes one sheet as a stream (ExcelJS's streaming WorkbookWriter): rows arrive page by page from `pages` (e.g. a
 * keyset-paged SQL read) and each row is committed as it is written, so memory stays bounded by one page however
 * many rows the export has, and the first bytes leave before the last row is read. Cells are inline strings (no
 * shared-strings table to keep in memory); the header is bold and frozen, the columns have the widths and formats
 * `toXlsx` gives them (numbers in integer and decimal columns), so both files read back the same.
 * Every SLICE_ROWS rows it yields to the event loop, waits while `output` is full (a slow client), and stops when
 * `output` is destroyed (the client went away).
 * @returns the number of data rows written
 */
export async function writeXlsxStream(
  output: Writable,
  sheetName: string,
  header: string[],
  pages: AsyncIterable<string[][]>,
  options: { widths?: readonly (number | undefined)[]; formats?: readonly ColumnFormat[] } = {},
): Promise<number> {
  const formatOf = (i: number): ColumnFormat => options.formats?.[i] ?? 'text';
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: true });
  wb.creator = 'ThiĐua CCHC';
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = header.map((h, i) => ({ width: options.widths?.[i] ?? Math.min(60, Math.max(12, h.length + 2)), style: { numFmt: NUMBER_FORMATS[formatOf(i)] } }));
  const head = ws.addRow(header);
  head.font = { bold: true };
  // The header of a numeric column stays text.
  head.eachCell((cell) => {
    cell.numFmt = '@';
  });
  head.commit();
  let count = 0;
  for await (const page of pages) {
    for (const cells of page) {
      ws.addRow(cells.map((text, i) => cellValue(text ?? '', formatOf(i)))).commit();
      count += 1;
      // Let the compressed bytes leave and other requests run between slices of a page (a page is thousands of rows).
      if (count % SLICE_ROWS === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        if (output.destroyed) throw new Error('Kết nối tải tệp đã đóng.');
        if (output.writableNeedDrain) await whenDrained(output);
      }
    }
  }
  ws.commit();
  await wb.commit();
  return count;
}

/** Resolves when `output` can take more, or when it closes (the next page then stops the writer). */
export function whenDrained(output: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      output.off('drain', done).off('close', done);
      resolve();
    };
    output.on('drain', done).on('close', done);
  });
}
