import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { can } from '../../../domain/access/policy';
import type { ProposalSnapshot } from '../../../domain/awards/awardSnapshot';
import { PROPOSAL_STATUS_LABELS, proposalTransition } from '../../../domain/awards/proposalLifecycle';
import type { AwardProposal } from '../../../shared/contracts/awards';
import { assertProvince } from './awardGuards';
import { decisionOfProposal, liveProposalEntries, loadProposal } from './awardQueries';

/** A Tờ trình with its list (frozen once approved) and what the actor may do with it next. */
export async function getAwardProposal(db: DbOrTx, actor: Actor, proposalId: string): Promise<AwardProposal> {
  assertProvince(actor);
  const { proposal: p, year } = await loadProposal(db, proposalId);
  const frozen = p.snapshot as ProposalSnapshot | null;
  const entries = frozen ? frozen.entries : await liveProposalEntries(db, p.id, year);
  const decision = await decisionOfProposal(db, p.id);
  const allowed = (event: Parameters<typeof proposalTransition>[1]) => proposalTransition(p.status, event).allowed;
  return {
    id: p.id,
    campaignId: p.campaignId,
    campaignYear: year,
    number: p.number,
    proposalDate: p.proposalDate,
    signerName: p.signerName,
    signerPosition: p.signerPosition,
    status: p.status,
    statusLabel: PROPOSAL_STATUS_LABELS[p.status],
    returnReason: p.returnReason,
    approvedAt: p.approvedAt?.toISOString() ?? null,
    snapshotSha256: p.snapshotSha256,
    entries,
    decisionId: decision?.id ?? null,
    canEdit: can(actor, 'awardProposal.manage') && allowed('edit'),
    canSubmit: can(actor, 'awardProposal.manage') && allowed('submit'),
    canApprove: can(actor, 'awardProposal.approve') && allowed('approve'),
    canIssueDecision: can(actor, 'awardDecision.issue') && allowed('issueDecision') && !decision,
  };
}
