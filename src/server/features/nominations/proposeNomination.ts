import type { Db } from '../../../db/client';
import { nominations } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { mayProposeFor } from '../../../domain/access/policies/nomination';
import { inScope } from '../../../domain/access/scope';
import { collectiveChosen, decideProposal, proposerOf, type NomineeKind, type Nominee } from '../../../domain/nominations/nominationRules';
import { AppError, forbidden, notFound, validation } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { isUniqueViolation } from '../../kit/uniqueViolation';
import { loadCampaign } from '../campaigns/campaignQueries';
import { campaignEligibility } from '../eligibility/campaignEligibility';
import { activeNominationOf, activeNominationsOfQuota, isCollectiveSelected, loadNominationPerson, loadNominationUnit, loadNominationUnits, lockQuota } from './nominationQueries';

export type ProposeNominationInput = { campaignId: string; nomineeKind: NomineeKind; nomineeId: string; asOf: Date };

/**
 * Proposes a commune (by its district) or a person (by their collective) for the campaign's Bằng khen (III.4.a–b).
 * A person's collective must be chosen: a commune proposed by its district, any other collective selected by Sở Nội
 * vụ in this campaign (read in the transaction, `collectiveChosen`).
 *
 * The nominee's eligibility is computed now from the current data (the eligibility feature's own evaluation). Then,
 * in one transaction: the proposer's quota row is locked (`lockQuota`), the quota's active nominations and the
 * nominee's own are read under that lock, the rules decide (`decideProposal`), and the nomination and its audit row
 * are written. Two proposals for one quota — on any node — are serialised by the lock, so the quota holds; the
 * partial unique index on active nominations stops the same nominee twice even without it.
 *
 * @returns the new nomination's id
 * @throws notFound when the nominee is missing or outside the actor's scope; forbidden when the actor does not act for
 *   the proposing unit; validation for a unit that is not a commune; CONFLICT with the rules' message otherwise
 */
export async function proposeNomination(db: Db, ctx: AuditContext, actor: Actor, input: ProposeNominationInput): Promise<string> {
  const campaign = await loadCampaign(db, input.campaignId);
  let nominee: Nominee;
  if (input.nomineeKind === 'unit') {
    const unit = await loadNominationUnit(db, input.nomineeId);
    if (!inScope(actor, { unitId: unit.id, unitPath: unit.path })) throw notFound('Đơn vị');
    nominee = { kind: 'unit', unit };
  } else {
    const person = await loadNominationPerson(db, campaign.id, input.nomineeId);
    const unit = await loadNominationUnit(db, person.unitId);
    if (!inScope(actor, { unitId: unit.id, unitPath: unit.path })) throw notFound('Cá nhân');
    nominee = { kind: 'person', personId: person.id, fullName: person.fullName, unit };
  }

  const proposer = proposerOf(campaign.definition, nominee);
  if (!proposer.ok) throw validation([{ path: 'nomineeId', message: proposer.message }], proposer.message);
  const proposingUnit = (await loadNominationUnits(db, [proposer.proposingUnit.id])).get(proposer.proposingUnit.id)!;
  if (!mayProposeFor(actor, proposingUnit)) {
    throw forbidden(`Đề nghị này do ${proposingUnit.name} lập; bạn không đề nghị thay cho đơn vị đó.`);
  }

  // The nominee's unit alone: its registration (and, for a person, their collective's facts).
  const { items } = await campaignEligibility(db, campaign, { kind: 'unit', unitId: nominee.unit.id });
  const collectiveItem = items.find((i) => i.kind === 'collective' && i.orgUnit.id === nominee.unit.id) ?? null;
  const eligibility =
    nominee.kind === 'unit'
      ? (collectiveItem?.result ?? null)
      : (items.find((i) => i.kind === 'individual' && i.person?.id === nominee.personId)?.result ?? null);

  try {
    return await db.transaction(async (tx) => {
      await lockQuota(tx, campaign.id, proposer.quotaKey);
      const [quotaUsedBy, existing, communeNomination, selected] = [
        await activeNominationsOfQuota(tx, campaign.id, proposer.quotaKey),
        await activeNominationOf(tx, campaign.id, nominee.kind === 'unit' ? { kind: 'unit', id: nominee.unit.id } : { kind: 'person', id: nominee.personId }),
        nominee.kind === 'person' && nominee.unit.kind === 'commune' ? await activeNominationOf(tx, campaign.id, { kind: 'unit', id: nominee.unit.id }) : null,
        nominee.kind === 'person' && nominee.unit.kind !== 'commune' ? await isCollectiveSelected(tx, campaign.id, nominee.unit.id) : false,
      ];
      // III.4.b: a commune is chosen when its district proposed it; any other collective when Sở Nội vụ selected it.
      const chosen = nominee.kind === 'person' ? collectiveChosen({ unit: nominee.unit, communeProposed: communeNomination !== null, selected }) : null;
      const decision = decideProposal({ nominee, eligibility, collectiveChosen: chosen, existing, proposer, quotaUsedBy });
      if (!decision.allowed) throw new AppError('CONFLICT', decision.message);

      const [row] = await tx
        .insert(nominations)
        .values({
          campaignId: campaign.id,
          nomineeKind: nominee.kind,
          nomineeUnitId: nominee.unit.id,
          nomineePersonId: nominee.kind === 'person' ? nominee.personId : null,
          proposingUnitId: proposingUnit.id,
          quotaKey: proposer.quotaKey,
          proposedById: actor.userId,
          proposedAt: input.asOf,
          // created_at stays the database's now(): it orders proposals made at the same app-clock instant.
          updatedAt: input.asOf,
        })
        .returning();
      await writeAudit(tx, ctx, {
        action: 'nomination.propose',
        entityType: 'nomination',
        entityId: row.id,
        orgUnitId: nominee.unit.id,
        after: { ...row, quota: { used: decision.quota.used + 1, limit: decision.quota.limit, clause: decision.quota.ref.clause }, eligibility: eligibility?.summary ?? null },
      });
      return row.id;
    });
  } catch (err) {
    // Only reachable when the same nominee was proposed against another quota key at the same instant (e.g. a
    // person listed by two collectives): the partial unique index decides, and the answer is the duplicate message.
    if (!isUniqueViolation(err)) throw err;
    const existing = await activeNominationOf(db, campaign.id, nominee.kind === 'unit' ? { kind: 'unit', id: nominee.unit.id } : { kind: 'person', id: nominee.personId });
    const decision = decideProposal({ nominee, eligibility, existing, proposer, quotaUsedBy: [] });
    throw new AppError('CONFLICT', decision.allowed ? 'Đề nghị này vừa được người khác lập; hãy tải lại trang.' : decision.message);
  }
}
