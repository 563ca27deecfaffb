import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { publicComments } from '../../../db/schema';
import { checkCommentAllowed, commentRateDecision, type CommentRateLimit } from '../../../domain/publicNotices/publicNoticeRules';
import { AppError, notFound, validation } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { loadNotice, senderCommentTimes } from './publicNoticeQueries';

/** SHA-256 of the sender's address: enough to count their comments, without keeping the address with them. */
export function senderHash(ip: string): string {
  return createHash('sha256').update(`public-comment:${ip}`).digest('hex');
}

export type PublicCommentInput = { noticeId: string; authorName: string; contact: string | null; body: string; entryNo: number | null };

/**
 * A visitor (no login) comments on an open proposed list, optionally about one line of it. Stored pending until Sở
 * Nội vụ moderates it. Refused with a Vietnamese reason when the notice is not on the public page (404), its period is
 * over (409), the line does not exist (400), or the sender has reached the rate limit (429, with Retry-After). The
 * sender's comments are counted under a per-sender advisory lock, so parallel requests from one address (on any app
 * node) cannot pass the limit together. The audit row names no contact.
 */
export async function submitPublicComment(db: Db, ctx: AuditContext, input: PublicCommentInput & { ip: string; rate: CommentRateLimit; asOf: Date }): Promise<void> {
  const hash = senderHash(input.ip);
  await db.transaction(async (tx) => {
    const notice = await loadNotice(tx, input.noticeId);
    if (notice.withdrawnAt || notice.opensAt.getTime() > input.asOf.getTime()) throw notFound('Thông báo công khai');
    const allowed = checkCommentAllowed(notice, input.asOf);
    if (!allowed.allowed) throw new AppError('CONFLICT', allowed.reason);
    const entry = input.entryNo === null ? null : notice.entries[input.entryNo - 1];
    if (input.entryNo !== null && !entry) {
      throw validation([{ path: 'entryNo', message: `Góp ý cho: danh sách không có số thứ tự ${input.entryNo} (có ${notice.entries.length} dòng)` }]);
    }
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${hash}, 0))`);
    const since = new Date(input.asOf.getTime() - input.rate.windowMinutes * 60 * 1000);
    const rate = commentRateDecision(await senderCommentTimes(tx, hash, since), input.rate, input.asOf);
    if (!rate.allowed) throw new AppError('TOO_MANY_ATTEMPTS', rate.message, [], { 'retry-after': String(rate.retryAfterSeconds) });
    const [comment] = await tx
      .insert(publicComments)
      .values({ noticeId: notice.id, dossierId: entry?.dossierId ?? null, authorName: input.authorName, authorContact: input.contact, body: input.body, senderHash: hash, createdAt: input.asOf })
      .returning();
    await writeAudit(tx, ctx, {
      action: 'publicComment.create',
      entityType: 'publicComment',
      entityId: comment.id,
      orgUnitId: null,
      after: { noticeId: notice.id, dossierId: comment.dossierId, authorName: comment.authorName, status: comment.status },
    });
  });
}
