import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { publicNotices } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { AppError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { loadNotice } from './publicNoticeQueries';

/**
 * Sở Nội vụ takes a notice (a proposed list or a published decision) off the public page, with its reason; it stays
 * in the campaign's history and its comments are kept. Once: a withdrawn notice cannot be withdrawn again.
 */
export async function withdrawNotice(db: Db, ctx: AuditContext, actor: Actor, input: { noticeId: string; reason: string; asOf: Date }) {
  return db.transaction(async (tx) => {
    const before = await loadNotice(tx, input.noticeId, { forUpdate: true });
    if (before.withdrawnAt) throw new AppError('CONFLICT', 'Thông báo này đã được gỡ khỏi trang công khai.');
    const [after] = await tx.update(publicNotices).set({ withdrawnAt: input.asOf }).where(eq(publicNotices.id, before.id)).returning();
    await writeAudit(tx, ctx, {
      action: 'publicNotice.withdraw',
      entityType: 'publicNotice',
      entityId: before.id,
      orgUnitId: actor.unitId,
      before: { withdrawnAt: null },
      after: { campaignId: before.campaignId, kind: before.kind, title: before.title, withdrawnAt: after.withdrawnAt },
      reason: input.reason,
    });
    return after;
  });
}
