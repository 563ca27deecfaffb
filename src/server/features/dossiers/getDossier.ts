import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { can } from '../../../domain/access/policy';
import { mayProposeFor } from '../../../domain/access/policies/nomination';
import { checkCouncilMeeting } from '../../../domain/dossiers/councilMeeting';
import { DOSSIER_DOCUMENT_KINDS, DOSSIER_DOCUMENT_LABELS, DOSSIER_STATUS_LABELS, dossierChecklist, isEditable } from '../../../domain/dossiers/dossierChecklist';
import type { Dossier } from '../../../shared/contracts/dossiers';
import { loadCampaign } from '../campaigns/campaignQueries';
import { campaignDossierDeadline } from './dossierDeadline';
import { latestScanStates, listDossierScans, loadDossierContext, type DossierContext } from './dossierQueries';

/** The name the council's tally uses for the nominee: the commune, or "Họ tên (Đơn vị)". */
export function nomineeNameOf(context: DossierContext): string {
  const n = context.nomination;
  return n.person?.fullName ?? n.nomineeUnit.name;
}

/** A dossier as its page shows it: status, meeting and its check, every scan version, the checklist and the deadline. */
export async function getDossier(db: DbOrTx, actor: Actor, input: { nominationId: string; asOf: Date }): Promise<Dossier> {
  const context = await loadDossierContext(db, actor, input.nominationId);
  return presentDossier(db, actor, context, input.asOf);
}

/** The dossier view of a loaded context (also the answer of every write). */
export async function presentDossier(db: DbOrTx, actor: Actor, context: DossierContext, asOf: Date): Promise<Dossier> {
  const campaign = await loadCampaign(db, context.nomination.nomination.campaignId);
  const { nomination: n, dossier } = context;
  const scans = await listDossierScans(db, dossier?.id ?? null);
  const meeting = dossier?.councilMeeting ?? null;
  const check = meeting ? checkCouncilMeeting(meeting) : null;
  const nomineeName = nomineeNameOf(context);
  const status = dossier?.status ?? 'draft';
  const editable = isEditable(status);
  return {
    id: dossier?.id ?? null,
    nominationId: n.nomination.id,
    campaignId: n.nomination.campaignId,
    nomineeName,
    proposingUnit: { id: n.proposingUnit.id, name: n.proposingUnit.name },
    status,
    statusLabel: DOSSIER_STATUS_LABELS[status],
    editable,
    canEdit: editable && can(actor, 'dossier.edit') && mayProposeFor(actor, n.proposingUnit),
    canAppraise: status === 'submitted' && can(actor, 'dossier.appraise'),
    version: dossier?.version ?? 0,
    submittedAt: dossier?.submittedAt?.toISOString() ?? null,
    returnedAt: dossier?.returnedAt?.toISOString() ?? null,
    returnReason: dossier?.returnReason ?? null,
    councilMeeting: meeting,
    councilMeetingCheck: check && { quorum: check.quorum, tallies: check.tallies },
    documents: DOSSIER_DOCUMENT_KINDS.map((kind) => ({ kind, label: DOSSIER_DOCUMENT_LABELS[kind], scans: scans.filter((s) => s.documentKind === kind) })),
    checklist: dossierChecklist({ meeting: check, nomineeName, scans: latestScanStates(scans) }),
    deadline: await campaignDossierDeadline(db, campaign, asOf),
  };
}
