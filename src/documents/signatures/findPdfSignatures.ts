/**
 * One signature field of a PDF as written in the file (ISO 32000-1 §12.8.1): the byte ranges the signature covers,
 * the CMS bytes of /Contents (the gap between the two ranges), and the /SubFilter that says how it was made.
 * `problem` says, in Vietnamese, why the field cannot be checked at all.
 */
export type PdfSignatureField = {
  /** Offset of /ByteRange in the file; signatures are numbered in this order (the order they were added). */
  offset: number;
  byteRange: [number, number, number, number] | null;
  subFilter: string | null;
  /** The CMS SignedData from /Contents (hex decoded, zero padding left: DER lengths ignore it). */
  contents: Uint8Array | null;
  problem: string | null;
};

const BYTE_RANGE = /\/ByteRange\s*\[([^\]]{0,200})\]/g;
const OBJECT_START = /\d+\s+\d+\s+obj\b/g;
const SUB_FILTER = /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/;
const HEX_CONTENTS = /^<([0-9A-Fa-f\s]*)>$/;
// The signature dictionary around a /ByteRange is searched this far back for its "n 0 obj" line.
const DICTIONARY_WINDOW = 8192;

/**
 * Finds the signatures of a PDF by their /ByteRange entries. Signature dictionaries are never in compressed object
 * streams (their /Contents must be written in place after the ranges are hashed), so reading the file as bytes finds
 * all of them. Pure: bytes in, fields out; never throws on malformed input.
 */
export function findPdfSignatures(pdf: Uint8Array): PdfSignatureField[] {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const fields: PdfSignatureField[] = [];
  for (const match of text.matchAll(BYTE_RANGE)) {
    const offset = match.index;
    const subFilter = subFilterAround(text, offset);
    const numbers = match[1].trim().split(/\s+/);
    const byteRange = numbers.length === 4 && numbers.every((n) => /^\d{1,12}$/.test(n)) ? (numbers.map(Number) as [number, number, number, number]) : null;
    if (!byteRange) {
      fields.push({ offset, byteRange: null, subFilter, contents: null, problem: 'Phạm vi ký (/ByteRange) không đúng định dạng: cần đúng 4 số nguyên không âm.' });
      continue;
    }
    const [start, firstLength, secondStart, secondLength] = byteRange;
    const gapEnd = secondStart;
    if (start !== 0 || firstLength === 0 || gapEnd <= firstLength || secondStart + secondLength > pdf.length) {
      fields.push({ offset, byteRange, subFilter, contents: null, problem: `Phạm vi ký (/ByteRange [${byteRange.join(' ')}]) không hợp lệ với tệp dài ${pdf.length} byte: phần được ký phải bắt đầu từ đầu tệp và nằm trong tệp.` });
      continue;
    }
    // The gap between the two ranges must be exactly the /Contents hex string, so that nothing unsigned hides there.
    const gap = HEX_CONTENTS.exec(text.slice(firstLength, gapEnd));
    if (!gap) {
      fields.push({ offset, byteRange, subFilter, contents: null, problem: 'Khoảng không được ký giữa hai phạm vi không phải là chuỗi /Contents <…> dạng hex: không xác định được dữ liệu chữ ký.' });
      continue;
    }
    const hex = gap[1].replace(/\s+/g, '');
    if (hex.length === 0 || hex.length % 2 !== 0) {
      fields.push({ offset, byteRange, subFilter, contents: null, problem: 'Dữ liệu chữ ký (/Contents) rỗng hoặc có số chữ số hex lẻ.' });
      continue;
    }
    // A later revision may rewrite the same signature dictionary (same ranges, same /Contents): one signature, not two.
    if (fields.some((f) => f.byteRange?.every((n, i) => n === byteRange[i]))) continue;
    fields.push({ offset, byteRange, subFilter, contents: new Uint8Array(Buffer.from(hex, 'hex')), problem: null });
  }
  return fields;
}

/** The /SubFilter of the object holding a /ByteRange: from its "n 0 obj" to its "endobj". */
function subFilterAround(text: string, offset: number): string | null {
  const windowStart = Math.max(0, offset - DICTIONARY_WINDOW);
  let objectStart = windowStart;
  for (const m of text.slice(windowStart, offset).matchAll(OBJECT_START)) objectStart = windowStart + m.index;
  const end = text.indexOf('endobj', offset);
  const dictionary = text.slice(objectStart, end === -1 ? Math.min(text.length, offset + DICTIONARY_WINDOW) : end);
  // Skip the /Contents hex, which can be tens of kilobytes and holds no names.
  return SUB_FILTER.exec(dictionary.replace(/<[0-9A-Fa-f\s]{64,}>/g, '<>'))?.[1] ?? null;
}
