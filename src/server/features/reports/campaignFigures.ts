import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import { quotaFor } from '../../../domain/campaigns/quotaRules';
import { CLASSIFICATIONS, type Classification } from '../../../domain/par/classificationScheme';
import { AppError } from '../../errors';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { campaignDossierDeadline } from '../dossiers/dossierDeadline';
import { campaignVerdicts } from '../eligibility/campaignEligibility';
import { visibleYearResults } from '../par/parResultQueries';
import type { GroupRef } from './reportGroups';
import { activeNominationsByGroup, groupsOfUnits, unsentDossiers, type ReportFilter } from './reportQueries';

/**
 * The figures that need a rule of the domain beside SQL: eligibility (evaluated now by the one evaluator, never
 * stored: SPEC §3 step 6), PAR classes (computed by the ranking, or as published), commune quotas (the campaign's
 * quota rules) and the dossier deadline (counted from the PAR publication). The rows themselves are read and
 * grouped in SQL; only the per-unit verdicts and classes come from the domain.
 */

export type EligibilityGroupRow = GroupRef & { collectives: number; collectivesEligible: number; individuals: number; individualsEligible: number };

/** Registered nominees per group, and how many are eligible now; `unavailable` says why there is none (no rule set). */
export async function eligibilityByGroup(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter) {
  let items;
  try {
    // Counts only: verdicts, no explanations.
    ({ verdicts: items } = await campaignVerdicts(db, campaign, scopeOf(actor)));
  } catch (err) {
    if (err instanceof AppError && err.code === 'CONFLICT') return { unavailable: err.message, groups: [] as EligibilityGroupRow[] };
    throw err;
  }
  const groupOfUnit = await groupsOfUnits(db, actor, items.map((i) => i.orgUnit.id), filter);
  const groups = new Map<string, EligibilityGroupRow>();
  for (const item of items) {
    const g = groupOfUnit.get(item.orgUnit.id);
    if (!g) continue;
    const line = groups.get(g.groupId) ?? { ...g, collectives: 0, collectivesEligible: 0, individuals: 0, individualsEligible: 0 };
    if (item.kind === 'collective') {
      line.collectives += 1;
      if (item.result.verdict === 'pass') line.collectivesEligible += 1;
    } else {
      line.individuals += 1;
      if (item.result.verdict === 'pass') line.individualsEligible += 1;
    }
    groups.set(g.groupId, line);
  }
  return { unavailable: null, groups: [...groups.values()] };
}

export type ParClassGroupRow = GroupRef & { counts: Record<Classification | 'none', number> };

/** PAR classes of the campaign's year per group: live for the province before publication, else as published. */
export async function parClassesByGroup(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter) {
  const visible = await visibleYearResults(db, actor, campaign.year);
  const groupOfUnit = await groupsOfUnits(db, actor, visible.items.map((i) => i.unitId), filter);
  const groups = new Map<string, ParClassGroupRow>();
  for (const item of visible.items) {
    const g = groupOfUnit.get(item.unitId);
    if (!g) continue;
    const line = groups.get(g.groupId) ?? { ...g, counts: { excellent: 0, good: 0, fair: 0, average: 0, weak: 0, none: 0 } };
    const cls = (item.classification ?? item.publishedClassification ?? null) as Classification | null;
    line.counts[cls && CLASSIFICATIONS.includes(cls) ? cls : 'none'] += 1;
    groups.set(g.groupId, line);
  }
  return { year: campaign.year, source: visible.source, groups: [...groups.values()] };
}

export type QuotaGroupUse = GroupRef & { communesUsed: number; communeLimit: number | null; peopleUsed: number };

/**
 * Quota use per group: communes proposed against a district's commune quota (III.4.a; its limit from the campaign,
 * overrides included) and individuals proposed. A two-tier campaign's commune quota is one for the province
 * (`provinceWide`), so its groups carry no limit of their own.
 */
export async function quotaUseByGroup(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter, groups: readonly GroupRef[]) {
  const used = new Map((await activeNominationsByGroup(db, campaign, actor, filter)).map((r) => [r.groupId, r]));
  const provinceWideScope = campaign.definition.quotas.communeQuotaScope === 'province_wide';
  const lines: QuotaGroupUse[] = groups.map((g) => ({
    ...g,
    communesUsed: used.get(g.groupId)?.units ?? 0,
    communeLimit: !provinceWideScope && g.groupKind === 'district' ? quotaFor(campaign.definition, { kind: 'commune_per_district', districtCode: g.groupCode }).limit : null,
    peopleUsed: used.get(g.groupId)?.people ?? 0,
  }));
  const provinceWide = provinceWideScope
    ? { limit: quotaFor(campaign.definition, { kind: 'commune_per_district', districtCode: '' }).limit, used: lines.reduce((s, l) => s + l.communesUsed, 0) }
    : null;
  return { provinceWide, groups: lines };
}

/** Dossiers not yet sent while the deadline is at most `withinDays` away (or past); none before the deadline is known. */
export async function dossiersAtRisk(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter, input: { withinDays: number; asOf: Date }) {
  const deadline = await campaignDossierDeadline(db, campaign, input.asOf);
  if (!deadline) return { deadline: null, withinDays: input.withinDays, total: 0, items: [] };
  const daysLeft = Math.floor((Date.parse(deadline.deadlineInstant) - input.asOf.getTime()) / 86_400_000);
  const summary = { deadlineDay: deadline.deadlineDay, countdown: deadline.countdown.label, overdue: deadline.countdown.overdue, daysLeft };
  if (daysLeft > input.withinDays) return { deadline: summary, withinDays: input.withinDays, total: 0, items: [] };
  const unsent = await unsentDossiers(db, campaign, actor, filter, 50);
  return { deadline: summary, withinDays: input.withinDays, ...unsent };
}
