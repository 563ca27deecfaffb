/**
 * Hostile XLSX files for the tests and for bench/hostileXlsx.ts — never imported by the server.
 * Each is a minimal but valid workbook (exceljs reads them), written straight as XML and zipped here with
 * node:zlib, so a 250 MB sheet costs a second to build, not a minute.
 */
import zlib from 'node:zlib';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** The registration import header (REGISTRATION_COLUMNS), as a hostile uploader would copy it. */
export const REGISTRATION_HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Nội dung đăng ký tập thể', 'Họ và tên', 'Chức vụ', 'Nội dung đăng ký cá nhân'];

export type ZipPart = { name: string; data: Buffer | string; /** Uncompressed size written in the headers (a lie when set). */ declaredSize?: number; stored?: boolean };

/** A zip of the parts (deflated, or stored), without data descriptors; sizes as declared when a part says so. */
export function zipParts(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, 'utf8');
    const body = part.stored ? data : zlib.deflateRawSync(data, { level: 9 });
    const name = Buffer.from(part.name, 'utf8');
    const crc = zlib.crc32(data);
    const size = part.declaredSize ?? data.length;
    // The fields both headers share (flags, method, time, date, CRC, sizes, name length), from `at` on.
    const entry = (header: Buffer, at: number) => {
      header.writeUInt16LE(0x0800, at);
      header.writeUInt16LE(part.stored ? 0 : 8, at + 2);
      header.writeUInt16LE(0, at + 4);
      header.writeUInt16LE(0x21, at + 6);
      header.writeUInt32LE(crc, at + 8);
      header.writeUInt32LE(body.length, at + 12);
      header.writeUInt32LE(size, at + 16);
      header.writeUInt16LE(name.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    entry(local, 6);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    entry(central, 8);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Column letters of a 1-based column number (1 → A, 16384 → XFD). */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** An inline-string cell. */
export const inlineCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;

/** The header row (row 1) as inline strings. */
export const headerRowXml = (header: string[] = REGISTRATION_HEADER) =>
  `<row r="1">${header.map((h, i) => inlineCell(`${columnLetters(i + 1)}1`, h)).join('')}</row>`;

/**
 * A workbook of one sheet from its `<sheetData>` content (a string or Buffers, for sheets larger than a string
 * may be), with an optional shared-strings part and extra parts.
 */
export function workbookFromSheetData(
  sheetData: string | Buffer[],
  options: { sharedStrings?: Buffer | string; extraParts?: ZipPart[]; sheetDeclaredSize?: number; /** XML after </sheetData>, e.g. <mergeCells>. */ afterSheetData?: string } = {},
): Buffer {
  const open = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>`;
  const close = `</sheetData>${options.afterSheetData ?? ''}</worksheet>`;
  const sheet = Buffer.concat([Buffer.from(open), ...(typeof sheetData === 'string' ? [Buffer.from(sheetData, 'utf8')] : sheetData), Buffer.from(close)]);
  const hasStrings = options.sharedStrings !== undefined;
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        (hasStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '') +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Đăng ký" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        (hasStrings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : '') +
        '</Relationships>',
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: options.sheetDeclaredSize },
  ];
  if (hasStrings) parts.push({ name: 'xl/sharedStrings.xml', data: options.sharedStrings! });
  return zipParts([...parts, ...(options.extraParts ?? [])]);
}

/** The tester's file: the registration header, then a value in column XFD (16,384) on rows 2 … rows + 1. */
export function xfdColumnFile(rows = 1500): Buffer {
  let xml = headerRowXml();
  for (let r = 2; r <= rows + 1; r++) xml += `<row r="${r}">${inlineCell(`XFD${r}`, 'x')}</row>`;
  return workbookFromSheetData(xml);
}

/**
 * A small file whose sheet expands to about `sheetBytes` (default 250 MB): the header, then rows of six
 * registration-like inline-string cells of ~1.7 KB each — deflate squeezes it several hundred times.
 */
export function expandedSheetFile(sheetBytes = 250 * 1024 * 1024): Buffer {
  const chunks: Buffer[] = [Buffer.from(headerRowXml())];
  let size = chunks[0].length;
  const text = 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính. '.repeat(34);
  let r = 2;
  while (size < sheetBytes) {
    const rows: string[] = [];
    for (let k = 0; k < 500; k++, r++) rows.push(`<row r="${r}">${[1, 2, 3, 4, 5, 6].map((c) => inlineCell(`${columnLetters(c)}${r}`, text)).join('')}</row>`);
    const buf = Buffer.from(rows.join(''), 'utf8');
    chunks.push(buf);
    size += buf.length;
  }
  return workbookFromSheetData(chunks);
}

/** A file with `count` (default one million) shared strings and a sheet of the header and one row using six of them. */
export function manySharedStringsFile(count = 1_000_000): Buffer {
  const chunks: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${count}" uniqueCount="${count}">`];
  for (let i = 0; i < count; i++) chunks.push(`<si><t>s${i}</t></si>`);
  chunks.push('</sst>');
  const row = `<row r="2">${[0, 1, 2, 3, 4, 5].map((i) => `<c r="${columnLetters(i + 1)}2" t="s"><v>${i}</v></c>`).join('')}</row>`;
  return workbookFromSheetData(headerRowXml() + row, { sharedStrings: chunks.join('') });
}

/**
 * About the largest file the limits accept (for the bench): the header and 19,999 rows of six ~370-character
 * cells, a sheet of ~45 MB. Its unit codes are invalid, so an import answers with row errors without database work.
 */
export function largestAcceptedFile(rows = 19_999): Buffer {
  const chunks: Buffer[] = [Buffer.from(headerRowXml())];
  const text = 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính. '.repeat(7);
  for (let r = 2; r <= rows + 1; r += 500) {
    const block: string[] = [];
    for (let k = r; k < Math.min(r + 500, rows + 2); k++) {
      block.push(`<row r="${k}">${inlineCell(`A${k}`, `Mã sai ${k}!`)}${[2, 3, 4, 5, 6].map((c) => inlineCell(`${columnLetters(c)}${k}`, `${k} ${text}`)).join('')}</row>`);
    }
    chunks.push(Buffer.from(block.join(''), 'utf8'));
  }
  return workbookFromSheetData(chunks);
}
