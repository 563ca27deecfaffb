import { z } from 'zod';

/**
 * The answer of a file import (org units, PAR results, ratings, attestations, recognitions): shared by the server
 * (Fastify serialises with it, OpenAPI) and the web (types only, `import type`).
 */

/** One refused row: the row numbered as Excel numbers it, the column by its header. */
export const RowErrorSchema = z.object({ row: z.number(), field: z.string(), message: z.string() });

/**
 * A cell whose text was repaired into Unicode on the way in — decomposed marks (macOS, some Word files) or the
 * pre-Unicode TCVN3 (.VnTime) and VNI-Windows encodings — so the user can check what the file will save.
 */
export const RepairedCellSchema = z.object({ row: z.number(), field: z.string(), encoding: z.enum(['nfd', 'tcvn3', 'vni']) });
export type RepairedCell = z.infer<typeof RepairedCellSchema>;

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
export type ImportResult = z.infer<typeof ImportResponse>;
