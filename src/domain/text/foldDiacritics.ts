/**
 * Folds Vietnamese text for search: lower case, no tone or vowel marks, "đ" → "d", single spaces.
 * "Huyện Giồng Riềng" → "huyen giong rieng", so "giong rieng" finds it (SPEC §6).
 * @param text any text, composed or decomposed
 * @returns the folded text
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
