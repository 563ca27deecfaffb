import { z } from 'zod';
import { REGISTRATION_STATUSES } from '../../domain/campaigns/registrationRules';
import { RepairedCellSchema, RowErrorSchema } from './importResult';
import { pageOf } from './page';

/**
 * The answers of the registration API (/api/campaigns/{id}/registrations…, /api/registrations/…): the server
 * serialises with these schemas and documents them (OpenAPI); the web takes their types (`import type`).
 */

export const IndividualSchema = z.object({ id: z.string(), personId: z.string(), fullName: z.string(), position: z.string(), content: z.string() });

export const RegistrationSummarySchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  orgUnitId: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  statusLabel: z.string(),
  content: z.string(),
  individualCount: z.number(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type RegistrationSummary = z.infer<typeof RegistrationSummarySchema>;

export const RegistrationDetailSchema = RegistrationSummarySchema.extend({
  returnReason: z.string().nullable(),
  lateOverrideReason: z.string().nullable(),
  version: z.number(),
  individuals: z.array(IndividualSchema),
  /** Whether the unit may still write and send it now (II.3.b deadline, or Sở Nội vụ's late acceptance), and why. */
  window: z.object({ open: z.boolean(), message: z.string() }),
  /** What the signed-in user may do with it now (the server still checks each request). */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean() }),
});
export type RegistrationDetail = z.infer<typeof RegistrationDetailSchema>;

export const RegistrationListResponse = pageOf(RegistrationSummarySchema);

/** A signed scan of the registration form, as uploaded. */
export const ScanSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export const ScanListResponse = z.object({ items: z.array(ScanSchema.extend({ uploadedBy: z.string().nullable() })) });
/** A signed scan in the list, with who uploaded it. */
export type SignedScan = z.infer<typeof ScanListResponse>['items'][number];

/** The answer of a registration sheet import: rows read, registrations touched, people recorded, errors and repairs. */
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
export type RegistrationSheetImport = z.infer<typeof SheetImportResponse>;
