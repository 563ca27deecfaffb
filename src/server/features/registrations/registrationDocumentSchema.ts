import { z } from 'zod';
import { backgroundParam, dryRunParam } from '../../kit/importResult';

/** The answers (ScanSchema, ScanListResponse, SheetImportResponse) are the contract in src/shared/contracts/registrations.ts. */
export { ScanListResponse, ScanSchema, SheetImportResponse } from '../../../shared/contracts/registrations';

export const IdParams = z.strictObject({ id: z.uuid() });

/** The registration form: editable DOCX or PDF for printing. */
export const FormQuery = z.strictObject({ format: z.enum(['docx', 'pdf']).default('docx') });
/** A consolidation: DOCX (NĐ 30 layout) or XLSX. */
export const ConsolidationQuery = z.strictObject({ format: z.enum(['docx', 'xlsx']).default('docx') });
/** The district's consolidation; a district aggregator's own district when `districtId` is left out. */
export const DistrictConsolidationQuery = ConsolidationQuery.extend({ districtId: z.uuid().optional() });

/** The signed scan is the raw body; its name comes in the query (the type is read from the bytes). */
export const ScanUploadQuery = z.strictObject({ fileName: z.string().trim().max(200).optional() });

export const SheetExportQuery = z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
export const SheetImportQuery = z.strictObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  /** true (default): check and report only, save nothing. */
  dryRun: dryRunParam,
  background: backgroundParam,
});
