import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { awardProposals } from '../../../db/schema';
import { AppError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { proposalMove } from './awardGuards';
import { loadProposal } from './awardQueries';

/** The chairman's office returns the submitted Tờ trình with its reason; Sở Nội vụ edits and submits it again. */
export async function returnAwardProposal(db: Db, ctx: AuditContext, input: { proposalId: string; reason: string; asOf: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const { proposal: before } = await loadProposal(tx, input.proposalId, { forUpdate: true });
    const to = proposalMove(before.status, 'return');
    const [after] = await tx
      .update(awardProposals)
      .set({ status: to, returnReason: input.reason, updatedAt: input.asOf })
      .where(and(eq(awardProposals.id, before.id), eq(awardProposals.status, 'submitted')))
      .returning();
    if (!after) throw new AppError('CONFLICT', 'Tờ trình vừa được người khác xử lý; hãy tải lại trang.');
    await writeAudit(tx, ctx, { action: 'awardProposal.return', entityType: 'awardProposal', entityId: before.id, orgUnitId: null, before: { campaignId: before.campaignId, status: before.status }, after: { campaignId: after.campaignId, status: after.status }, reason: input.reason });
  });
}
