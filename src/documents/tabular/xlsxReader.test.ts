import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnLetters,
  headerRowXml,
  inlineCell,
  manySharedStringsFile,
  workbookFromSheetData,
  xfdColumnFile,
  zipParts,
} from './hostileXlsxFiles';
import { TabularFileError } from './tabularFileError';
import { readXlsxTable, XLSX_LIMITS, type ReadXlsxOptions } from './xlsxReader';

/**
 * The reader before the fix, kept as the oracle: exceljs loads the whole workbook, every cell up to the sheet's
 * column count is turned into text. The new reader keeps the header's columns only, so the oracle's rows are cut
 * to the header's last non-empty cell (and rows left blank by the cut dropped) before comparing.
 */
async function exceljsTable(buffer: Buffer): Promise<string[][]> {
  const cellText = (value: ExcelJS.CellValue): string => {
    if (value === null || value === undefined) return '';
    if (value instanceof Date) {
      return `${String(value.getUTCDate()).padStart(2, '0')}/${String(value.getUTCMonth() + 1).padStart(2, '0')}/${value.getUTCFullYear()}`;
    }
    if (typeof value === 'object') {
      if ('richText' in value) return value.richText.map((t) => t.text).join('');
      if ('text' in value) return String(value.text);
      if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
      return '';
    }
    return String(value);
  };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
    if (cells.some((v) => v !== '')) rows.push(cells);
  });
  if (!rows.length) return rows;
  let headerWidth = rows[0].length;
  while (headerWidth > 0 && rows[0][headerWidth - 1] === '') headerWidth--;
  return rows.map((r) => r.slice(0, headerWidth)).filter((r) => r.some((v) => v !== ''));
}

const read = (buffer: Buffer, options?: ReadXlsxOptions) => readXlsxTable(buffer, options);

/** The error a read throws (fails the test when it does not throw). */
function refusal(buffer: Buffer, options?: ReadXlsxOptions): TabularFileError {
  try {
    read(buffer, options);
  } catch (err) {
    expect(err).toBeInstanceOf(TabularFileError);
    return err as TabularFileError;
  }
  throw new Error('expected the file to be refused');
}

async function workbook(build: (wb: ExcelJS.Workbook) => void, options: { useSharedStrings?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: options.useSharedStrings ?? true }));
}

describe('readXlsxTable reads what the exceljs reader read', () => {
  it('strings, numbers, dates, booleans, formulas, errors, rich text, hyperlinks, merges, blank rows, other sheets', async () => {
    for (const useSharedStrings of [true, false]) {
      const file = await workbook((wb) => {
        const ws = wb.addWorksheet('Đăng ký');
        wb.addWorksheet('Khác').addRow(['không đọc trang này']);
        ws.addRow([]);
        ws.addRow(['Mã đơn vị', 'Tên đơn vị', 'Ngày', 'Số', 'Có', 'Công thức', 'Ghi chú', 'Gộp']);
        ws.addRow(['30904', 'Thi\u0323 trâ\u0301n Giô\u0300ng Riê\u0300ng', new Date(Date.UTC(2020, 2, 20)), 1234.5, true, { formula: 'D3*2', result: 2469 }, '  có <dấu> & "ngoặc"  ', 'gộp dọc']);
        ws.addRow(['091', { richText: [{ text: 'Huyện ', font: { bold: true } }, { text: 'Hòn Đất' }] }, new Date(Date.UTC(1999, 11, 31)), -0.001, false, { formula: 'B4', result: 'Huyện Hòn Đất' }, { text: 'Trang', hyperlink: 'https://example.org' }]);
        ws.addRow(['   ', '', null]);
        ws.addRow(['SNV', 'dòng\nmới_x000D_', { formula: 'C3+1', result: new Date(Date.UTC(2020, 2, 21)) }, 12345678901234567890, { formula: 'E3', result: true }, { error: '#N/A' }, '🙂 ký tự ngoài BMP', 'x']);
        ws.addRow(['SNV-CCHC', 'Số như chữ', '20/03/2020', '0091', { formula: 'NA()', result: { error: '#N/A' } }, { formula: 'X1' }, 'ghi chú', '', 'ngoài tiêu đề']);
        ws.mergeCells('H3:H4');
        ws.getCell('C7').numFmt = 'dd/mm/yyyy';
        ws.getCell('D4').numFmt = '0.000';
      }, { useSharedStrings });
      const expected = await exceljsTable(file);
      expect(read(file)).toEqual(expected);
      expect(expected[2]).toEqual(['091', 'Huyện Hòn Đất', '31/12/1999', '-0.001', 'false', 'Huyện Hòn Đất', 'Trang', 'gộp dọc']);
    }
  });

  it('a merged header fills every cell of its range, and a 1904 workbook reads its dates', async () => {
    const file = await workbook((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('A');
      ws.addRow(['Mã', 'Họ và tên', '', 'Ngày']);
      ws.addRow(['1', 'Nguyễn', 'Văn A', new Date(Date.UTC(2021, 0, 2))]);
      ws.mergeCells('B1:C1');
    });
    expect(read(file)).toEqual(await exceljsTable(file));
    expect(read(file)[0]).toEqual(['Mã', 'Họ và tên', 'Họ và tên', 'Ngày']);
    expect(read(file)[1][3]).toBe('02/01/2021');
  });

  it('any table of text, numbers, booleans, dates and empty cells', async () => {
    const text = fc.stringMatching(/^[ a-zA-Z0-9àáạảãăằắặẳẵâầấậẩẫđèéẹẻẽêềếệểễĐƯư&<>"'\n_x.,-]{0,12}$/);
    const cell = fc.oneof(
      text,
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))),
      fc.constant(null),
    );
    const table = fc.record({ header: fc.array(fc.stringMatching(/^[A-Za-zĐđ ]{1,8}$/), { minLength: 1, maxLength: 6 }), rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }) });
    await fc.assert(
      fc.asyncProperty(table, fc.boolean(), async ({ header, rows }, useSharedStrings) => {
        const file = await workbook((wb) => {
          const ws = wb.addWorksheet('T');
          ws.addRow(header);
          for (const r of rows) ws.addRow(r);
        }, { useSharedStrings });
        expect(read(file)).toEqual(await exceljsTable(file));
      }),
      { numRuns: 40 },
    );
  });
});

describe('readXlsxTable on hand-written sheets', () => {
  it('reads inline rich text, CDATA, character references, and cells and rows without an address', () => {
    const sheet =
      headerRowXml(['A', 'B', 'C']) +
      '<row r="2"><c r="A2" t="inlineStr"><is><r><rPr><vertAlign val="superscript"/><family val="2"/></rPr><t>x</t></r><r><t xml:space="preserve"> y</t></r></is></c>' +
      '<c r="B2" t="inlineStr"><is><t><![CDATA[<ok> & done]]></t></is></c><c r="C2" t="inlineStr"><is><t>&#272;&#x1EA1;i</t></is></c></row>' +
      '<row><c t="inlineStr"><is><t>a3</t></is></c><c t="inlineStr"><is><t>b3</t></is></c></row>';
    expect(read(workbookFromSheetData(sheet))).toEqual([
      ['A', 'B', 'C'],
      ['x y', '<ok> & done', 'Đại'],
      ['a3', 'b3', ''],
    ]);
  });

  it('keeps an unknown entity as written, including one named like an object property', () => {
    const sheet = headerRowXml(['A', 'B', 'C']) + '<row r="2"><c r="A2" t="inlineStr"><is><t>&amp;constructor;&amp;</t></is></c><c r="B2" t="inlineStr"><is><t>&constructor;</t></is></c><c r="C2" t="inlineStr"><is><t>a&toString;b&nbsp;</t></is></c></row>';
    expect(read(workbookFromSheetData(sheet))).toEqual([
      ['A', 'B', 'C'],
      ['&constructor;&', '&constructor;', 'a&toString;b&nbsp;'],
    ]);
  });

  it('reads only the header\'s columns, or fewer when the caller says so', () => {
    const sheet = headerRowXml(['A', 'B', 'C']) + `<row r="2">${inlineCell('A2', '1')}${inlineCell('C2', '3')}${inlineCell('AX2', 'ngoài')}</row><row r="3">${inlineCell('GR3', 'chỉ ngoài')}</row>`;
    const file = workbookFromSheetData(sheet);
    expect(read(file)).toEqual([
      ['A', 'B', 'C'],
      ['1', '', '3'],
    ]);
    expect(read(file, { maxColumns: 2 })).toEqual([
      ['A', 'B'],
      ['1', ''],
    ]);
  });

  it('an empty sheet is an empty table; a workbook without a worksheet is refused', () => {
    expect(read(workbookFromSheetData(''))).toEqual([]);
    const chartOnly = zipParts([
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="Biểu đồ" sheetId="1" r:id="rId1"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="rId1" Target="chartsheets/sheet1.xml"/></Relationships>' },
      { name: 'xl/chartsheets/sheet1.xml', data: '<chartsheet/>' },
    ]);
    expect(refusal(chartOnly)).toMatchObject({ status: 400, message: 'Tệp Excel không có trang tính nào.' });
  });

  it('refuses what is not an XLSX with a 400', () => {
    expect(refusal(Buffer.from('not a zip'))).toMatchObject({ status: 400, message: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ.' });
    const good = workbookFromSheetData(headerRowXml());
    expect(refusal(good.subarray(0, good.length - 40))).toMatchObject({ status: 400 });
    expect(refusal(zipParts([{ name: 'word/document.xml', data: '<w:document/>' }]))).toMatchObject({ status: 400 });
    // A few bytes of the sheet's compressed data damaged.
    const corrupt = Buffer.from(good);
    const sheetData = good.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
    corrupt.fill(0x55, sheetData + 20, sheetData + 24);
    expect(refusal(corrupt)).toMatchObject({ status: 400 });
  });
});

describe('readXlsxTable within XLSX_LIMITS', () => {
  it('the tester\'s file (a value in column XFD on 1,500 rows) is refused at the first such cell', () => {
    const err = refusal(xfdColumnFile(1500));
    expect(err.status).toBe(413);
    expect(err.message).toBe('Tệp quá lớn: bảng tính có dữ liệu ở ô XFD2, ngoài 200 cột đầu (giới hạn 200 cột).');
    expect(refusal(xfdColumnFile(1500), { maxColumns: 6 }).status).toBe(413);
  });

  it('styled but empty cells far right are no data', () => {
    const sheet = headerRowXml(['A']) + '<row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c><c r="XFD2" s="1"/><c r="XFC2" s="1"><v></v></c></row>';
    expect(read(workbookFromSheetData(sheet))).toEqual([['A'], ['1']]);
  });

  it('refuses more rows than the limit', () => {
    let sheet = headerRowXml(['A']);
    for (let r = 2; r <= XLSX_LIMITS.maxRows + 1; r++) sheet += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    const err = refusal(workbookFromSheetData(sheet));
    expect(err).toMatchObject({ status: 413, message: 'Tệp quá lớn: bảng tính có hơn 20.000 dòng (giới hạn 20.000).' });
    // Exactly at the limit is fine.
    expect(read(workbookFromSheetData(sheet), { limits: { maxRows: XLSX_LIMITS.maxRows + 1 } })).toHaveLength(XLSX_LIMITS.maxRows + 1);
  });

  it('refuses more shared strings than the limit, declared or not', () => {
    expect(refusal(manySharedStringsFile(XLSX_LIMITS.maxSharedStrings + 1))).toMatchObject({
      status: 413,
      message: 'Tệp quá lớn: bảng tính có hơn 200.000 chuỗi văn bản dùng chung (giới hạn 200.000).',
    });
    const understated = `<sst uniqueCount="3">${'<si><t>a</t></si>'.repeat(1001)}</sst>`;
    const file = workbookFromSheetData(headerRowXml(['A']), { sharedStrings: understated });
    expect(refusal(file, { limits: { maxSharedStrings: 1000 } }).status).toBe(413);
  });

  it('refuses a sheet that expands beyond the size limit, whether the zip says so or hides it', () => {
    const declared = workbookFromSheetData(headerRowXml(), { sheetDeclaredSize: XLSX_LIMITS.maxXmlBytes + 1 });
    expect(refusal(declared)).toMatchObject({ status: 413, message: 'Tệp quá lớn: nội dung bảng tính khi giải nén vượt quá 50 MB (giới hạn 50 MB).' });
    // 60 MB of spaces in the sheet, declared as 1 KB: stopped while inflating.
    const hidden = workbookFromSheetData([Buffer.from(headerRowXml()), Buffer.alloc(60 * 2 ** 20, 0x20)], { sheetDeclaredSize: 1024 });
    expect(hidden.length).toBeLessThan(200 * 1024);
    expect(refusal(hidden)).toMatchObject({ status: 413 });
    // The shared strings count against the same budget.
    expect(refusal(manySharedStringsFile(1000), { limits: { maxXmlBytes: 10_000 } }).status).toBe(413);
  });

  it('a merged range cannot create rows or cells beyond the limits', () => {
    const tall = headerRowXml(['A']) + `<row r="2">${inlineCell('A2', 'x')}</row>`;
    const withMerges = (refs: string[]) =>
      workbookFromSheetData(tall, { afterSheetData: `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>` });
    expect(refusal(withMerges(['A2:A1048576']))).toMatchObject({ status: 413, message: 'Tệp quá lớn: bảng tính có hơn 20.000 dòng (giới hạn 20.000).' });
    expect(read(withMerges(['A2:A4']))).toEqual([['A'], ['x'], ['x'], ['x']]);
    // An empty range as tall as the sheet changes nothing and costs nothing.
    expect(read(withMerges(['B3:Z1048576']))).toEqual([['A'], ['x']]);
    const many = Array.from({ length: 20 }, () => `A2:${columnLetters(200)}30`);
    expect(refusal(withMerges(many), { limits: { maxMergedCells: 10_000 } }).status).toBe(413);
  });
});
