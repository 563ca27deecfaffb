import { z } from 'zod';

/**
 * Pieces every file import shares: the dry-run flag (true unless "false" is said — checking is the safe default)
 * and the per-row error list, with the row numbered as Excel numbers it and the column by its header.
 */
export const dryRunParam = z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1');

export const RowErrorSchema = z.object({ row: z.number(), field: z.string(), message: z.string() });

/** The answer of an import of one kind of row: counts and the errors; nothing is saved when `ok` is false. */
export const ImportResponse = z.object({
  dryRun: z.boolean(),
  ok: z.boolean(),
  total: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  errors: z.array(RowErrorSchema),
});
