/** Approximate width of one character of the 13px chart font; good enough to shorten long unit names. */
const CHAR_PX = 7;

/** The text shortened with "…" to fit `px` pixels (the full text stays in the SVG <title>). */
export function fitText(text: string, px: number): string {
  const max = Math.max(4, Math.floor(px / CHAR_PX));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Approximate width in pixels of a text in the chart font. */
export function textWidth(text: string): number {
  return text.length * CHAR_PX;
}
