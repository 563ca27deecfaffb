import { foldDiacritics } from '../text/foldDiacritics';
import { formatVnDate, parseLocalDate, parseVnDate, type LocalDate } from '../time/localDate';

/**
 * One cell of a spreadsheet, both ways: text → value for import ('invalid' when it does not parse, null when blank)
 * and value → text for export, in the forms Vietnamese users write: dates dd/mm/yyyy, "Có"/"Không", decimal comma.
 */

export const YES = 'Có';
export const NO = 'Không';

/** A label or code as typed: NFC, single spaces, lower case. */
export function normalLabel(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/** dd/mm/yyyy (what exports write; "3/3/2020" too) or yyyy-mm-dd. */
export function parseDateCell(text: string): LocalDate | null | 'invalid' {
  const t = text.trim();
  if (!t) return null;
  return parseVnDate(t) ?? parseLocalDate(t) ?? 'invalid';
}

export function formatDateCell(iso: string | null | undefined): string {
  return iso ? formatVnDate(iso as LocalDate) : '';
}

/** "Có" / "Không" in any case, with or without marks ("co", "KHONG"); blank → null. */
export function parseYesNoCell(text: string): boolean | null | 'invalid' {
  const t = foldDiacritics(text);
  if (t === '') return null;
  if (t === foldDiacritics(YES)) return true;
  if (t === foldDiacritics(NO)) return false;
  return 'invalid';
}

export function formatYesNoCell(value: boolean | null | undefined): string {
  return value === null || value === undefined ? '' : value ? YES : NO;
}

/**
 * A number with a decimal comma or point ("91,47", "91.47"); spaces are ignored ("9 1" is 91, as a digit group).
 * No exponent and no thousands separator: "1.234" is one point two three four, as Vietnamese users rarely mean more.
 */
export function parseDecimalCell(text: string, options: { negative?: boolean; maxIntegerDigits?: number } = {}): number | null | 'invalid' {
  const t = text.replace(/\s/g, '');
  if (t === '') return null;
  const digits = options.maxIntegerDigits ? `{1,${options.maxIntegerDigits}}` : '+';
  const pattern = new RegExp(`^${options.negative ? '-?' : ''}\\d${digits}([.,]\\d+)?$`);
  return pattern.test(t) ? Number(t.replace(',', '.')) : 'invalid';
}

/** Decimal comma, as Vietnamese spreadsheets write numbers ("91,47"). */
export function formatDecimalCell(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace('.', ',');
}

export function parseIntegerCell(text: string): number | null | 'invalid' {
  const t = text.replace(/\s/g, '');
  if (t === '') return null;
  return /^-?\d{1,15}$/.test(t) ? Number(t) : 'invalid';
}

/**
 * A value of an enumeration by its key ("commune") or its label ("Cấp xã"), in any case; failing that, by the label
 * without marks ("cap xa") when only one label folds so.
 */
export function parseEnumCell<K extends string>(labels: Readonly<Record<K, string>>, text: string): K | null | 'invalid' {
  return enumCellParser(labels)(text);
}

/**
 * `parseEnumCell` for one enumeration, its keys and labels normalised once: what a table reader calls for every cell
 * of a column (normalising each label per cell was a third of reading a 3,000-row file).
 */
export function enumCellParser<K extends string>(labels: Readonly<Record<K, string>>): (text: string) => K | null | 'invalid' {
  const keys = Object.keys(labels) as K[];
  const exact = new Map<string, K>();
  // In key order, keys and labels alike: the first key whose key or label matches wins, as before.
  for (const k of keys) {
    for (const name of [k.toLowerCase(), normalLabel(labels[k])]) if (!exact.has(name)) exact.set(name, k);
  }
  const folded = keys.map((k) => [k, foldDiacritics(labels[k])] as const);
  return (text) => {
    const t = normalLabel(text);
    if (t === '') return null;
    const found = exact.get(t);
    if (found !== undefined) return found;
    const f = foldDiacritics(t);
    const loose = folded.filter(([, label]) => label === f);
    return loose.length === 1 ? loose[0][0] : 'invalid';
  };
}
