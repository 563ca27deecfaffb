import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { awardProposals } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { proposalSnapshot } from '../../../domain/awards/awardSnapshot';
import { AppError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { proposalMove } from './awardGuards';
import { liveProposalEntries, loadProposal } from './awardQueries';
import { snapshotSha256 } from './snapshotHash';

/**
 * The chairman's office approves the submitted Tờ trình: the list is frozen as it stands (names, positions, units,
 * achievements) in canonical JSON with its SHA-256, so later edits to people or units do not change what was
 * approved. Guarded update (submitted → approved) and audit row in one transaction.
 */
export async function approveAwardProposal(db: Db, ctx: AuditContext, actor: Actor, input: { proposalId: string; asOf: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const { proposal: before, year } = await loadProposal(tx, input.proposalId, { forUpdate: true });
    const to = proposalMove(before.status, 'approve');
    const snapshot = proposalSnapshot(before.campaignId, await liveProposalEntries(tx, before.id, year));
    const sha = snapshotSha256(snapshot);
    const [after] = await tx
      .update(awardProposals)
      .set({ status: to, approvedById: actor.userId, approvedAt: input.asOf, snapshot, snapshotSha256: sha, updatedAt: input.asOf })
      .where(and(eq(awardProposals.id, before.id), eq(awardProposals.status, 'submitted')))
      .returning();
    if (!after) throw new AppError('CONFLICT', 'Tờ trình vừa được người khác xử lý; hãy tải lại trang.');
    await writeAudit(tx, ctx, {
      action: 'awardProposal.approve',
      entityType: 'awardProposal',
      entityId: before.id,
      orgUnitId: null,
      before: { campaignId: before.campaignId, status: before.status },
      after: { campaignId: after.campaignId, status: after.status, approvedAt: after.approvedAt, snapshotSha256: sha, entryCount: snapshot.entries.length },
    });
  });
}
