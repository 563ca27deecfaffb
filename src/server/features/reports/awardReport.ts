import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { awardDecisionsOf, awardReportRows, type ReportFilter } from './reportQueries';

/** The campaign's award decisions and their awardees as decided (award_decision_entries), in scope and filtered. */
export async function awardReport(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter & { decisionId?: string }) {
  const [decisions, items] = await Promise.all([awardDecisionsOf(db, campaign, actor), awardReportRows(db, campaign, actor, filter)]);
  return { decisions, items };
}
