const formatters = new Map<number, Intl.NumberFormat>();

/** 91.47 → "91,47" (Vietnamese decimal comma); empty for null. */
export function formatNumber(value: number | null | undefined, maxDigits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  let f = formatters.get(maxDigits);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxDigits });
    formatters.set(maxDigits, f);
  }
  return f.format(value);
}

/** A signed change: +3,2 / −1,5 / 0 (a real minus sign, read as "trừ"). */
export function formatDelta(value: number, maxDigits = 2): string {
  const text = formatNumber(Math.abs(value), maxDigits);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/**
 * Reads a number typed by a person: "72,5" or "72.5"; empty → null.
 * @returns undefined when the text is not a number
 */
export function parseNumberInput(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  if (!/^\d+([.,]\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}
