import { neutraliseCsvCell, restoreCsvCell } from '../../domain/tabular/csvFormula';

/**
 * CSV as Excel in Vietnam reads it: UTF-8 with a BOM (else Excel shows mojibake), comma-separated,
 * RFC 4180 quoting. Parsing accepts CRLF or LF and strips the BOM. A cell Excel would run as a formula is written
 * with a leading ' (neutraliseCsvCell), which parsing takes away again.
 */
export function toCsv(header: string[], rows: string[][]): string {
  return '\uFEFF' + csvLines([header, ...rows]);
}

/** Rows as CSV lines, each ended by CRLF, without the BOM: a streamed CSV writes the BOM once, then page by page. */
export function csvLines(rows: string[][]): string {
  const esc = (raw: string) => {
    const v = neutraliseCsvCell(raw);
    return /[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  return rows.map((r) => r.map((v) => esc(v ?? '')).join(',') + '\r\n').join('');
}

/** @returns rows of cells, the first being the header; blank lines are dropped. */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== '')).map((r) => r.map(restoreCsvCell));
}
