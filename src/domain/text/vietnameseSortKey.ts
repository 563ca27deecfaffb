/**
 * Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
 * then by tone (none, huyền, hỏi, ngã, sắc, nặng) as a secondary difference.
 * Byte-wise comparison of the key (SQL `COLLATE "C"`, or `<` in JS) gives that order, so lists
 * can be sorted and paginated in SQL on PostgreSQL and PGlite alike without an ICU collation.
 */
const BASE_ORDER = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
// Tone marks as combining characters (after NFD), in the order Vietnamese dictionaries use.
const TONES: Record<string, number> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };
// Letter-forming marks: breve (ă), circumflex (â ê ô), horn (ơ ư); đ is precomposed.
const LETTER_MARKS: Record<string, string> = { a: '\u0306\u0302', e: '\u0302', o: '\u0302\u031b', u: '\u031b' };

function code(n: number): string {
  return String.fromCharCode(0x41 + n); // 'A'.. keeps the key printable and ASCII
}

/**
 * @param text a name, e.g. "Huyện Giồng Riềng"
 * @returns a key whose byte order is the Vietnamese order of `text`
 */
export function vietnameseSortKey(text: string): string {
  const letters: string[] = [];
  const tones: string[] = [];
  const chars = Array.from(text.normalize('NFD').toLowerCase());
  for (let i = 0; i < chars.length; i++) {
    let ch = chars[i];
    let tone = 0;
    // Gather the combining marks that follow a base letter.
    while (i + 1 < chars.length && /[\u0300-\u036f]/.test(chars[i + 1])) {
      const mark = chars[++i];
      if (TONES[mark] !== undefined) tone = TONES[mark];
      else if (LETTER_MARKS[ch]?.includes(mark)) {
        ch = (ch + mark).normalize('NFC');
      }
    }
    const idx = BASE_ORDER.indexOf(ch);
    if (idx >= 0) {
      letters.push('1' + code(idx));
      tones.push(code(tone));
    } else if (/\s/.test(ch)) {
      letters.push('0 '); // spaces sort before letters: "An Biên" < "Anh"
    } else if (/[0-9]/.test(ch)) {
      letters.push('0' + ch);
    } else {
      letters.push('0' + ch);
    }
  }
  return letters.join('') + '\u0001' + tones.join('');
}

/** Comparator for Array.prototype.sort in Vietnamese order. */
export function compareVietnamese(a: string, b: string): number {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
