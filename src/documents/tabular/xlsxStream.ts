import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * Writes one sheet as a stream (ExcelJS's streaming WorkbookWriter): rows arrive page by page from `pages` (e.g. a
 * keyset-paged SQL read) and each row is committed as it is written, so memory stays bounded by one page however
 * many rows the export has, and the first bytes leave before the last row is read. Cells are inline strings (no
 * shared-strings table to keep in memory); the header is bold and frozen like `toXlsx`.
 * @returns the number of data rows written
 */
export async function writeXlsxStream(output: Writable, sheetName: string, header: string[], pages: AsyncIterable<string[][]>): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: true });
  wb.creator = 'ThiĐua CCHC';
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const head = ws.addRow(header);
  head.font = { bold: true };
  head.commit();
  let count = 0;
  for await (const page of pages) {
    for (const cells of page) {
      ws.addRow(cells).commit();
      count += 1;
    }
  }
  ws.commit();
  await wb.commit();
  return count;
}
