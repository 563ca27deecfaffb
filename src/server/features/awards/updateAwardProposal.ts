import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { awardProposalEntries, awardProposals, dossiers } from '../../../db/schema';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { loadCampaign } from '../campaigns/campaignQueries';
import { proposalMove } from './awardGuards';
import { loadProposal, unlistedPassedDossiers } from './awardQueries';
import { orNull, type ProposalFields } from './createAwardProposal';

/**
 * Sở Nội vụ edits a draft or returned Tờ trình (number, date, signer) and its list is brought up to date: dossiers
 * the council has passed since are added, those no longer passed are dropped. A returned one becomes a draft again.
 */
export async function updateAwardProposal(db: Db, ctx: AuditContext, input: { proposalId: string; fields: ProposalFields; asOf: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const { proposal: current } = await loadProposal(tx, input.proposalId);
    // The campaign's lists have one writer at a time (as createAwardProposal), then the Tờ trình itself.
    await loadCampaign(tx, current.campaignId, { forUpdate: true });
    const { proposal: before, year } = await loadProposal(tx, input.proposalId, { forUpdate: true });
    const status = proposalMove(before.status, 'edit');
    const listed = await tx
      .select({ dossierId: awardProposalEntries.dossierId, status: dossiers.status })
      .from(awardProposalEntries)
      .innerJoin(dossiers, eq(dossiers.id, awardProposalEntries.dossierId))
      .where(eq(awardProposalEntries.proposalId, before.id));
    const dropped = listed.filter((l) => l.status !== 'council_passed').map((l) => l.dossierId);
    if (dropped.length > 0) await tx.delete(awardProposalEntries).where(and(eq(awardProposalEntries.proposalId, before.id), inArray(awardProposalEntries.dossierId, dropped)));
    const added = await unlistedPassedDossiers(tx, before.campaignId, year);
    if (added.length > 0) await tx.insert(awardProposalEntries).values(added.map((e) => ({ proposalId: before.id, dossierId: e.dossierId })));
    const f = input.fields;
    const [after] = await tx
      .update(awardProposals)
      .set({ number: orNull(f.number), proposalDate: orNull(f.proposalDate), signerName: orNull(f.signerName), signerPosition: orNull(f.signerPosition), status, updatedAt: input.asOf })
      .where(eq(awardProposals.id, before.id))
      .returning();
    const fields = (p: typeof after) => ({ campaignId: p.campaignId, number: p.number, proposalDate: p.proposalDate, signerName: p.signerName, signerPosition: p.signerPosition, status: p.status });
    await writeAudit(tx, ctx, {
      action: 'awardProposal.update',
      entityType: 'awardProposal',
      entityId: before.id,
      orgUnitId: null,
      before: fields(before),
      after: { ...fields(after), addedDossierIds: added.map((e) => e.dossierId), droppedDossierIds: dropped },
    });
  });
}
