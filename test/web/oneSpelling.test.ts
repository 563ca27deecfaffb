import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One spelling per word in what the user reads (issue 9): the screens say "Xóa", "Hòa", "Thủy", "quy định", never
 * "Xoá", "Hoà", "Thuỷ", "qui định". The UI takes the old-style tone placement (the accent on the first vowel of
 * "oa", "oe", "uy" at the end of a syllable), which is also the form most names in the official unit lists use.
 * Unit names are the exception: they stay exactly as the official data writes them (src/db/seed/data, where both
 * "Hòa" and "Hoà" occur), so they are taken out before the scan.
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** What the user reads: the web app, the shared labels and contracts, and the server's messages (not its tests). */
const SCANNED = ['src/web', 'src/shared', 'src/server'];
const EXTENSIONS = new Set(['.ts', '.tsx', '.css', '.html']);

/** New-style tone placement at the end of a syllable: "oà", "oé", "uý" (not "quý", where "qu" is the consonant). */
const NEW_STYLE = /(?<!\p{L})\p{L}*(?:o[àáảãạ]|o[èéẻẽẹ]|(?<![qQ])u[ỳýỷỹỵ])(?!\p{L})/giu;
/** Words the UI writes with "y" (or "i") one way only. */
const OTHER_VARIANTS: Array<[RegExp, string]> = [
  [/(?<!\p{L})kĩ(?!\p{L})/giu, 'kỹ'],
  [/(?<!\p{L})lí do(?!\p{L})/giu, 'lý do'],
  [/(?<!\p{L})qui (định|chế|trình)(?!\p{L})/giu, 'quy …'],
  [/(?<!\p{L})mĩ(?!\p{L})/giu, 'mỹ'],
];
const OLD_STYLE: Record<string, string> = { à: 'òa', á: 'óa', ả: 'ỏa', ã: 'õa', ạ: 'ọa', è: 'òe', é: 'óe', ẻ: 'ỏe', ẽ: 'õe', ẹ: 'ọe', ỳ: 'ùy', ý: 'úy', ỷ: 'ủy', ỹ: 'ũy', ỵ: 'ụy' };

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return EXTENSIONS.has(path.extname(entry.name)) && !entry.name.includes('.test.') ? [full] : [];
  });
}

/** Every "name" in the official data files: unit names are written exactly as there. */
function officialNames(): string[] {
  const names = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string' && /name$/i.test(key)) names.add(v.normalize('NFC'));
        else collect(v);
      }
    }
  };
  const dataDir = path.join(ROOT, 'src/db/seed/data');
  for (const file of fs.readdirSync(dataDir).filter((f) => f.endsWith('.json'))) collect(JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')));
  // Longest first, so that "Xã Mỹ Hòa Hưng" goes before a shorter name inside it.
  return [...names].sort((a, b) => b.length - a.length);
}

/** The old-style form of a new-style word: "Xoá" → "Xóa", "Thuỷ" → "Thủy". */
function oldStyle(word: string): string {
  return word.replace(/([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])$/u, (_, vowel: string, toned: string) => {
    const lower = OLD_STYLE[toned.toLowerCase()];
    const first = vowel === vowel.toUpperCase() ? lower.charAt(0).toUpperCase() : lower.charAt(0);
    const second = toned === toned.toUpperCase() ? lower.charAt(1).toUpperCase() : lower.charAt(1);
    return first + second;
  });
}

/** Alternative spellings in a text, each with the form to use instead. */
export function alternativeSpellings(text: string, names: string[]): Array<{ line: number; found: string; use: string }> {
  let scanned = text.normalize('NFC');
  for (const name of names) scanned = scanned.split(name).join(' '.repeat(name.length));
  const lineOf = (index: number) => scanned.slice(0, index).split('\n').length;
  const found: Array<{ line: number; found: string; use: string }> = [];
  for (const m of scanned.matchAll(NEW_STYLE)) found.push({ line: lineOf(m.index), found: m[0], use: oldStyle(m[0]) });
  for (const [pattern, use] of OTHER_VARIANTS) for (const m of scanned.matchAll(pattern)) found.push({ line: lineOf(m.index), found: m[0], use });
  return found;
}

describe('one spelling per word in the UI', () => {
  const names = officialNames();

  it.each([
    ['Xoá', 'Xóa'],
    ['Đã xoá ngày nghỉ', 'xóa'],
    ['Phường Vĩnh Hoà', 'Hòa'],
    ['THUỶ', 'THỦY'],
    ['hoạ sĩ', 'họa'],
    ['qui định', 'quy …'],
  ])('finds "%s" and asks for "%s"', (text, use) => {
    expect(alternativeSpellings(text, []).map((f) => f.use)).toEqual([use]);
  });

  it.each(['Xóa', 'Hòa', 'quý', 'Quý II', 'Hoạch định', 'hoàn thành', 'khoản', 'Thủy', 'thuyết', 'Huỳnh'])('accepts "%s"', (text) => {
    expect(alternativeSpellings(text, [])).toEqual([]);
  });

  it('keeps unit names exactly as the official data writes them, both styles included', () => {
    const newStyleNames = names.filter((n) => alternativeSpellings(n, []).length > 0);
    expect(newStyleNames.length).toBeGreaterThan(0);
    for (const name of newStyleNames) expect(alternativeSpellings(`Đơn vị: ${name}.`, names)).toEqual([]);
  });

  it('has no alternative spelling in src/web, src/shared or the server’s messages', () => {
    const offences = SCANNED.flatMap((dir) => filesUnder(path.join(ROOT, dir))).flatMap((file) =>
      alternativeSpellings(fs.readFileSync(file, 'utf8'), names).map((f) => `${path.relative(ROOT, file)}:${f.line}: "${f.found}" → "${f.use}"`),
    );
    expect(offences).toEqual([]);
  });
});
