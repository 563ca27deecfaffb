import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { feedbackMessages, feedbackThreads } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { statusAfterMessage, type FeedbackSide, type FeedbackStatus } from '../../../domain/feedback/feedbackThread';
import type { AppDeps } from '../../deps';
import { AppError, forbidden } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { notifyUnit } from '../notifications/notifyUnit';
import { feedbackAbilities, loadFeedbackThread } from './feedbackQueries';

/**
 * A message in a thread: the raising unit writes again (`feedback.reply`; reopens an answered or closed thread) or Sở
 * Nội vụ answers (`feedback.answer`; the thread becomes answered and the unit — and the person who raised it — is
 * notified, kind 'feedback_answered'). The thread row is locked first, so two messages at once move the status one
 * after the other; the message, the status, the audit row and the notice commit together.
 * @returns the new message's id
 */
export async function postFeedbackMessage(
  db: Db,
  deps: Pick<AppDeps, 'config' | 'jobs'>,
  ctx: AuditContext,
  actor: Actor,
  input: { threadId: string; side: FeedbackSide; body: string; asOf: Date },
): Promise<string> {
  const thread = await loadFeedbackThread(db, actor, input.threadId);
  const can = feedbackAbilities(actor, thread);
  if (input.side === 'unit' && !can.reply) throw forbidden('Chỉ đơn vị gửi phản ánh mới trao đổi thêm trong phản ánh này.');
  return db.transaction(async (tx) => {
    const [locked] = await tx.select({ status: feedbackThreads.status }).from(feedbackThreads).where(eq(feedbackThreads.id, thread.id)).for('update');
    const from = locked.status as FeedbackStatus;
    const move = statusAfterMessage(from, input.side);
    if (!move.ok) throw new AppError('CONFLICT', move.message);
    const [message] = await tx
      .insert(feedbackMessages)
      .values({ threadId: thread.id, authorUserId: actor.userId, authorUnitId: actor.unitId, body: input.body, createdAt: input.asOf })
      .returning({ id: feedbackMessages.id });
    await tx
      .update(feedbackThreads)
      .set({
        status: move.status,
        lastActivityAt: input.asOf,
        ...(input.side === 'secretariat' && !thread.firstAnsweredAt ? { firstAnsweredAt: input.asOf } : {}),
        ...(move.status !== 'closed' ? { closedAt: null } : {}),
      })
      .where(eq(feedbackThreads.id, thread.id));
    await writeAudit(tx, ctx, {
      action: input.side === 'secretariat' ? 'feedback.answer' : 'feedback.reply',
      entityType: 'feedbackThread',
      entityId: thread.id,
      orgUnitId: thread.orgUnitId,
      before: { status: from },
      after: { status: move.status, messageId: message.id, body: input.body },
    });
    if (input.side === 'secretariat') {
      await notifyUnit(tx, deps, {
        unitId: thread.orgUnitId,
        userId: thread.createdById,
        campaignId: thread.campaignId,
        kind: 'feedback_answered',
        title: `Sở Nội vụ đã trả lời phản ánh: ${thread.subject}`.slice(0, 300),
        body: `Sở Nội vụ đã trả lời phản ánh «${thread.subject}» của ${thread.unitName}:\n\n${input.body}`,
        link: `/phan-anh/${thread.id}`,
        dedupeKey: `feedback:${thread.id}:${message.id}`,
        asOf: input.asOf,
      });
    }
    return message.id;
  });
}
