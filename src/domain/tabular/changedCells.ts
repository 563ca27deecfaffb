import type { CellRepair } from './tableCodec';

/**
 * The data cells a whole-file decoding changed (a CSV read as TCVN3 rather than as the bytes' Windows-1252 letters),
 * reported like the codec's own repairs: row as Excel numbers it, field = the header cell of the column.
 * @param before the table as the bytes read in Windows-1252
 * @param after the same table decoded (same shape: the decoding leaves ASCII delimiters alone)
 */
export function changedCells(before: readonly (readonly string[])[], after: readonly (readonly string[])[], from: CellRepair['from']): CellRepair[] {
  const header = after[0] ?? [];
  const repairs: CellRepair[] = [];
  for (let r = 1; r < after.length; r++) {
    after[r].forEach((cell, c) => {
      if (cell !== (before[r]?.[c] ?? cell)) repairs.push({ row: r + 1, field: (header[c] ?? '').trim() || `Cột ${c + 1}`, from });
    });
  }
  return repairs;
}
