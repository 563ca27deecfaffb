import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import { eligibilityToRows, VERDICT_LABELS } from '../../../domain/eligibility/eligibilityToRows';
import { AppError } from '../../errors';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { campaignEligibility } from '../eligibility/campaignEligibility';
import { groupsOfUnits, type ReportFilter } from './reportQueries';

/**
 * The registered nominees of the campaign in scope and group with their eligibility now (the one evaluator, never
 * stored), and the rows the eligibility export writes. A campaign without a rule set says so (`unavailable`).
 */
export async function eligibilityReport(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter) {
  let evaluated;
  try {
    evaluated = await campaignEligibility(db, campaign, scopeOf(actor));
  } catch (err) {
    if (err instanceof AppError && err.code === 'CONFLICT') return { unavailable: err.message, items: [], table: eligibilityToRows([]) };
    throw err;
  }
  const groupOfUnit = await groupsOfUnits(db, actor, evaluated.items.map((i) => i.orgUnit.id), filter);
  const kept = evaluated.items.filter((i) => groupOfUnit.has(i.orgUnit.id));
  return {
    unavailable: null,
    items: kept.map((i) => ({
      ...groupOfUnit.get(i.orgUnit.id)!,
      kind: i.kind,
      unitName: i.orgUnit.name,
      personName: i.person?.fullName ?? null,
      eligible: i.result.eligible,
      verdictLabel: VERDICT_LABELS[i.result.verdict],
    })),
    table: eligibilityToRows(kept),
  };
}
