import { decodeTcvn3, decodeVni, windows1252Bytes } from './legacyCharsets';
import { looksVietnamese, vietnameseWordScore } from './vietnameseSyllable';

/** How a text was repaired: decomposed Unicode (macOS, some Word files), or a legacy 8-bit encoding. */
export type VietnameseRepair = 'nfd' | 'tcvn3' | 'vni';
export type LegacyEncoding = 'tcvn3' | 'vni';

// Vietnamese marks most syllables, Latin-1 text few words: a cell read as legacy needs this share of marked words
// and all of them valid. A whole file (already known not to be UTF-8) may hold codes, numbers and a stray foreign word.
const CELL = { minMarkedShare: 0.2, minValidShare: 1 };
const FILE = { minMarkedShare: 0.05, minValidShare: 0.9 };

function decodeAs(encoding: LegacyEncoding, bytes: Uint8Array): string | null {
  return encoding === 'tcvn3' ? decodeTcvn3(bytes) : decodeVni(bytes);
}

/** The decoded text when it reads as Vietnamese: every marked word a syllable, and enough marked words. */
function readsAsVietnamese(decoded: string | null, original: string, guard: typeof CELL): decoded is string {
  if (decoded === null || decoded === original) return false;
  const { words, marked, valid } = vietnameseWordScore(decoded);
  return marked > 0 && valid >= marked * guard.minValidShare && marked >= words * guard.minMarkedShare;
}

/**
 * Repairs one cell of legacy Vietnamese text into Unicode NFC.
 * - Decomposed Unicode ("Huye\u0302\u0323n") is composed.
 * - Text whose characters are all Windows-1252 (legacy bytes read by an XLSX writer as that code page) is decoded as
 *   VNI or TCVN3 when that yields Vietnamese syllables. Ordinary Unicode Vietnamese (it has
 *   characters outside Windows-1252, or reads as Vietnamese already: "Hoà Bình", "Cà Mau"), ASCII and Latin-1
 *   words (café, Zürich) are left as they are.
 * @param text a cell as read from the file
 * @param assume the encoding already found in other cells of the same file: then a cell that also reads as
 *   Vietnamese as it is ("Cã", TCVN3 for "Có") is decoded too
 */
export function repairVietnameseText(text: string, assume?: LegacyEncoding): { text: string; repaired: false | VietnameseRepair } {
  const composed = text.normalize('NFC');
  if (composed !== text) return { text: composed, repaired: 'nfd' };
  if (/^[\x00-\x7f]*$/.test(text)) return { text, repaired: false };
  const bytes = windows1252Bytes(text);
  if (bytes === null) return { text, repaired: false };
  if (assume) {
    const decoded = decodeAs(assume, bytes);
    return readsAsVietnamese(decoded, text, CELL) ? { text: decoded, repaired: assume } : { text, repaired: false };
  }
  if (looksVietnamese(text)) return { text, repaired: false };
  // VNI first: its base + mark pairs rarely parse by accident, while almost any byte is some TCVN3 letter
  // ("Khoâng" is VNI for "Không", and also TCVN3 for the odd but well-formed "Khoõng").
  for (const encoding of ['vni', 'tcvn3'] as const) {
    const decoded = decodeAs(encoding, bytes);
    if (readsAsVietnamese(decoded, text, CELL)) return { text: decoded, repaired: encoding };
  }
  return { text, repaired: false };
}

/** Encodings a CSV upload is read in. */
export type CsvEncoding = 'utf-8' | LegacyEncoding | 'windows-1258' | 'windows-1252';

/**
 * Reads the bytes of an uploaded CSV: UTF-8 (with or without BOM) when they are valid UTF-8; otherwise the legacy
 * Vietnamese 8-bit encodings are tried — TCVN3, VNI-Windows, and Windows-1258 (what Excel on a Vietnamese Windows
 * saves as "CSV") — and the one whose text reads as Vietnamese wins; failing all, Windows-1252.
 * @returns the text (BOM removed; NFC when decoded from a legacy encoding) and the encoding used
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    // Decomposed UTF-8 stays so: the table codec composes it cell by cell and reports where.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: a legacy encoding
  }
  const latin = new TextDecoder('windows-1252').decode(bytes);
  const candidates: { encoding: CsvEncoding; text: string | null }[] = [
    { encoding: 'vni', text: decodeVni(bytes) }, // first: wins a tie, as for a cell
    { encoding: 'tcvn3', text: decodeTcvn3(bytes) },
    { encoding: 'windows-1258', text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC') },
  ];
  let best: { encoding: CsvEncoding; text: string; share: number } | null = null;
  for (const { encoding, text } of candidates) {
    if (!readsAsVietnamese(text, latin, FILE)) continue;
    const { marked, valid } = vietnameseWordScore(text);
    if (!best || valid / marked > best.share) best = { encoding, text, share: valid / marked };
  }
  return best ? { text: best.text, encoding: best.encoding } : { text: latin, encoding: 'windows-1252' };
}
