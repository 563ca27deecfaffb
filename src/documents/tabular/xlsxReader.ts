/**
 * Reads the first sheet of an XLSX upload as rows of text, synchronously and within XLSX_LIMITS — the part of
 * parseXlsx that runs in the worker (xlsxWorker.ts), or in process when asked.
 *
 * It reads the zip and the XML itself instead of loading the workbook with exceljs: exceljs builds every cell of
 * every row up to the sheet's widest one and holds the whole workbook model, so a 15 KB file with one value in
 * column XFD on 1,500 rows took gigabytes. Here only the parts a table needs are inflated (workbook, its
 * relationships, the first worksheet, shared strings, styles for dates), their declared sizes are checked
 * before anything is inflated and their real sizes while inflating, and the XML is scanned as bytes, decoding
 * only the cells that are kept.
 *
 * Cell text follows what the exceljs reader gave (tabular.test.ts compares the two): trimmed NFC text; numbers
 * as JavaScript prints them; numbers in a date format as dd/mm/yyyy (UTC day, 1900 or 1904 system); booleans as
 * "true"/"false"; errors and formulas without a cached result as ""; a formula's cached result otherwise; rich
 * text joined; a merged range shows its top-left value in every cell; blank rows dropped; first sheet only.
 * Differences, all on files exceljs mishandled: a hyperlink cell holding a date gives dd/mm/yyyy (exceljs gave
 * the Date's long string), rich text in a hyperlink cell gives its text (exceljs "[object Object]"), rows and
 * cells without an `r` attribute follow the previous one (exceljs dropped or refused them), overlapping merges
 * and undefined entities are not refused.
 */
import { TabularFileError, NO_SHEET, NOT_XLSX, formatCount, formatMegabytes } from './tabularFileError';
import { peekZipEntry, readZipDirectory, readZipEntry, type ZipEntry } from './zipEntries';

/** The limits of an XLSX upload; pass `limits` to parseXlsx to change one. */
export const XLSX_LIMITS = Object.freeze({
  /** Uncompressed bytes of the parts read (worksheet, shared strings, styles, workbook): 50 MB. */
  maxXmlBytes: 50 * 1024 * 1024,
  /** Shared strings (distinct texts) in the workbook. */
  maxSharedStrings: 200_000,
  /** Non-blank rows of the sheet, header included. */
  maxRows: 20_000,
  /** Columns read; a value further right refuses the file. */
  maxColumns: 200,
  /** Cells filled from merged ranges. */
  maxMergedCells: 1_000_000,
  /** Entries in the zip. */
  maxZipEntries: 10_000,
});

export type XlsxLimits = { [K in keyof typeof XLSX_LIMITS]: number };

export type ReadXlsxOptions = {
  /** Columns the caller's table has: read no further (at most limits.maxColumns). Default: up to the header's last non-empty cell. */
  maxColumns?: number;
  limits?: Partial<XlsxLimits>;
};

const tooLarge = (what: string) => new TabularFileError(`Tệp quá lớn: ${what}`, 413);
const malformed = () => new TabularFileError(NOT_XLSX, 400);

// ---------------------------------------------------------------------------------------------- XML text helpers

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character data: entities and character references decoded, CDATA unwrapped. Unknown entities stay as written. */
function decodeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('<') < 0) return s;
  if (s.includes('<![CDATA[')) {
    return s
      .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
      .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXml(part)))
      .join('');
  }
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    // Own keys only: "&constructor;" or "&toString;" is an unknown entity, kept as written, not an inherited function.
    return Object.hasOwn(ENTITY, ref) ? ENTITY[ref] : whole;
  });
}

/** exceljs decodes `str` values once more (its utils.xmlDecode); kept so such cells read as before. */
const xmlDecodeAgain = (s: string) => s.replace(/&([a-z]*);/g, (c) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' })[c] ?? c);

/** Excel's escapes of control characters in `<t>` (`_x000D_`), decoded as exceljs's TextXform does. */
const unescapeX = (s: string) => (s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));

/** Attribute `name` of an element's opening tag text, decoded; undefined when absent. */
function attr(tag: string, name: string): string | undefined {
  for (let at = tag.indexOf(name); at >= 0; at = tag.indexOf(name, at + 1)) {
    const before = tag.charCodeAt(at - 1);
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    let q = at + name.length;
    while (tag.charCodeAt(q) === 0x20 || tag.charCodeAt(q) === 0x09 || tag.charCodeAt(q) === 0x0a || tag.charCodeAt(q) === 0x0d) q++;
    if (tag[q] !== '=') continue;
    q++;
    while (tag.charCodeAt(q) === 0x20 || tag.charCodeAt(q) === 0x09 || tag.charCodeAt(q) === 0x0a || tag.charCodeAt(q) === 0x0d) q++;
    const quote = tag[q];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = tag.indexOf(quote, q + 1);
    return end < 0 ? undefined : decodeXml(tag.slice(q + 1, end));
  }
  return undefined;
}

const isNameEnd = (code: number) => code === 0x20 || code === 0x3e || code === 0x2f || code === 0x09 || code === 0x0a || code === 0x0d;

/** Where the element `<name` starts in `xml` from `from` (not a longer name such as `<vertAlign` for `<v`), or -1. */
function findTag(xml: string, name: string, from = 0): number {
  const open = `<${name}`;
  for (let i = xml.indexOf(open, from); i >= 0; i = xml.indexOf(open, i + 1)) if (isNameEnd(xml.charCodeAt(i + open.length))) return i;
  return -1;
}

/** Every element `<name …>` (opening or empty) in `xml`, as its tag text. */
function* elements(xml: string, name: string): Generator<string> {
  const open = `<${name}`;
  for (let i = xml.indexOf(open); i >= 0; i = xml.indexOf(open, i + 1)) {
    if (!isNameEnd(xml.charCodeAt(i + open.length))) continue;
    const end = xml.indexOf('>', i);
    if (end < 0) return;
    yield xml.slice(i, end + 1);
  }
}

/** The texts of the `<t>` elements in `xml`, in order, each decoded (and `_xHHHH_`-unescaped when asked). */
function tTexts(xml: string, unescape: boolean): string {
  let out = '';
  for (let i = xml.indexOf('<t'); i >= 0; i = xml.indexOf('<t', i + 2)) {
    const next = xml.charCodeAt(i + 2);
    if (next !== 0x3e && next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d) continue;
    const end = xml.indexOf('>', i);
    if (end < 0) break;
    if (xml.charCodeAt(end - 1) === 0x2f) continue; // <t/>
    const close = xml.indexOf('</t>', end);
    if (close < 0) break;
    const text = decodeXml(xml.slice(end + 1, close));
    out += unescape ? unescapeX(text) : text;
    i = close;
  }
  return out;
}

/** Rich or plain text of a shared string `<si>` or inline `<is>` body; phonetic runs (`<rPh>`) left out. */
function stringItemText(inner: string, plainTUnescaped: boolean): string {
  const body = inner.includes('<rPh') ? inner.replace(/<rPh[\s>][\s\S]*?<\/rPh>/g, '') : inner;
  const rich = /<r[\s>]/.test(body);
  return tTexts(body, rich || plainTUnescaped);
}

// -------------------------------------------------------------------------------------------------- the workbook

const WORKSHEET_PATH = /xl\/worksheets\/sheet(\d+)[.]xml/;

type Book = { sheetPath: string; date1904: boolean };

function findFirstSheet(workbookXml: string, relsXml: string, entries: Map<string, ZipEntry>): Book {
  const targets = new Map<string, string>();
  for (const rel of elements(relsXml, 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  const pr = elements(workbookXml, 'workbookPr').next().value;
  const flag = pr ? attr(pr, 'date1904') : undefined;
  const date1904 = flag === '1' || flag === 'true';
  // exceljs's first worksheet: the first <sheet> whose relationship leads to a worksheet part it reads.
  for (const sheet of elements(workbookXml, 'sheet')) {
    const target = targets.get(attr(sheet, 'r:id') ?? '');
    if (target === undefined) continue;
    const sheetPath = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    if (WORKSHEET_PATH.test(sheetPath) && entries.has(sheetPath)) return { sheetPath, date1904 };
  }
  throw new TabularFileError(NO_SHEET, 400);
}

/** Date formats by style index (cellXfs order), as exceljs decides them: its isDateFmt on the format code. */
function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  const numFmtsStart = stylesXml.indexOf('<numFmts');
  if (numFmtsStart >= 0) {
    const numFmtsEnd = stylesXml.indexOf('</numFmts>', numFmtsStart);
    for (const el of elements(stylesXml.slice(numFmtsStart, numFmtsEnd < 0 ? undefined : numFmtsEnd), 'numFmt')) {
      const id = parseInt(attr(el, 'numFmtId') ?? '', 10);
      const code = attr(el, 'formatCode');
      if (!Number.isNaN(id) && code !== undefined) custom.set(id, code.replace(/[\\](.)/g, '$1'));
    }
  }
  const xfsStart = stylesXml.indexOf('<cellXfs');
  if (xfsStart < 0) return [];
  const xfsEnd = stylesXml.indexOf('</cellXfs>', xfsStart);
  const result: boolean[] = [];
  for (const xf of elements(stylesXml.slice(xfsStart, xfsEnd < 0 ? undefined : xfsEnd), 'xf')) {
    const id = parseInt(attr(xf, 'numFmtId') ?? '0', 10);
    const code = id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined;
    result.push(isDateFormat(code));
  }
  return result;
}

/** exceljs's default number formats that have a code (defaultnumformats.js); the locale-specific ones have none. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A date serial as dd/mm/yyyy of its UTC day, as exceljs's excelToDate and the old cellText made it. */
function serialToText(serial: number, date1904: boolean): string {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

const tooManyStrings = (max: number) => tooLarge(`bảng tính có hơn ${formatCount(max)} chuỗi văn bản dùng chung (giới hạn ${formatCount(max)}).`);

/** The shared-string count the part declares in its root element (`<sst uniqueCount>`), read from its first bytes. */
function declaredStringCount(start: Buffer): number {
  const sst = start.indexOf('<sst');
  const tagEnd = sst < 0 ? -1 : start.indexOf(0x3e, sst);
  return tagEnd < 0 ? NaN : parseInt(attr(start.toString('latin1', sst, tagEnd + 1), 'uniqueCount') ?? '', 10);
}

function readSharedStrings(buf: Buffer, max: number): string[] {
  const tooMany = () => tooManyStrings(max);
  const si = Buffer.from('<si');
  const siEnd = Buffer.from('</si>');
  // Counted first (a search, no decoding), so a file that understates its count is refused as cheaply.
  let count = 0;
  for (let i = buf.indexOf(si); i >= 0; i = buf.indexOf(si, i + 3)) if (isNameEnd(buf[i + 3]) && ++count > max) throw tooMany();
  const strings: string[] = [];
  for (let i = buf.indexOf(si); i >= 0; i = buf.indexOf(si, i + 3)) {
    if (!isNameEnd(buf[i + 3])) continue;
    if (strings.length >= max) throw tooMany();
    const openEnd = buf.indexOf(0x3e, i);
    if (openEnd < 0) throw malformed();
    if (buf[openEnd - 1] === 0x2f) {
      strings.push('');
      continue;
    }
    const close = buf.indexOf(siEnd, openEnd);
    if (close < 0) throw malformed();
    strings.push(stringItemText(buf.toString('utf8', openEnd + 1, close), true));
    i = close;
  }
  return strings;
}

// ----------------------------------------------------------------------------------------------------- the sheet

const lettersToColumn = (ref: string) => {
  let col = 0;
  for (let k = 0; k < ref.length; k++) {
    const c = ref.charCodeAt(k);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 0x24) break; // "$"
  }
  return col;
};
const refRow = (ref: string) => parseInt(ref.replace(/^[$A-Za-z]+\$?/, ''), 10);
const columnName = (col: number) => {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

type SheetContext = { strings: string[]; dates: boolean[]; date1904: boolean };

/** A cell's text from its opening tag and body, as the exceljs reader plus the old cellText gave it (untrimmed). */
function cellText(tag: string, inner: string, ctx: SheetContext): string {
  let formula = false;
  let value = '';
  let hasValue = false;
  // <f>: a formula when it has text or a t="shared|array" attribute.
  const f = findTag(inner, 'f');
  if (f >= 0) {
    const fEnd = inner.indexOf('>', f);
    const fTag = inner.slice(f, fEnd + 1);
    if (attr(fTag, 't') !== undefined) formula = true;
    else if (fTag.charCodeAt(fTag.length - 2) !== 0x2f) {
      const close = inner.indexOf('</f>', fEnd);
      if (close > fEnd + 1) formula = true;
    }
  }
  const v = findTag(inner, 'v');
  if (v >= 0) {
    const vEnd = inner.indexOf('>', v);
    if (inner.charCodeAt(vEnd - 1) !== 0x2f) {
      const close = inner.indexOf('</v>', vEnd);
      if (close > vEnd + 1) {
        value = decodeXml(inner.slice(vEnd + 1, close));
        hasValue = true;
      }
    }
  }
  const t = attr(tag, 't');
  const is = findTag(inner, 'is');
  if (is >= 0) {
    const close = inner.indexOf('</is>', is);
    if (close > 0) {
      const text = stringItemText(inner.slice(inner.indexOf('>', is) + 1, close), false);
      if (text !== '' || /<r[\s>]/.test(inner)) {
        value += text;
        hasValue = true;
      }
    }
  }
  const style = parseInt(attr(tag, 's') ?? '', 10);
  const isDate = style > 0 && ctx.dates[style] === true;
  const number = (s: string) => {
    const n = parseFloat(s);
    return isDate ? serialToText(n, ctx.date1904) : String(n);
  };
  if (formula) {
    if (!value) return '';
    if (t === 'str') return xmlDecodeAgain(value);
    if (t === 'b') return String(parseInt(value, 10) !== 0);
    if (t === 'e') return '';
    return number(value);
  }
  if (!hasValue) return '';
  switch (t) {
    case 's': {
      const s = ctx.strings[parseInt(value, 10)];
      return s === undefined ? '' : s;
    }
    case 'str':
      return xmlDecodeAgain(value);
    case 'inlineStr':
      return value;
    case 'b':
      return String(parseInt(value, 10) !== 0);
    case 'e':
      return '';
    default:
      return number(value);
  }
}

type Limits = XlsxLimits;

/** Rows by number, each a sparse array of trimmed NFC texts up to `readColumns`. */
function readSheet(buf: Buffer, ctx: SheetContext, limits: Limits, readColumns: number): { rows: Map<number, string[]>; merges: string[] } {
  const rows = new Map<number, string[]>();
  const merges: string[] = [];
  const dataStart = buf.indexOf('<sheetData');
  if (dataStart < 0) return { rows, merges };
  let dataEnd = buf.indexOf('</sheetData>', dataStart);
  if (dataEnd < 0) dataEnd = buf.indexOf(0x3e, dataStart); // <sheetData/>
  if (dataEnd < 0) throw malformed();
  const rowOpen = Buffer.from('<row');
  const rowClose = Buffer.from('</row>');
  const cellOpen = Buffer.from('<c');
  const cellClose = Buffer.from('</c>');
  let nonBlank = 0;
  let rowNumber = 0;
  for (let i = buf.indexOf(rowOpen, dataStart); i >= 0 && i < dataEnd; i = buf.indexOf(rowOpen, i + 4)) {
    if (!isNameEnd(buf[i + 4])) continue;
    const tagEnd = buf.indexOf(0x3e, i);
    if (tagEnd < 0) throw malformed();
    const rowTag = buf.toString('latin1', i, tagEnd + 1);
    const r = parseInt(attr(rowTag, 'r') ?? '', 10);
    rowNumber = Number.isNaN(r) ? rowNumber + 1 : r;
    if (buf[tagEnd - 1] === 0x2f) continue; // <row …/>
    const end = buf.indexOf(rowClose, tagEnd);
    if (end < 0) throw malformed();
    let cells: string[] | undefined;
    let col = 0;
    // Searched within the row only, so that rows without cells cannot make each search run to the end of the sheet.
    const row = buf.subarray(0, end);
    for (let c = row.indexOf(cellOpen, tagEnd); c >= 0; c = row.indexOf(cellOpen, c + 2)) {
      if (!isNameEnd(row[c + 2])) continue;
      const cTagEnd = row.indexOf(0x3e, c);
      if (cTagEnd < 0) throw malformed();
      const cTag = row.toString('utf8', c, cTagEnd + 1);
      const ref = attr(cTag, 'r');
      col = ref === undefined ? col + 1 : lettersToColumn(ref);
      if (row[cTagEnd - 1] === 0x2f) continue; // <c …/>: no value
      const cEnd = row.indexOf(cellClose, cTagEnd);
      if (cEnd < 0) throw malformed();
      const beyond = col > limits.maxColumns;
      if (col > readColumns && !beyond) {
        c = cEnd;
        continue;
      }
      // Left as written (not composed here): the table codec composes decomposed text and reports the cells it repaired.
      const text = cellText(cTag, row.toString('utf8', cTagEnd + 1, cEnd), ctx).trim();
      c = cEnd;
      if (text === '') continue;
      if (beyond) {
        throw tooLarge(`bảng tính có dữ liệu ở ô ${columnName(col)}${rowNumber}, ngoài ${formatCount(limits.maxColumns)} cột đầu (giới hạn ${formatCount(limits.maxColumns)} cột).`);
      }
      if (!cells) {
        cells = rows.get(rowNumber);
        if (!cells) {
          cells = [];
          rows.set(rowNumber, cells);
        }
        if (cells.length === 0 && ++nonBlank > limits.maxRows) throw tooManyRows(limits.maxRows);
      }
      cells[col - 1] = text;
    }
    i = end;
  }
  // <mergeCells> follows <sheetData>.
  const mergeStart = buf.indexOf('<mergeCells', dataEnd);
  if (mergeStart >= 0) {
    const mergeEnd = buf.indexOf('</mergeCells>', mergeStart);
    const xml = buf.toString('utf8', mergeStart, mergeEnd < 0 ? buf.length : mergeEnd);
    for (const el of elements(xml, 'mergeCell')) {
      const ref = attr(el, 'ref');
      if (ref) merges.push(ref);
    }
  }
  return { rows, merges };
}

const tooManyRows = (max: number) => tooLarge(`bảng tính có hơn ${formatCount(max)} dòng (giới hạn ${formatCount(max)}).`);

/**
 * Every cell of a merged range shows the top-left cell's value, as exceljs gave it. An empty top-left cell
 * empties the range in the rows read; a filled one fills it, creating rows. Work is capped by maxMergedCells.
 */
function applyMerges(rows: Map<number, string[]>, merges: string[], limits: Limits, readColumns: number) {
  let lastRow = 0;
  for (const r of rows.keys()) lastRow = Math.max(lastRow, r);
  let filled = 0;
  for (const ref of merges) {
    const [a, b = a] = ref.split(':');
    const top = refRow(a);
    const left = lettersToColumn(a);
    const right = Math.min(lettersToColumn(b), readColumns);
    const master = rows.get(top)?.[left - 1] ?? '';
    if (master !== '' && refRow(b) - top + 1 > limits.maxRows) throw tooManyRows(limits.maxRows);
    // Below the last row read an empty range changes nothing.
    const bottom = master === '' ? Math.min(refRow(b), lastRow) : refRow(b);
    if (!(top > 0 && left > 0 && bottom >= top && right >= left)) continue;
    filled += (bottom - top + 1) * (right - left + 1);
    if (filled > limits.maxMergedCells) {
      throw tooLarge(`vùng ô gộp của bảng tính có hơn ${formatCount(limits.maxMergedCells)} ô (giới hạn ${formatCount(limits.maxMergedCells)}).`);
    }
    for (let r = top; r <= bottom; r++) {
      let cells = rows.get(r);
      if (!cells) {
        if (master === '') continue;
        rows.set(r, (cells = []));
      }
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        if (master === '') delete cells[c - 1];
        else cells[c - 1] = master;
      }
    }
  }
}

/**
 * The first sheet as rows of trimmed text, the first row being the header; every row as wide as the header
 * (its last non-empty cell, or `maxColumns`).
 * @throws TabularFileError 413 over a limit, 400 when the file is not a readable XLSX
 */
export function readXlsxTable(buffer: Buffer, options: ReadXlsxOptions = {}): string[][] {
  try {
    return readTable(buffer, options);
  } catch (err) {
    if (err instanceof TabularFileError) throw err;
    // A truncated or inconsistent file makes a read go out of bounds: still a file we cannot read, not a server error.
    throw new TabularFileError(NOT_XLSX, 400, { cause: err });
  }
}

function readTable(buffer: Buffer, options: ReadXlsxOptions): string[][] {
  const limits: Limits = { ...XLSX_LIMITS, ...options.limits };
  const readColumns = Math.max(0, Math.min(options.maxColumns ?? limits.maxColumns, limits.maxColumns));
  const entries = readZipDirectory(buffer, limits.maxZipEntries);
  const workbook = entries.get('xl/workbook.xml');
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) throw malformed();

  let budget = limits.maxXmlBytes;
  const sizeError = () => tooLarge(`nội dung bảng tính khi giải nén vượt quá ${formatMegabytes(limits.maxXmlBytes)} (giới hạn ${formatMegabytes(limits.maxXmlBytes)}).`);
  const read = (entry: ZipEntry) => {
    const data = readZipEntry(buffer, entry, budget, sizeError);
    budget -= data.length;
    return data;
  };
  const book = findFirstSheet(read(workbook).toString('utf8'), read(rels).toString('utf8'), entries);
  const sheet = entries.get(book.sheetPath)!;
  const strings = entries.get('xl/sharedStrings.xml');
  const styles = entries.get('xl/styles.xml');
  // What the file declares, before anything large is inflated.
  if (sheet.uncompressedSize + (strings?.uncompressedSize ?? 0) + (styles?.uncompressedSize ?? 0) > budget) throw sizeError();

  // The count the file declares refuses it before the part is inflated; one that understates it is stopped while counting.
  if (strings && declaredStringCount(peekZipEntry(buffer, strings, 4096)) > limits.maxSharedStrings) throw tooManyStrings(limits.maxSharedStrings);

  const ctx: SheetContext = {
    dates: styles ? dateStyles(read(styles).toString('utf8')) : [],
    strings: strings ? readSharedStrings(read(strings), limits.maxSharedStrings) : [],
    date1904: book.date1904,
  };
  const { rows, merges } = readSheet(read(sheet), ctx, limits, readColumns);
  if (merges.length) applyMerges(rows, merges, limits, readColumns);

  const numbers = [...rows.keys()].sort((a, b) => a - b);
  const kept = numbers.map((n) => rows.get(n)!).filter((cells) => cells.some((v) => v));
  if (kept.length > limits.maxRows) throw tooManyRows(limits.maxRows);
  if (kept.length === 0) return [];
  const header = kept[0];
  let width = 0;
  for (let c = header.length; c > 0; c--) {
    if (header[c - 1]) {
      width = c;
      break;
    }
  }
  const table: string[][] = [];
  for (const cells of kept) {
    const row = new Array<string>(width);
    let any = false;
    for (let c = 0; c < width; c++) {
      const v = cells[c] ?? '';
      row[c] = v;
      if (v) any = true;
    }
    if (any) table.push(row);
  }
  return table;
}
