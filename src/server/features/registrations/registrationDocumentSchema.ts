import { z } from 'zod';
import { dryRunParam, RepairedCellSchema, RowErrorSchema } from '../../kit/importResult';

export const IdParams = z.strictObject({ id: z.uuid() });

/** The registration form: editable DOCX or PDF for printing. */
export const FormQuery = z.strictObject({ format: z.enum(['docx', 'pdf']).default('docx') });
/** A consolidation: DOCX (NĐ 30 layout) or XLSX. */
export const ConsolidationQuery = z.strictObject({ format: z.enum(['docx', 'xlsx']).default('docx') });
/** The district's consolidation; a district aggregator's own district when `districtId` is left out. */
export const DistrictConsolidationQuery = ConsolidationQuery.extend({ districtId: z.uuid().optional() });

/** The signed scan is the raw body; its name comes in the query (the type is read from the bytes). */
export const ScanUploadQuery = z.strictObject({ fileName: z.string().trim().max(200).optional() });

export const ScanSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export const ScanListResponse = z.object({ items: z.array(ScanSchema.extend({ uploadedBy: z.string().nullable() })) });

export const SheetExportQuery = z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
export const SheetImportQuery = z.strictObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  /** true (default): check and report only, save nothing. */
  dryRun: dryRunParam,
});

export const SheetImportResponse = z.object({
  dryRun: z.boolean(),
  ok: z.boolean(),
  rows: z.number(),
  registrations: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  peopleCreated: z.number(),
  errors: z.array(RowErrorSchema),
  repaired: z.array(RepairedCellSchema),
});
