import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { feedbackThreads } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { statusAfterClose, type FeedbackStatus } from '../../../domain/feedback/feedbackThread';
import { AppError, forbidden } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { feedbackAbilities, loadFeedbackThread } from './feedbackQueries';

/**
 * Closes a thread once it is settled: the raising unit or Sở Nội vụ, with its `feedback.close` audit row. The unit
 * reopens it by writing again (postFeedbackMessage).
 * @throws 403 for anyone else in scope; 409 when it is already closed
 */
export async function closeFeedback(db: Db, ctx: AuditContext, actor: Actor, input: { threadId: string; asOf: Date }): Promise<void> {
  const thread = await loadFeedbackThread(db, actor, input.threadId);
  const unitSide = feedbackAbilities(actor, { ...thread, status: 'open' });
  if (!unitSide.close) throw forbidden('Chỉ đơn vị gửi phản ánh hoặc Sở Nội vụ mới đóng được phản ánh.');
  await db.transaction(async (tx) => {
    const [locked] = await tx.select({ status: feedbackThreads.status }).from(feedbackThreads).where(eq(feedbackThreads.id, thread.id)).for('update');
    const from = locked.status as FeedbackStatus;
    const move = statusAfterClose(from);
    if (!move.ok) throw new AppError('CONFLICT', move.message);
    await tx.update(feedbackThreads).set({ status: move.status, closedAt: input.asOf, lastActivityAt: input.asOf }).where(eq(feedbackThreads.id, thread.id));
    // The update-then-audit shape of every use case, on purpose (kit/audit.ts).
    await writeAudit(tx, ctx, { action: 'feedback.close', entityType: 'feedbackThread', entityId: thread.id, orgUnitId: thread.orgUnitId, before: { status: from }, after: { status: move.status } });
  });
}
