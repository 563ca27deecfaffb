import { z } from 'zod';
import type { CellRepair } from '../../domain/tabular/tableCodec';
import { ImportResponse, RepairedCellSchema, RowErrorSchema, type ImportResult, type RepairedCell } from '../../shared/contracts/importResult';

/**
 * Pieces every file import shares: the dry-run flag (true unless "false" is said — checking is the safe default)
 * and the per-row error list, with the row numbered as Excel numbers it and the column by its header.
 * The answer's shape (ImportResponse, RowErrorSchema, RepairedCellSchema) is the contract in src/shared/contracts/importResult.ts.
 */
export const dryRunParam = z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1');

export { ImportResponse, RepairedCellSchema, RowErrorSchema, type ImportResult, type RepairedCell };

/** The table codec's repairs as the import response reports them. */
export function repairedCells(repairs: readonly CellRepair[]): RepairedCell[] {
  return repairs.map(({ row, field, from }) => ({ row, field, encoding: from }));
}

/**
 * "Tổng số dòng" of an import: the data rows of the file (after the header, blank rows not counted), whatever
 * became of them — good, bad or refused for the whole file.
 */
export function dataRowCount(table: readonly (readonly string[])[]): number {
  return table.slice(1).filter((row) => row.some((cell) => (cell ?? '').trim() !== '')).length;
}
