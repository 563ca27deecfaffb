import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { NOMINATION_STAGE_LABELS, type NominationStage } from '../../../domain/nominations/nominationLifecycle';
import { NOMINATION_STAGES } from '../../../shared/contracts/reports';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { nominationReportRows, type ReportFilter } from './reportQueries';

/** Counts per stage in the order of the process, every stage listed (zero included). */
export function stageCounts(counts: ReadonlyMap<NominationStage, number>) {
  return NOMINATION_STAGES.map((stage) => ({ stage, label: NOMINATION_STAGE_LABELS[stage], count: counts.get(stage) ?? 0 }));
}

/** The nominations of the campaign with the stage of each (nominationLifecycle.ts), in scope and filtered, with totals per stage. */
export async function nominationReport(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter & { stage?: NominationStage }) {
  const rows = await nominationReportRows(db, campaign, actor, filter);
  const counts = new Map<NominationStage, number>();
  for (const r of rows) counts.set(r.stage, (counts.get(r.stage) ?? 0) + 1);
  return { items: rows.map((r) => ({ ...r, stageLabel: NOMINATION_STAGE_LABELS[r.stage] })), byStage: stageCounts(counts) };
}
