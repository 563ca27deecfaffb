import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { publicComments } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { checkModeration } from '../../../domain/publicNotices/publicNoticeRules';
import { AppError, notFound } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';

/**
 * Sở Nội vụ approves a pending comment (it then shows on the public page, without the contact, and — when it names a
 * nominee — on that nominee's dossier) or rejects it, with an optional note. Once: the row is locked and its status
 * checked, so two moderators racing get one result and one conflict.
 */
export async function moderateComment(db: Db, ctx: AuditContext, actor: Actor, input: { commentId: string; decision: 'approve' | 'reject'; note: string | null; asOf: Date }) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(publicComments).where(eq(publicComments.id, input.commentId)).for('update');
    if (!before) throw notFound('Góp ý');
    const allowed = checkModeration(before.status);
    if (!allowed.allowed) throw new AppError('CONFLICT', allowed.reason);
    const status = input.decision === 'approve' ? 'approved' : 'rejected';
    const [after] = await tx
      .update(publicComments)
      .set({ status, moderatedById: actor.userId, moderatedAt: input.asOf, moderationNote: input.note })
      .where(eq(publicComments.id, before.id))
      .returning();
    await writeAudit(tx, ctx, {
      action: input.decision === 'approve' ? 'publicComment.approve' : 'publicComment.reject',
      entityType: 'publicComment',
      entityId: before.id,
      orgUnitId: actor.unitId,
      before: { status: before.status },
      after: { noticeId: before.noticeId, dossierId: before.dossierId, status: after.status, moderationNote: after.moderationNote },
    });
    return after;
  });
}
