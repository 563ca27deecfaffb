import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { can } from '../../../domain/access/policy';
import { PROPOSAL_STATUS_LABELS } from '../../../domain/awards/proposalLifecycle';
import type { AwardProposalList } from '../../../shared/contracts/awards';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { assertProvince } from './awardGuards';
import { proposalsOfCampaign, unlistedPassedDossiers } from './awardQueries';

export const DECISION_STATUS_LABELS = { issued: 'Đã ban hành, chưa công bố', published: 'Đã công bố' } as const;

/** The campaign's Tờ trình (newest first) with their decisions, and how many passed dossiers no Tờ trình lists yet. */
export async function listAwardProposals(db: DbOrTx, actor: Actor, campaign: CampaignRecord): Promise<AwardProposalList> {
  assertProvince(actor);
  const rows = await proposalsOfCampaign(db, campaign.id);
  const unlisted = (await unlistedPassedDossiers(db, campaign.id, campaign.year)).length;
  return {
    campaignId: campaign.id,
    unlistedCount: unlisted,
    canCreate: can(actor, 'awardProposal.manage') && unlisted > 0,
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      proposalDate: r.proposalDate,
      status: r.status,
      statusLabel: PROPOSAL_STATUS_LABELS[r.status],
      entryCount: Number(r.entryCount),
      decision: r.decisionId && r.decisionNumber && r.decisionDate && r.decisionStatus ? { id: r.decisionId, number: r.decisionNumber, decisionDate: r.decisionDate, status: r.decisionStatus, statusLabel: DECISION_STATUS_LABELS[r.decisionStatus] } : null,
    })),
  };
}
