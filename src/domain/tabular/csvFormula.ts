/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet opening a CSV runs a cell that starts with = + - @ (or a tab
 * or carriage return before one) as a formula. The export puts a ' before such a cell, which Excel shows as text;
 * the import takes exactly that one ' away again, so every value — "-5", "=SUM(A1)", "'=x" — survives the round trip.
 */
// A cell that starts with a trigger, possibly after quotes: "'=x" must gain a quote too, or the import would strip
// its own, legitimate one.
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;

/** @returns the cell to write to a CSV file: "-5" → "'-5", "=1+1" → "'=1+1", "Sở Nội vụ" unchanged */
export function neutraliseCsvCell(value: string): string {
  return NEEDS_QUOTE.test(value) ? `'${value}` : value;
}

/** @returns the value a CSV cell written by `neutraliseCsvCell` stood for: "'-5" → "-5" */
export function restoreCsvCell(cell: string): string {
  return cell.startsWith("'") && NEEDS_QUOTE.test(cell) ? cell.slice(1) : cell;
}
