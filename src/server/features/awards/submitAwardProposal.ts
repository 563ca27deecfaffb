import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { awardProposalEntries, awardProposals } from '../../../db/schema';
import { AppError, validation, type FieldError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { proposalMove } from './awardGuards';
import { loadProposal } from './awardQueries';

/**
 * Sở Nội vụ sends the Tờ trình to the chairman's office: it needs its number, date and signer and at least one
 * dossier. Guarded update (draft or returned → submitted) with its audit row; a second click gets a 409.
 */
export async function submitAwardProposal(db: Db, ctx: AuditContext, input: { proposalId: string; asOf: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const { proposal: before } = await loadProposal(tx, input.proposalId, { forUpdate: true });
    const to = proposalMove(before.status, 'submit');
    const missing: FieldError[] = [];
    if (!before.number) missing.push({ path: 'number', message: 'Số Tờ trình: cần có trước khi trình' });
    if (!before.proposalDate) missing.push({ path: 'proposalDate', message: 'Ngày Tờ trình: cần có trước khi trình' });
    if (!before.signerName) missing.push({ path: 'signerName', message: 'Họ và tên người ký: cần có trước khi trình' });
    if (!before.signerPosition) missing.push({ path: 'signerPosition', message: 'Chức vụ người ký: cần có trước khi trình' });
    if (missing.length > 0) throw validation(missing);
    const [{ n }] = await tx.select({ n: count() }).from(awardProposalEntries).where(eq(awardProposalEntries.proposalId, before.id));
    if (n === 0) throw new AppError('CONFLICT', 'Tờ trình chưa có hồ sơ nào: không trình được.');
    const [after] = await tx
      .update(awardProposals)
      .set({ status: to, returnReason: null, updatedAt: input.asOf })
      .where(and(eq(awardProposals.id, before.id), eq(awardProposals.status, before.status)))
      .returning();
    if (!after) throw new AppError('CONFLICT', 'Tờ trình vừa được người khác thay đổi; hãy tải lại trang.');
    await writeAudit(tx, ctx, { action: 'awardProposal.submit', entityType: 'awardProposal', entityId: before.id, orgUnitId: null, before: { campaignId: before.campaignId, status: before.status }, after: { campaignId: after.campaignId, status: after.status } });
  });
}
