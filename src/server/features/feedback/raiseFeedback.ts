import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { campaigns, feedbackMessages, feedbackThreads } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { validation } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';

/**
 * A unit raises a difficulty (phản ánh, vướng mắc) to UBND tỉnh via Sở Nội vụ: a new thread of the actor's own unit,
 * open, with its first message, and its `feedback.raise` audit row, in one transaction.
 * @throws validation when the campaign named does not exist
 */
export async function raiseFeedback(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  input: { subject: string; body: string; campaignId: string | null; asOf: Date },
): Promise<string> {
  if (input.campaignId) {
    const [campaign] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, input.campaignId));
    if (!campaign) throw validation([{ path: 'campaignId', message: 'Đợt thi đua liên quan: không tồn tại' }]);
  }
  return db.transaction(async (tx) => {
    const [thread] = await tx
      .insert(feedbackThreads)
      .values({ campaignId: input.campaignId, orgUnitId: actor.unitId, subject: input.subject, status: 'open', createdById: actor.userId, createdAt: input.asOf, lastActivityAt: input.asOf })
      .returning({ id: feedbackThreads.id });
    const [message] = await tx
      .insert(feedbackMessages)
      .values({ threadId: thread.id, authorUserId: actor.userId, authorUnitId: actor.unitId, body: input.body, createdAt: input.asOf })
      .returning({ id: feedbackMessages.id });
    // The insert-then-audit shape of every use case, on purpose (kit/audit.ts).
    await writeAudit(tx, ctx, {
      action: 'feedback.raise',
      entityType: 'feedbackThread',
      entityId: thread.id,
      orgUnitId: actor.unitId,
      after: { feedbackSubject: input.subject, campaignId: input.campaignId, status: 'open', messageId: message.id, body: input.body },
    });
    return thread.id;
  });
}
