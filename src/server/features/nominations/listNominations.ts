import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { mayProposeFor } from '../../../domain/access/policies/nomination';
import { scopeOf } from '../../../domain/access/scope';
import type { QuotaSpec } from '../../../domain/campaigns/quotaRules';
import { allowedEvents, nominationStage } from '../../../domain/nominations/nominationLifecycle';
import { collectiveChosen, eligibleByThisProposal, failingConditions, NOMINATION_STATUS_LABELS, proposerOf, quotaGaugeText, type Nominee } from '../../../domain/nominations/nominationRules';
import type { Candidate, NominationOverview, QuotaUse } from '../../../shared/contracts/nominations';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { campaignEligibility } from '../eligibility/campaignEligibility';
import { listCampaignNominations, loadNominationUnits, quotaUseCounts, type LoadedUnit, type NominationRow } from './nominationQueries';
import { selectedCollectives } from './selectCollectives';

/** The proposing unit's place, for the access policy: a commune's district, or a person's own unit. */
function proposingUnitOf(nominee: Nominee, unit: LoadedUnit): { id: string; path: string; kind: string } {
  if (nominee.kind === 'unit' && unit.parent) return { id: unit.parent.id, path: unit.parentPath ?? '', kind: unit.parent.kind };
  return unit;
}

type QuotaEntry = { quota: QuotaSpec; proposingUnit: { id: string; code: string; name: string } };

/**
 * The nomination page of a campaign for the signed-in user:
 * - the nominations whose nominee is in their scope (SQL-filtered);
 * - the candidates they may propose — the registered communes (for a district) and individuals (for a collective)
 *   that they act for, each with its eligibility computed now and its failing conditions;
 * - the quotas of those proposing units and of the listed nominations, each with its use over every scope.
 */
export async function listNominations(db: DbOrTx, campaign: CampaignRecord, actor: Actor): Promise<NominationOverview> {
  const scope = scopeOf(actor);
  const [rows, eligibility, selections] = await Promise.all([listCampaignNominations(db, campaign.id, scope), campaignEligibility(db, campaign, scope), selectedCollectives(db, campaign.id)]);
  // The chosen collectives (III.4.b), as proposeNomination reads them: Sở Nội vụ's picks, the communes proposed.
  const selected = new Set(selections.map((s) => s.id));
  const proposedUnits = new Set(rows.filter((r) => r.nomination.status === 'proposed' && r.nomination.nomineeKind === 'unit').map((r) => r.nomineeUnit.id));
  const evaluated = eligibility.items.filter((i) => i.kind === 'individual' || i.orgUnit.kind === 'commune');
  const units = await loadNominationUnits(db, [...evaluated.map((i) => i.orgUnit.id), ...rows.map((r) => r.nomineeUnit.id)]);

  const active = new Set(rows.filter((r) => r.nomination.status === 'proposed').map((r) => (r.nomination.nomineeKind === 'unit' ? `unit:${r.nomineeUnit.id}` : `person:${r.person?.id}`)));
  const quotas = new Map<string, QuotaEntry>();
  const candidates: Candidate[] = [];
  for (const item of evaluated) {
    const unit = units.get(item.orgUnit.id);
    if (!unit) continue;
    const nominee: Nominee = item.kind === 'collective' ? { kind: 'unit', unit } : { kind: 'person', personId: item.person!.id, fullName: item.person!.fullName, unit };
    const proposer = proposerOf(campaign.definition, nominee);
    if (!proposer.ok) continue;
    if (!mayProposeFor(actor, proposingUnitOf(nominee, unit))) continue;
    quotas.set(proposer.quotaKey, { quota: proposer.quota, proposingUnit: proposer.proposingUnit });
    const nomineeId = nominee.kind === 'unit' ? unit.id : nominee.personId;
    // A chosen collective's person whose only shortfall is "có đề nghị" may be proposed: this proposal supplies it.
    const chosen = nominee.kind === 'person' ? collectiveChosen({ unit, communeProposed: proposedUnits.has(unit.id), selected: selected.has(unit.id) }) : null;
    const eligible = item.result.eligible || eligibleByThisProposal({ nominee, eligibility: item.result, collectiveChosen: chosen });
    candidates.push({
      nomineeKind: nominee.kind,
      nomineeId,
      nomineeName: item.kind === 'collective' ? unit.name : `${item.person!.fullName} (${unit.name})`,
      unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
      proposingUnit: proposer.proposingUnit,
      quotaKey: proposer.quotaKey,
      eligible,
      summary: item.result.summary,
      failing: eligible ? [] : failingConditions(item.result),
      alreadyProposed: active.has(`${nominee.kind}:${nomineeId}`),
    });
  }
  // The quotas of listed nominations the user does not act for (a province reader, a commune seeing its district's).
  for (const row of rows) {
    if (quotas.has(row.nomination.quotaKey)) continue;
    const unit = units.get(row.nomineeUnit.id)!;
    const nominee: Nominee = row.person ? { kind: 'person', personId: row.person.id, fullName: row.person.fullName, unit } : { kind: 'unit', unit };
    const proposer = proposerOf(campaign.definition, nominee);
    if (proposer.ok && proposer.quotaKey === row.nomination.quotaKey) quotas.set(proposer.quotaKey, { quota: proposer.quota, proposingUnit: proposer.proposingUnit });
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
    items: rows.map((row) => presentNomination(actor, row)),
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
