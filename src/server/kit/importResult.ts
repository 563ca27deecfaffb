import { z } from 'zod';
import type { CellRepair } from '../../domain/tabular/tableCodec';

/**
 * Pieces every file import shares: the dry-run flag (true unless "false" is said — checking is the safe default)
 * and the per-row error list, with the row numbered as Excel numbers it and the column by its header.
 */
export const dryRunParam = z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1');

export const RowErrorSchema = z.object({ row: z.number(), field: z.string(), message: z.string() });

/**
 * A cell whose text was repaired into Unicode on the way in — decomposed marks (macOS, some Word files) or the
 * pre-Unicode TCVN3 (.VnTime) and VNI-Windows encodings — so the user can check what the file will save.
 */
export const RepairedCellSchema = z.object({ row: z.number(), field: z.string(), encoding: z.enum(['nfd', 'tcvn3', 'vni']) });
export type RepairedCell = z.infer<typeof RepairedCellSchema>;

/** The table codec's repairs as the import response reports them. */
export function repairedCells(repairs: readonly CellRepair[]): RepairedCell[] {
  return repairs.map(({ row, field, from }) => ({ row, field, encoding: from }));
}

/** The answer of an import of one kind of row: counts, the errors and the repaired cells; nothing is saved when `ok` is false. */
export const ImportResponse = z.object({
  dryRun: z.boolean(),
  ok: z.boolean(),
  total: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  errors: z.array(RowErrorSchema),
  repaired: z.array(RepairedCellSchema),
});
