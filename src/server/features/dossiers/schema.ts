import { z } from 'zod';
import { DOSSIER_DOCUMENT_KINDS } from '../../../domain/dossiers/dossierChecklist';

/** The answers are the contract in src/shared/contracts/dossiers.ts. */
export { DossierQueueResponse, DossierSchema, DossierVersionComparison, DossierVersionsResponse } from '../../../shared/contracts/dossiers';

export const NominationIdParams = z.strictObject({ id: z.uuid() });
export const CampaignIdParams = z.strictObject({ id: z.uuid() });
export const DocumentParams = z.strictObject({ id: z.uuid(), kind: z.enum(DOSSIER_DOCUMENT_KINDS) });
export const ScanParams = z.strictObject({ id: z.uuid(), scanId: z.uuid() });
export const ScanUploadQuery = z.strictObject({ fileName: z.string().max(255).optional() });

const name = z.string().trim().min(1).max(200);
export const CouncilMeetingBody = z.strictObject({
  /** ISO instants of the start and end of the meeting. */
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  place: z.string().trim().min(1).max(500),
  chair: name,
  secretary: name,
  membersTotal: z.number().int().min(1).max(200),
  membersPresent: z.array(name).min(1).max(200),
  tallies: z.array(z.strictObject({ nomineeName: name, agree: z.number().int().min(0).max(200), disagree: z.number().int().min(0).max(200) })).min(1).max(50),
});

export const ReturnDossierBody = z.strictObject({
  /** What is to be supplemented: kept with the dossier and in the audit log. */
  reason: z.string().trim().min(1).max(2000),
});

const versionNumber = (label: string) => z.coerce.number({ error: `${label}: phải là số phiên bản` }).int(`${label}: phải là số nguyên`).min(1, `${label}: từ 1 trở lên`).max(10000);
export const CompareVersionsQuery = z.strictObject({ from: versionNumber('Phiên bản trước'), to: versionNumber('Phiên bản sau') });
