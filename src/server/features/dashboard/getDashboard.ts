import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import { NOMINATION_STAGE_LABELS, type NominationStage } from '../../../domain/nominations/nominationLifecycle';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { dossiersAtRisk, eligibilityByGroup, parClassesByGroup, quotaUseByGroup } from '../reports/campaignFigures';
import { stageCounts } from '../reports/nominationReport';
import { registrationReport } from '../reports/registrationReport';
import { nominationsByStage, openFeedbackCount, reportGroups, type ReportFilter, type StageGroupRow } from '../reports/reportQueries';

/** Nominations per group with every stage's count, and the totals per stage. */
function stagesByGroup(rows: readonly StageGroupRow[]) {
  const groups = new Map<string, { group: StageGroupRow; counts: Map<NominationStage, number> }>();
  const totals = new Map<NominationStage, number>();
  for (const r of rows) {
    const entry = groups.get(r.groupId) ?? { group: r, counts: new Map() };
    entry.counts.set(r.stage, (entry.counts.get(r.stage) ?? 0) + r.count);
    groups.set(r.groupId, entry);
    totals.set(r.stage, (totals.get(r.stage) ?? 0) + r.count);
  }
  return {
    byStage: stageCounts(totals),
    groups: [...groups.values()].map(({ group: { groupId, groupName, groupKind, groupCode }, counts }) => ({
      groupId,
      groupName,
      groupKind,
      groupCode,
      stages: stageCounts(counts),
      total: [...counts.values()].reduce((s, n) => s + n, 0),
    })),
  };
}

/**
 * The campaign at a glance for the reader (issue 12 §1): for the province every district (two tiers: every commune
 * and ward), for a district its communes, for a unit itself — registration progress, PAR classes, eligibility,
 * nominations by stage, quota use, dossiers at risk of missing the deadline, open feedback. Each figure is one
 * scoped aggregate of the reports feature, so the dashboard and the reports always agree.
 */
export async function getDashboard(db: DbOrTx, campaign: CampaignRecord, actor: Actor, input: ReportFilter & { withinDays: number; asOf: Date }) {
  const filter = { groupId: input.groupId };
  const scope = scopeOf(actor);
  const [groups, registrations, parClasses, eligibility, stages, atRisk, openFeedback] = await Promise.all([
    reportGroups(db, campaign, actor),
    registrationReport(db, campaign, actor, filter),
    parClassesByGroup(db, campaign, actor, filter),
    eligibilityByGroup(db, campaign, actor, filter),
    nominationsByStage(db, campaign, actor, filter),
    dossiersAtRisk(db, campaign, actor, filter, { withinDays: input.withinDays, asOf: input.asOf }),
    openFeedbackCount(db, campaign, actor, filter),
  ]);
  const shown = input.groupId ? groups.filter((g) => g.groupId === input.groupId) : groups;
  return {
    campaign: { id: campaign.id, year: campaign.year, planNumber: campaign.planNumber, eraId: campaign.eraId, twoTier: campaign.definition.quotas.communeQuotaScope === 'province_wide' },
    view: scope.kind === 'all' ? ('province' as const) : scope.kind === 'subtree' ? ('district' as const) : ('unit' as const),
    groups,
    groupId: input.groupId ?? null,
    registrations,
    parClasses,
    eligibility,
    nominations: stagesByGroup(stages),
    quotas: await quotaUseByGroup(db, campaign, actor, filter, shown),
    atRisk: { ...atRisk, items: atRisk.items.map((i) => ({ ...i, stageLabel: NOMINATION_STAGE_LABELS[i.stage] })) },
    openFeedback,
  };
}
