import { z } from 'zod';
import { DOSSIER_DOCUMENT_KINDS, DOSSIER_STATUSES } from '../../domain/dossiers/dossierChecklist';
import { DossierDeadlineSchema } from './par';
import { PdfSignatureReportSchema } from './trustedCertificates';

/** The answers of the dossier routes (III.4.c); the web uses these as types only. */

const ClauseRefSchema = z.object({ clause: z.string(), source: z.string() });

export const CouncilMeetingSchema = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  chair: z.string(),
  secretary: z.string(),
  membersTotal: z.number(),
  membersPresent: z.array(z.string()),
  tallies: z.array(z.object({ nomineeName: z.string(), agree: z.number(), disagree: z.number() })),
});
export type CouncilMeeting = z.infer<typeof CouncilMeetingSchema>;

export const CouncilMeetingCheckSchema = z.object({
  quorum: z.object({ verdict: z.enum(['pass', 'fail', 'unknown']), present: z.number(), required: z.number(), total: z.number(), explanation: z.string(), ref: ClauseRefSchema }),
  tallies: z.array(z.object({ nomineeName: z.string(), agree: z.number(), disagree: z.number(), approved: z.boolean(), explanation: z.string() })),
});

export const DossierScanSchema = z.object({
  id: z.string(),
  documentKind: z.enum(DOSSIER_DOCUMENT_KINDS),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
  signatureStatus: z.enum(['none', 'valid', 'invalid']),
  signatureReport: PdfSignatureReportSchema.nullable(),
});
export type DossierScan = z.infer<typeof DossierScanSchema>;

export const DossierSchema = z.object({
  /** Null until the first write creates the dossier row. */
  id: z.string().nullable(),
  nominationId: z.string(),
  campaignId: z.string(),
  nomineeName: z.string(),
  proposingUnit: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(DOSSIER_STATUSES),
  statusLabel: z.string(),
  editable: z.boolean(),
  /** Whether the caller may change it (acts for the proposing unit and the dossier is editable). */
  canEdit: z.boolean(),
  /** Whether the caller may appraise it now (Sở Nội vụ, dossier submitted): accept or return for supplement. */
  canAppraise: z.boolean(),
  /** The newest submitted version (0 before the first submission). */
  version: z.number(),
  submittedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  councilMeeting: CouncilMeetingSchema.nullable(),
  councilMeetingCheck: CouncilMeetingCheckSchema.nullable(),
  documents: z.array(z.object({ kind: z.enum(DOSSIER_DOCUMENT_KINDS), label: z.string(), scans: z.array(DossierScanSchema) })),
  checklist: z.object({
    complete: z.boolean(),
    items: z.array(z.object({ code: z.string(), label: z.string(), done: z.boolean(), explanation: z.string() })),
    ref: ClauseRefSchema,
  }),
  /** The campaign's dossier deadline from the ranking's publication; null before publication. */
  deadline: DossierDeadlineSchema.nullable(),
});
export type Dossier = z.infer<typeof DossierSchema>;

export const DossierQueueResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      nominationId: z.string(),
      nomineeName: z.string(),
      proposingUnitName: z.string(),
      status: z.enum(DOSSIER_STATUSES),
      statusLabel: z.string(),
      submittedAt: z.string().nullable(),
      version: z.number(),
    }),
  ),
});
export type DossierQueueResponse = z.infer<typeof DossierQueueResponse>;

export const APPRAISAL_OUTCOMES = ['accepted', 'returned'] as const;

/** One submitted version of a dossier, with the appraisal of it if any. */
export const DossierVersionSummarySchema = z.object({
  version: z.number(),
  submittedAt: z.string(),
  submittedByName: z.string().nullable(),
  contentSha256: z.string(),
  /** Whether the stored content still hashes to the SHA-256 recorded at submission. */
  intact: z.boolean(),
  appraisal: z
    .object({ outcome: z.enum(APPRAISAL_OUTCOMES), outcomeLabel: z.string(), note: z.string().nullable(), decidedAt: z.string(), decidedByName: z.string().nullable() })
    .nullable(),
});
export type DossierVersionSummary = z.infer<typeof DossierVersionSummarySchema>;

export const DossierVersionsResponse = z.object({ items: z.array(DossierVersionSummarySchema) });
export type DossierVersionsResponse = z.infer<typeof DossierVersionsResponse>;

export const VersionChangeSchema = z.object({
  area: z.enum(['councilMeeting', 'document', 'nominee']),
  code: z.string(),
  label: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

/** What changed between two submitted versions (src/domain/dossiers/dossierVersions.ts `diffDossierVersions`). */
export const DossierVersionComparison = z.object({ from: DossierVersionSummarySchema, to: DossierVersionSummarySchema, changes: z.array(VersionChangeSchema) });
export type DossierVersionComparison = z.infer<typeof DossierVersionComparison>;
