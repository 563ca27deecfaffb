/**
 * The two pre-Unicode Vietnamese byte encodings still found in old office files, as decoders from bytes.
 *
 * TCVN3 (ABC, the ".VnTime" fonts): one byte per letter. The table is TCVN 5712:1993 (VN1) for bytes 0x80–0xFF, as
 * published in XFree86 `xc/lib/X11/lcUniConv/tcvn.h` (the table libiconv also uses). The ABC fonts (VN3) use the
 * same codes for lower-case letters and Ă Â Ê Ô Ơ Ư Đ; VN1 adds upper-case toned letters at 0x80–0x9F and a few
 * above, which we decode too. VN1's upper-case letters on C0 control bytes (0x01 Ú …) are not decoded: a control
 * byte in a cell is far more likely noise. Capitals typed with the ".VnTimeH" font are stored as the lower-case
 * codes, so they come back lower case: nothing in the bytes says otherwise.
 *
 * VNI-Windows ("VNI-Times" fonts): a base letter followed by a byte for its marks (tone, or circumflex/breve with
 * or without tone); ơ ư đ and the toned i/ỵ are single bytes. Table after `vni.h` of xvnkb (Dao Hai Lam, VISC,
 * 2002, github.com/lamdao/xvnkb), read with the tone order of its `utf.h` (sắc, huyền, hỏi, ngã, nặng).
 */

// Windows-1252 0x80–0x9F. Undefined bytes (0x81 0x8D 0x8F 0x90 0x9D) stand for themselves, as Windows and the
// WHATWG decoder read them, so a cell holding U+0081 still maps back to its byte.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252_BYTE = new Map<string, number>([...CP1252_HIGH].map((ch, i) => [ch, 0x80 + i]));

/**
 * The bytes a string would have had if it was legacy bytes read as Windows-1252 (what an XLSX written by an old
 * converter holds), or null when a character has no such byte (then the text is genuine Unicode).
 */
export function windows1252Bytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) || (code >= 0x80 && code <= 0x9f) ? code : CP1252_BYTE.get(text[i]);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  return bytes;
}

// TCVN 5712 (VN1), bytes 0x80–0xFF → code points (XFree86 tcvn.h, tcvn_2uni_2).
// prettier-ignore
const TCVN3_HIGH = [
  0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8, 0x1eba, 0x1ebc, 0x00c9, 0x1eb8, 0x1ec6, 0x00cc, 0x1ec8, 0x0128,
  0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3, 0x1ecc, 0x1ed8, 0x1edc, 0x1ede, 0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168,
  0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0,
  0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4,
  0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
  0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2,
  0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9,
  0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];

/** TCVN3 bytes → NFC text (0xB0–0xB4 are combining tones in VN1, hence the normalisation). */
export function decodeTcvn3(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte < 0x80 ? byte : TCVN3_HIGH[byte - 0x80]);
  return text.normalize('NFC');
}

// VNI-Windows. Lower-case bytes are the upper-case ones + 0x20; either case of a mark is accepted after a base.
const VNI_LETTERS: Record<number, string> = {
  0xd4: 'Ơ', 0xd6: 'Ư', 0xd1: 'Đ', 0xcd: 'Í', 0xcc: 'Ì', 0xc6: 'Ỉ', 0xd3: 'Ĩ', 0xd2: 'Ị', 0xce: 'Ỵ',
  0xf4: 'ơ', 0xf6: 'ư', 0xf1: 'đ', 0xed: 'í', 0xec: 'ì', 0xe6: 'ỉ', 0xf3: 'ĩ', 0xf2: 'ị', 0xee: 'ỵ',
};
const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
// Mark byte (upper-case form) → combining marks, and the base letters it may follow. Written out row by row on
// purpose (not generated from the tone × vowel-mark product), so each row can be checked against the VNI chart.
const TONE_BASES = 'aeouyơưAEOUYƠƯ';
const VNI_MARKS: Record<number, { marks: string; bases: string }> = {
  0xd9: { marks: ACUTE, bases: TONE_BASES },
  0xd8: { marks: GRAVE, bases: TONE_BASES },
  0xdb: { marks: HOOK, bases: TONE_BASES },
  0xd5: { marks: TILDE, bases: TONE_BASES },
  0xcf: { marks: DOT, bases: TONE_BASES },
  0xc2: { marks: CIRCUMFLEX, bases: 'aeoAEO' },
  0xc1: { marks: CIRCUMFLEX + ACUTE, bases: 'aeoAEO' },
  0xc0: { marks: CIRCUMFLEX + GRAVE, bases: 'aeoAEO' },
  0xc5: { marks: CIRCUMFLEX + HOOK, bases: 'aeoAEO' },
  0xc3: { marks: CIRCUMFLEX + TILDE, bases: 'aeoAEO' },
  0xc4: { marks: CIRCUMFLEX + DOT, bases: 'aeoAEO' },
  0xca: { marks: BREVE, bases: 'aA' },
  0xc9: { marks: BREVE + ACUTE, bases: 'aA' },
  0xc8: { marks: BREVE + GRAVE, bases: 'aA' },
  0xda: { marks: BREVE + HOOK, bases: 'aA' },
  0xdc: { marks: BREVE + TILDE, bases: 'aA' },
  0xcb: { marks: BREVE + DOT, bases: 'aA' },
};

function vniMark(byte: number): { marks: string; bases: string } | undefined {
  return VNI_MARKS[byte] ?? (byte >= 0xe0 ? VNI_MARKS[byte - 0x20] : undefined);
}

/**
 * VNI-Windows bytes → NFC text.
 * @returns null when the bytes are not VNI: a byte ≥ 0x80 that VNI does not define, or a mark after no base letter
 */
export function decodeVni(bytes: Uint8Array): string | null {
  let text = '';
  let base: string | null = null; // the last letter, while it can still take a mark
  for (const byte of bytes) {
    const mark = byte >= 0x80 ? vniMark(byte) : undefined;
    if (mark) {
      if (base === null || !mark.bases.includes(base)) return null;
      text += mark.marks;
      base = null;
      continue;
    }
    const ch = byte < 0x80 ? String.fromCharCode(byte) : VNI_LETTERS[byte];
    if (ch === undefined) return null;
    text += ch;
    base = ch;
  }
  return text.normalize('NFC');
}
