import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { attachments, campaigns, feedbackMessages, feedbackThreads, orgUnits, storedFiles, users } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import type { Actor } from '../../../domain/access/actor';
import { can } from '../../../domain/access/policy';
import { scopeOf } from '../../../domain/access/scope';
import { formatWaiting, waitingSince, type FeedbackSide, type FeedbackStatus } from '../../../domain/feedback/feedbackThread';
import type { FeedbackThread, FeedbackThreadSummary } from '../../../shared/contracts/feedback';
import { forbidden, notFound } from '../../errors';
import { pageOffset, toPage, totalRows, type PageRequest } from '../../kit/pagedList';

/** `attachments.entity_type` of a file attached to a feedback message. */
export const FEEDBACK_ATTACHMENT_ENTITY = 'feedback_message';

/**
 * The unit's first message after Sở Nội vụ's last reply, in SQL (the same rule as waitingSince in
 * src/domain/feedback): a message is the unit's when its author's unit is the thread's unit.
 */
const waitingSinceSql = sql<string | null>`case when ${feedbackThreads.status} = 'closed' then null else (
  select min(m.created_at) from feedback_messages m
  where m.thread_id = ${feedbackThreads.id} and m.author_unit_id = ${feedbackThreads.orgUnitId}
    and m.created_at > coalesce((select max(s.created_at) from feedback_messages s where s.thread_id = ${feedbackThreads.id} and s.author_unit_id <> ${feedbackThreads.orgUnitId}), '-infinity'::timestamptz)
) end`;

const summaryColumns = {
  id: feedbackThreads.id,
  subject: feedbackThreads.subject,
  status: feedbackThreads.status,
  orgUnitId: feedbackThreads.orgUnitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  campaignId: feedbackThreads.campaignId,
  planNumber: campaigns.planNumber,
  campaignYear: campaigns.year,
  createdById: feedbackThreads.createdById,
  firstAnsweredAt: feedbackThreads.firstAnsweredAt,
  createdAt: feedbackThreads.createdAt,
  lastActivityAt: feedbackThreads.lastActivityAt,
  messageCount: sql<number>`(select count(*) from feedback_messages c where c.thread_id = ${feedbackThreads.id})`.mapWith(Number),
  // Milliseconds since the epoch: the same on PGlite and PostgreSQL whatever their timestamp text looks like.
  waitingSince: sql<Date | null>`(extract(epoch from ${waitingSinceSql}) * 1000)::float8`.mapWith((v: string | number | null) => (v === null ? null : new Date(Number(v)))),
};

type SummaryRow = {
  id: string;
  subject: string;
  status: FeedbackStatus;
  orgUnitId: string;
  unitName: string;
  campaignId: string | null;
  planNumber: string | null;
  campaignYear: number | null;
  createdAt: Date;
  lastActivityAt: Date;
  messageCount: number;
  waitingSince: Date | null;
};

function presentSummary(row: SummaryRow, asOf: Date): FeedbackThreadSummary {
  return {
    id: row.id,
    subject: row.subject,
    status: row.status,
    orgUnitId: row.orgUnitId,
    unitName: row.unitName,
    campaignId: row.campaignId,
    campaignName: row.planNumber ? `Kế hoạch số ${row.planNumber} (năm ${row.campaignYear})` : null,
    createdAt: row.createdAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
    messageCount: row.messageCount,
    waitingSince: row.waitingSince?.toISOString() ?? null,
    waiting: row.waitingSince ? formatWaiting(row.waitingSince, asOf) : null,
  };
}

/**
 * The threads the actor may see (scope in SQL: a unit its own, a district its communes', province roles all), the
 * longest-waiting first, then the most recently active; optionally of one status.
 */
export async function listFeedbackThreads(db: DbOrTx, actor: Actor, query: PageRequest & { status?: FeedbackStatus; asOf: Date }) {
  const where: SQL[] = [orgUnitScopeWhere(scopeOf(actor))];
  if (query.status) where.push(eq(feedbackThreads.status, query.status));
  const rows = await db
    .select({ ...summaryColumns, total: totalRows() })
    .from(feedbackThreads)
    .innerJoin(orgUnits, eq(orgUnits.id, feedbackThreads.orgUnitId))
    .leftJoin(campaigns, eq(campaigns.id, feedbackThreads.campaignId))
    .where(and(...where))
    .orderBy(sql`${waitingSinceSql} asc nulls last`, sql`${feedbackThreads.lastActivityAt} desc`, asc(feedbackThreads.id))
    .limit(query.pageSize)
    .offset(pageOffset(query));
  return toPage(rows, (r) => presentSummary(r as SummaryRow, query.asOf), query);
}

/** One thread as a record: 404 when it does not exist or is outside the actor's scope. */
export async function loadFeedbackThread(db: DbOrTx, actor: Actor, threadId: string) {
  const [row] = await db
    .select(summaryColumns)
    .from(feedbackThreads)
    .innerJoin(orgUnits, eq(orgUnits.id, feedbackThreads.orgUnitId))
    .leftJoin(campaigns, eq(campaigns.id, feedbackThreads.campaignId))
    .where(eq(feedbackThreads.id, threadId));
  if (!row || !can(actor, 'feedback.read', { unitId: row.orgUnitId, unitPath: row.unitPath })) throw notFound('Phản ánh');
  return row as typeof row & SummaryRow;
}

/** Who may write what in a thread: the raising unit's people reply, Sở Nội vụ answers; either closes. */
export function feedbackAbilities(actor: Actor, thread: { orgUnitId: string; status: FeedbackStatus }) {
  const unitSide = can(actor, 'feedback.raise') && actor.unitId === thread.orgUnitId;
  const secretariat = can(actor, 'feedback.answer');
  return { reply: unitSide, answer: secretariat && thread.status !== 'closed', close: (unitSide || secretariat) && thread.status !== 'closed' };
}

export function assertUnitSide(actor: Actor, thread: { orgUnitId: string; status: FeedbackStatus }) {
  if (!feedbackAbilities(actor, thread).reply) throw forbidden('Chỉ đơn vị gửi phản ánh mới trao đổi thêm trong phản ánh này.');
}

/** The thread with its messages (oldest first), their authors and attachments, and what the actor may do. */
export async function getFeedbackThread(db: DbOrTx, actor: Actor, threadId: string, asOf: Date): Promise<FeedbackThread> {
  const thread = await loadFeedbackThread(db, actor, threadId);
  const messages = await db
    .select({
      id: feedbackMessages.id,
      authorUnitId: feedbackMessages.authorUnitId,
      authorUserId: feedbackMessages.authorUserId,
      authorName: users.fullName,
      authorUnitName: orgUnits.name,
      body: feedbackMessages.body,
      createdAt: feedbackMessages.createdAt,
    })
    .from(feedbackMessages)
    .innerJoin(orgUnits, eq(orgUnits.id, feedbackMessages.authorUnitId))
    .leftJoin(users, eq(users.id, feedbackMessages.authorUserId))
    .where(eq(feedbackMessages.threadId, threadId))
    .orderBy(asc(feedbackMessages.createdAt), asc(feedbackMessages.id));
  const files = messages.length
    ? await db
        .select({ id: attachments.id, messageId: attachments.entityId, fileName: attachments.fileName, size: storedFiles.size, mimeType: storedFiles.mimeType })
        .from(attachments)
        .innerJoin(storedFiles, eq(storedFiles.sha256, attachments.fileSha256))
        .where(and(eq(attachments.entityType, FEEDBACK_ATTACHMENT_ENTITY), inArray(attachments.entityId, messages.map((m) => m.id))))
        .orderBy(asc(attachments.uploadedAt), asc(attachments.id))
    : [];
  const side = (m: { authorUnitId: string }): FeedbackSide => (m.authorUnitId === thread.orgUnitId ? 'unit' : 'secretariat');
  const since = waitingSince(thread.status, messages.map((m) => ({ side: side(m), at: m.createdAt })));
  return {
    ...presentSummary({ ...thread, waitingSince: since }, asOf),
    messages: messages.map((m) => ({
      id: m.id,
      side: side(m),
      authorName: m.authorName,
      authorUnitName: m.authorUnitName,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
      own: m.authorUserId === actor.userId,
      attachments: files.filter((f) => f.messageId === m.id).map(({ id, fileName, size, mimeType }) => ({ id, fileName, size, mimeType })),
    })),
    can: feedbackAbilities(actor, thread),
  };
}

/** A message with its thread, for attaching a file to it (scope: the thread's). */
export async function loadFeedbackMessage(db: DbOrTx, actor: Actor, messageId: string) {
  const [message] = await db.select().from(feedbackMessages).where(eq(feedbackMessages.id, messageId));
  if (!message) throw notFound('Tin nhắn phản ánh');
  const thread = await loadFeedbackThread(db, actor, message.threadId);
  return { message, thread };
}

/** An attached file's bytes, if the actor may see its thread. */
export async function loadFeedbackAttachment(db: DbOrTx, actor: Actor, attachmentId: string) {
  const [file] = await db
    .select({ messageId: attachments.entityId, fileName: attachments.fileName, mimeType: storedFiles.mimeType, data: storedFiles.data })
    .from(attachments)
    .innerJoin(storedFiles, eq(storedFiles.sha256, attachments.fileSha256))
    .where(and(eq(attachments.id, attachmentId), eq(attachments.entityType, FEEDBACK_ATTACHMENT_ENTITY)));
  if (!file) throw notFound('Tệp đính kèm');
  await loadFeedbackMessage(db, actor, file.messageId);
  return file;
}
