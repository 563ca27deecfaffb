import { z } from 'zod';
import { APPRAISAL_CHECK_CODES } from '../../domain/appraisal/appraisalChecklist';
import { DOSSIER_STATUSES } from '../../domain/dossiers/dossierChecklist';
import { DossierVersionSummarySchema } from './dossiers';

/** The answers of the appraisal routes (Khoản 3, Mục IV); the web uses these as types only. */

export const AppraisalCheckSchema = z.object({
  code: z.enum(APPRAISAL_CHECK_CODES),
  label: z.string(),
  verdict: z.enum(['pass', 'fail', 'unknown']),
  ok: z.boolean(),
  explanation: z.string(),
  clause: z.string(),
  source: z.string(),
  note: z.string().nullable(),
});
export type AppraisalCheck = z.infer<typeof AppraisalCheckSchema>;

export const AppraisalSchema = z.object({
  nominationId: z.string(),
  dossierId: z.string(),
  campaignId: z.string(),
  nomineeName: z.string(),
  proposingUnitName: z.string(),
  status: z.enum(DOSSIER_STATUSES),
  statusLabel: z.string(),
  /** The version under appraisal (the newest submitted). */
  version: z.number(),
  submittedAt: z.string().nullable(),
  /** The checklist as it stands now (for a decided version: as it was recorded at the decision, with its notes). */
  checklist: z.array(AppraisalCheckSchema),
  allPass: z.boolean(),
  /** Whether the caller may accept or return it now (Sở Nội vụ; dossier submitted, not yet decided). */
  canDecide: z.boolean(),
  /** Every submitted version with its outcome, oldest first. */
  versions: z.array(DossierVersionSummarySchema),
});
export type Appraisal = z.infer<typeof AppraisalSchema>;
