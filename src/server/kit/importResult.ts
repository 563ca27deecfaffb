import { z } from 'zod';
import type { CellRepair } from '../../domain/tabular/tableCodec';
import type { ReportProgress } from './jobs/backgroundJob';
import { ImportResponse, RepairedCellSchema, RowErrorSchema, type ImportResult, type RepairedCell } from '../../shared/contracts/importResult';

/**
 * Pieces every file import shares: the dry-run flag (true unless "false" is said — checking is the safe default)
 * and the per-row error list, with the row numbered as Excel numbers it and the column by its header.
 * The answer's shape (ImportResponse, RowErrorSchema, RepairedCellSchema) is the contract in src/shared/contracts/importResult.ts.
 */
export const dryRunParam = z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1');

/** Run the import as a background job whatever its size (above `config.importBackgroundRows` rows it always is). */
export const backgroundParam = z.enum(['true', 'false', '1', '0']).default('false').transform((v) => v === 'true' || v === '1');

export { BackgroundJobStarted } from '../../shared/contracts/backgroundJobs';
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

/** Rows written between two progress reports of an import run as a background job. */
const PROGRESS_CHUNK = 100;

const count = (n: number) => n.toLocaleString('vi-VN');

/**
 * An import's progress, when a background job runs it (no-ops otherwise): the rows being checked, then the changes
 * written, reported per chunk of PROGRESS_CHUNK ("Đang ghi dòng 1.200/5.000").
 */
export function importProgress(progress: ReportProgress | undefined) {
  return {
    checking: async (rows: number): Promise<void> => progress?.(0, rows, `Đang kiểm tra ${count(rows)} dòng`),
    wrote: async (done: number, total: number): Promise<void> => {
      if (progress && (done % PROGRESS_CHUNK === 0 || done === total)) await progress(done, total, `Đang ghi dòng ${count(done)}/${count(total)}`);
    },
  };
}
