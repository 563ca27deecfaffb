import ExcelJS from 'exceljs';

/**
 * Writes one sheet with a bold, frozen header row and the columns' widths; every value as text, so
 * codes like "30904" or "091" keep their leading zeros and the file re-imports as it is.
 */
export async function toXlsx(sheetName: string, header: string[], rows: string[][], widths: number[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ThiĐua CCHC';
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((col, i) => {
    col.width = widths[i] ?? Math.min(60, Math.max(12, header[i].length + 2));
    col.numFmt = '@';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel dates are UTC midnight of the local day.
    const d = value;
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/**
 * Reads the first sheet as rows of text cells, the first row being the header.
 * @throws Error with a Vietnamese message when the file is not a readable XLSX
 */
export async function parseXlsx(buffer: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new Error('Tệp không phải là tệp Excel (.xlsx) hợp lệ.');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('Tệp Excel không có trang tính nào.');
  const rows: string[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).normalize('NFC').trim());
    if (cells.some((v) => v !== '')) rows.push(cells);
  });
  return rows;
}
