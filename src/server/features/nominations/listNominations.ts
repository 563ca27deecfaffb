import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { can } from '../../../domain/access/policy';
import { mayProposeFor } from '../../../domain/access/policies/nomination';
import { scopeOf, type Scope } from '../../../domain/access/scope';
import type { QuotaSpec } from '../../../domain/campaigns/quotaRules';
import { allowedEvents, nominationStage } from '../../../domain/nominations/nominationLifecycle';
import {
  collectiveChosen,
  communeProposerKind,
  communeQuotaOf,
  eligibleByThisProposal,
  failingConditions,
  NOMINATION_STATUS_LABELS,
  proposerOf,
  quotaGaugeText,
  type Nominee,
  type ProposerAndQuota,
} from '../../../domain/nominations/nominationRules';
import type { Candidate, NominationOverview, QuotaUse } from '../../../shared/contracts/nominations';
import { pageOffset, toPage, type PageRequest } from '../../kit/pagedList';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { explainStoredRows } from '../eligibility/campaignEligibility';
import { refreshStoredVerdicts } from '../eligibility/refreshStoredVerdicts';
import { storedVerdictCounts, storedVerdictRows } from '../eligibility/storedVerdictQueries';
import { activeNomineesAmong, listCampaignNominations, loadNominationUnits, proposableVerdictsWhere, quotaUseCounts, type NominationRow } from './nominationQueries';
import { selectedCollectives } from './selectCollectives';

/** What the nominations page asks for: a page of each list, and the candidates whose name contains `q`. */
export type NominationListRequest = PageRequest & { candidatePage: number; candidatePageSize: number; q?: string };

type QuotaEntry = Pick<ProposerAndQuota, 'quota' | 'proposingUnit'>;

/**
 * One page of the registered communes (for a district) and individuals (for a collective) the actor may propose, each
 * with its eligibility and failing conditions: chosen, counted and paged in SQL on the stored verdicts (brought up to
 * date first, as the eligibility list reads them), and only the page explained. Their quotas go into `quotas`.
 */
async function candidatePage(db: DbOrTx, campaign: CampaignRecord, actor: Actor, scope: Scope, request: NominationListRequest, quotas: Map<string, QuotaEntry>) {
  const page = { page: request.candidatePage, pageSize: request.candidatePageSize };
  const ruleSet = await refreshStoredVerdicts(db, campaign);
  const where = proposableVerdictsWhere(db, campaign, actor, request.q);
  const [{ total }, rows, selections] = await Promise.all([
    storedVerdictCounts(db, campaign.id, scope, where),
    storedVerdictRows(db, campaign.id, scope, where, { limit: page.pageSize, offset: pageOffset(page) }),
    selectedCollectives(db, campaign.id),
  ]);
  const explained = await explainStoredRows(db, campaign, scope, ruleSet, rows);
  const [units, active] = await Promise.all([
    loadNominationUnits(db, explained.map((i) => i.orgUnit.id)),
    activeNomineesAmong(db, campaign.id, scope, { unitIds: explained.map((i) => i.orgUnit.id), personIds: explained.flatMap((i) => (i.person ? [i.person.id] : [])) }),
  ]);
  // The chosen collectives (III.4.b), as proposeNomination reads them: Sở Nội vụ's picks, the communes proposed.
  const selected = new Set(selections.map((s) => s.id));
  const items: Candidate[] = [];
  for (const item of explained) {
    const unit = units.get(item.orgUnit.id);
    if (!unit) continue;
    const nominee: Nominee = item.kind === 'collective' ? { kind: 'unit', unit } : { kind: 'person', personId: item.person!.id, fullName: item.person!.fullName, unit };
    const proposer = proposerOf(campaign.definition, nominee);
    if (!proposer.ok) continue;
    quotas.set(proposer.quotaKey, proposer);
    const nomineeId = nominee.kind === 'unit' ? unit.id : nominee.personId;
    // A chosen collective's person whose only shortfall is "có đề nghị" may be proposed: this proposal supplies it.
    const chosen = nominee.kind === 'person' ? collectiveChosen({ unit, communeProposed: active.units.has(unit.id), selected: selected.has(unit.id) }) : null;
    const eligible = item.result.eligible || eligibleByThisProposal({ nominee, eligibility: item.result, collectiveChosen: chosen });
    items.push({
      nomineeKind: nominee.kind,
      nomineeId,
      nomineeName: item.kind === 'collective' ? unit.name : `${item.person!.fullName} (${unit.name})`,
      unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
      proposingUnit: proposer.proposingUnit,
      quotaKey: proposer.quotaKey,
      eligible,
      summary: item.result.summary,
      failing: eligible ? [] : failingConditions(item.result),
      alreadyProposed: nominee.kind === 'unit' ? active.units.has(unit.id) : active.people.has(nominee.personId),
    });
  }
  return { items, total, ...page };
}

/**
 * The quota the actor's own unit proposes against, shown on every page whatever the page lists: a district's (or,
 * province-wide, the province's) commune quota, else a collective's individuals' quota (a district's own individuals'
 * quota shows with its individuals, as before). Sở Nội vụ acts for every unit, so none is its own.
 */
function ownQuota(campaign: CampaignRecord, actor: Actor, own: Awaited<ReturnType<typeof loadNominationUnits>>): ProposerAndQuota | null {
  const unit = own.get(actor.unitId);
  if (!unit || actor.role === 'province_secretariat' || !mayProposeFor(actor, unit)) return null;
  if (unit.kind === communeProposerKind(campaign.definition)) return communeQuotaOf(campaign.definition, unit);
  const individuals = proposerOf(campaign.definition, { kind: 'person', personId: '', fullName: '', unit });
  return individuals.ok ? individuals : null;
}

/**
 * The nomination page of a campaign for the signed-in user, each list paged in SQL:
 * - a page of the nominations whose nominee is in their scope;
 * - a page of the candidates they may propose (`candidatePage`; none asked for when they may not propose);
 * - the quotas of the page's candidates and nominations and of their own proposing unit, each with its use over every
 *   scope.
 */
export async function listNominations(db: DbOrTx, campaign: CampaignRecord, actor: Actor, request: NominationListRequest): Promise<NominationOverview> {
  const scope = scopeOf(actor);
  const quotas = new Map<string, QuotaEntry>();
  const noCandidates = { items: [], total: 0, page: request.candidatePage, pageSize: request.candidatePageSize };
  const [rows, candidates] = await Promise.all([
    listCampaignNominations(db, campaign.id, scope, request),
    can(actor, 'nomination.propose') ? candidatePage(db, campaign, actor, scope, request, quotas) : noCandidates,
  ]);
  // The actor's own unit and the listed nominees' units, in one query.
  const units = await loadNominationUnits(db, [actor.unitId, ...rows.map((r) => r.nomineeUnit.id)]);
  const mine = ownQuota(campaign, actor, units);
  if (mine && !quotas.has(mine.quotaKey)) quotas.set(mine.quotaKey, mine);
  // The quotas of listed nominations the user does not act for (a province reader, a commune seeing its district's).
  for (const row of rows) {
    if (quotas.has(row.nomination.quotaKey)) continue;
    const unit = units.get(row.nomineeUnit.id)!;
    const nominee: Nominee = row.person ? { kind: 'person', personId: row.person.id, fullName: row.person.fullName, unit } : { kind: 'unit', unit };
    const proposer = proposerOf(campaign.definition, nominee);
    if (proposer.ok && proposer.quotaKey === row.nomination.quotaKey) quotas.set(proposer.quotaKey, proposer);
  }
  const used = await quotaUseCounts(db, campaign.id, [...quotas.keys()]);
  const quotaUses: QuotaUse[] = [...quotas.entries()].map(([quotaKey, { quota, proposingUnit }]) => ({
    quotaKey,
    kind: quota.kind,
    proposingUnit,
    limit: quota.limit,
    used: used.get(quotaKey) ?? 0,
    ref: quota.ref,
    gauge: quotaGaugeText(quota, used.get(quotaKey) ?? 0),
  }));

  return {
    campaign: { id: campaign.id, year: campaign.year, planNumber: campaign.planNumber },
    ...toPage(rows, (row) => presentNomination(actor, row), request),
    quotas: quotaUses,
    candidates,
  };
}

/** A nomination row as the contract's `Nomination`. */
export function presentNomination(actor: Actor, row: NominationRow) {
  const { nomination: n } = row;
  return {
    id: n.id,
    campaignId: n.campaignId,
    nomineeKind: n.nomineeKind,
    nomineeName: row.person ? `${row.person.fullName} (${row.nomineeUnit.name})` : row.nomineeUnit.name,
    nomineeUnit: { id: row.nomineeUnit.id, code: row.nomineeUnit.code, name: row.nomineeUnit.name },
    person: row.person,
    proposingUnit: { id: row.proposingUnit.id, code: row.proposingUnit.code, name: row.proposingUnit.name },
    quotaKey: n.quotaKey,
    status: n.status,
    statusLabel: NOMINATION_STATUS_LABELS[n.status],
    proposedAt: n.proposedAt.toISOString(),
    proposedByName: row.proposedByName,
    withdrawnAt: n.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: n.withdrawalReason,
    // The lifecycle decides: a dossier with Sở Nội vụ is asked back (returned) before its nomination is withdrawn.
    canWithdraw: allowedEvents(nominationStage({ nominationStatus: n.status, dossierStatus: row.dossierStatus })).includes('withdraw') && mayProposeFor(actor, row.proposingUnit),
  };
}
