import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { dossierAppraisals, users } from '../../../db/schema';
import { appraisalChecklist, type AppraisalCheck, type AppraisalCheckCode } from '../../../domain/appraisal/appraisalChecklist';
import { checkCouncilMeeting } from '../../../domain/dossiers/councilMeeting';
import { dossierChecklist } from '../../../domain/dossiers/dossierChecklist';
import { collectiveChosen, eligibleByThisProposal, proposerOf, type Nominee } from '../../../domain/nominations/nominationRules';
import { formatVnDateTime } from '../../../domain/time/localDate';
import { loadCampaign } from '../campaigns/campaignQueries';
import { campaignDossierDeadline } from '../dossiers/dossierDeadline';
import { latestScanStates, listDossierScans, type DossierContext } from '../dossiers/dossierQueries';
import { nomineeNameOf } from '../dossiers/getDossier';
import { campaignEligibility } from '../eligibility/campaignEligibility';
import { activeNominationOf, isCollectiveSelected, loadNominationUnit, quotaUseCounts } from '../nominations/nominationQueries';

/**
 * The appraisal checklist of a dossier as it stands now, from the records: the dossier's own checklist and newest
 * scans; the nominee's eligibility by the eligibility feature's own evaluation of that one unit (as a proposal
 * evaluates it, `proposeNomination`; a chosen collective's person with the proposal waiver, `eligibleByThisProposal`);
 * the active nominations on the nomination's quota key against the campaign's limit; the submission time against
 * the campaign's dossier deadline.
 */
export async function computeAppraisalChecklist(db: DbOrTx, context: DossierContext, asOf: Date, notes?: Partial<Record<AppraisalCheckCode, string | null>>): Promise<AppraisalCheck[]> {
  const { nomination: n, dossier } = context;
  const campaign = await loadCampaign(db, n.nomination.campaignId);
  const scans = await listDossierScans(db, dossier?.id ?? null);
  const states = latestScanStates(scans);
  const meeting = dossier?.councilMeeting ? checkCouncilMeeting(dossier.councilMeeting) : null;
  const documents = dossierChecklist({ meeting, nomineeName: nomineeNameOf(context), scans: states });

  const unit = await loadNominationUnit(db, n.nomineeUnit.id);
  const nominee: Nominee = n.person ? { kind: 'person', personId: n.person.id, fullName: n.person.fullName, unit } : { kind: 'unit', unit };
  const { items } = await campaignEligibility(db, campaign, { kind: 'unit', unitId: unit.id });
  const result =
    nominee.kind === 'unit'
      ? (items.find((i) => i.kind === 'collective' && i.orgUnit.id === unit.id)?.result ?? null)
      : (items.find((i) => i.kind === 'individual' && i.person?.id === nominee.personId)?.result ?? null);
  let eligible = result?.eligible ?? false;
  if (result && !eligible && nominee.kind === 'person') {
    const chosen = collectiveChosen({
      unit,
      communeProposed: unit.kind === 'commune' && (await activeNominationOf(db, campaign.id, { kind: 'unit', id: unit.id })) !== null,
      selected: unit.kind !== 'commune' && (await isCollectiveSelected(db, campaign.id, unit.id)),
    });
    eligible = eligibleByThisProposal({ nominee, eligibility: result, collectiveChosen: chosen });
  }

  const proposer = proposerOf(campaign.definition, nominee);
  const used = (await quotaUseCounts(db, campaign.id, [n.nomination.quotaKey])).get(n.nomination.quotaKey) ?? 0;
  const quota = proposer.ok && proposer.quotaKey === n.nomination.quotaKey ? { used, limit: proposer.quota.limit, proposingUnitName: proposer.proposingUnit.name, ref: proposer.quota.ref } : null;

  const deadline = await campaignDossierDeadline(db, campaign, asOf);
  return appraisalChecklist({
    documents,
    scans: states,
    eligibility: result ? { eligible, verdict: eligible ? 'pass' : result.verdict, summary: result.summary } : null,
    quota,
    submittedAt: dossier?.submittedAt ?? null,
    deadline: deadline ? { instant: new Date(deadline.deadlineInstant), basis: deadline.basis } : null,
    notes,
  });
}

/** The appraisal recorded for one version of a dossier, with who decided, or null. */
export async function appraisalOf(db: DbOrTx, dossierId: string, version: number) {
  const [row] = await db
    .select({ outcome: dossierAppraisals.outcome, checklist: dossierAppraisals.checklist, note: dossierAppraisals.note, decidedAt: dossierAppraisals.decidedAt, decidedByName: users.fullName })
    .from(dossierAppraisals)
    .leftJoin(users, eq(users.id, dossierAppraisals.decidedById))
    .where(and(eq(dossierAppraisals.dossierId, dossierId), eq(dossierAppraisals.version, version)));
  return row ?? null;
}

/** The 409 of the reviewer who came second: names what the other did, who and when. */
export function alreadyDecidedMessage(version: number, other: { outcome: 'accepted' | 'returned'; decidedByName: string | null; decidedAt: Date; note: string | null }): string {
  const who = other.decidedByName ?? 'một cán bộ khác';
  const what = other.outcome === 'accepted' ? 'thẩm định đạt' : `trả lại để bổ sung${other.note ? ` (lý do: ${other.note})` : ''}`;
  return `Phiên bản ${version} của hồ sơ này vừa được ${who} ${what} lúc ${formatVnDateTime(other.decidedAt)}; thao tác của bạn không được ghi. Hãy tải lại trang để xem kết quả.`;
}
