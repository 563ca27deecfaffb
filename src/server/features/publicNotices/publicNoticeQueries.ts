import { and, asc, count, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client';
import { dossiers, nominations, orgUnits, people, publicComments, publicNotices, users, type PublicNoticeEntry } from '../../../db/schema';
import { PROPOSED_LIST_STATUSES, type CommentStatus } from '../../../domain/publicNotices/publicNoticeRules';
import { notFound } from '../../errors';

export type NoticeRow = typeof publicNotices.$inferSelect;
export type CommentRow = typeof publicComments.$inferSelect;

/**
 * The council's list of a campaign, as a list published now would carry it: the dossiers at the statuses of
 * PROPOSED_LIST_STATUSES whose nomination still stands, with only what may be public (name, position, unit).
 * Units first, then people, each in Vietnamese order.
 */
export async function listProposedEntries(db: DbOrTx, campaignId: string): Promise<PublicNoticeEntry[]> {
  // Alike in shape to the other select/join queries on purpose: each names the columns its caller needs (no shared column lists).
  const rows = await db
    .select({ dossierId: dossiers.id, nomineeKind: nominations.nomineeKind, unitName: orgUnits.name, personName: people.fullName, position: people.position })
    .from(dossiers)
    .innerJoin(nominations, eq(nominations.id, dossiers.nominationId))
    .innerJoin(orgUnits, eq(orgUnits.id, nominations.nomineeUnitId))
    .leftJoin(people, eq(people.id, nominations.nomineePersonId))
    .where(and(eq(dossiers.campaignId, campaignId), inArray(dossiers.status, [...PROPOSED_LIST_STATUSES]), eq(nominations.status, 'proposed')))
    .orderBy(asc(nominations.nomineeKind), asc(orgUnits.sortKey), asc(people.sortKey), asc(dossiers.id));
  // 'person' < 'unit' alphabetically: collectives are listed first, as a decision's annex lists them.
  const units = rows.filter((r) => r.nomineeKind === 'unit');
  const persons = rows.filter((r) => r.nomineeKind === 'person');
  return [...units, ...persons].map((r) => ({
    dossierId: r.dossierId,
    nomineeKind: r.nomineeKind,
    name: r.nomineeKind === 'person' ? (r.personName ?? '') : r.unitName,
    position: r.nomineeKind === 'person' ? (r.position ?? null) : null,
    unitName: r.unitName,
  }));
}

/** The notices of a campaign, newest first, with who published them and their comment counts by status. */
export async function listCampaignNotices(db: DbOrTx, campaignId: string) {
  const rows = await db
    .select({ notice: publicNotices, publishedBy: users.fullName })
    .from(publicNotices)
    .leftJoin(users, eq(users.id, publicNotices.publishedById))
    .where(eq(publicNotices.campaignId, campaignId))
    .orderBy(desc(publicNotices.publishedAt), desc(publicNotices.id));
  const ids = rows.map((r) => r.notice.id);
  const counts = ids.length
    ? await db
        .select({ noticeId: publicComments.noticeId, status: publicComments.status, n: count() })
        .from(publicComments)
        .where(inArray(publicComments.noticeId, ids))
        .groupBy(publicComments.noticeId, publicComments.status)
    : [];
  return rows.map((r) => {
    const tally: Record<CommentStatus, number> = { pending: 0, approved: 0, rejected: 0 };
    for (const c of counts) if (c.noticeId === r.notice.id) tally[c.status] = Number(c.n);
    return { ...r, comments: tally };
  });
}

/**
 * What the public page may show at `asOf`: notices published (opened) and not withdrawn, newest first, with their
 * approved comments. Filtered in SQL: a draft-like or withdrawn notice never leaves the database.
 */
export async function listPublicNotices(db: DbOrTx, asOf: Date) {
  const notices = await db
    .select()
    .from(publicNotices)
    .where(and(isNull(publicNotices.withdrawnAt), lte(publicNotices.opensAt, asOf), lte(publicNotices.publishedAt, asOf)))
    .orderBy(desc(publicNotices.publishedAt), desc(publicNotices.id));
  const ids = notices.map((n) => n.id);
  const comments = ids.length
    ? await db
        .select({ noticeId: publicComments.noticeId, dossierId: publicComments.dossierId, authorName: publicComments.authorName, body: publicComments.body, createdAt: publicComments.createdAt })
        .from(publicComments)
        .where(and(inArray(publicComments.noticeId, ids), eq(publicComments.status, 'approved')))
        .orderBy(asc(publicComments.createdAt), asc(publicComments.id))
    : [];
  return { notices, comments };
}

/** One notice, or a 404; locked when asked. */
export async function loadNotice(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<NoticeRow> {
  const query = db.select().from(publicNotices).where(eq(publicNotices.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Thông báo công khai');
  return row;
}

/** Comments of one sender since `since` (for the rate limit). */
export async function senderCommentTimes(db: DbOrTx, senderHash: string, since: Date): Promise<Date[]> {
  const rows = await db
    .select({ createdAt: publicComments.createdAt })
    .from(publicComments)
    .where(and(eq(publicComments.senderHash, senderHash), sql`${publicComments.createdAt} > ${since.toISOString()}::timestamptz`));
  return rows.map((r) => new Date(r.createdAt));
}

const moderators = alias(users, 'moderator');

/** The comments on a campaign's notices for moderation, pending first then newest, optionally of one status. */
export async function listCampaignComments(db: DbOrTx, campaignId: string, status: CommentStatus | undefined) {
  return db
    .select({
      comment: publicComments,
      noticeTitle: publicNotices.title,
      entries: publicNotices.entries,
      nominationId: dossiers.nominationId,
      moderatedBy: moderators.fullName,
    })
    .from(publicComments)
    .innerJoin(publicNotices, eq(publicNotices.id, publicComments.noticeId))
    .leftJoin(dossiers, eq(dossiers.id, publicComments.dossierId))
    .leftJoin(moderators, eq(moderators.id, publicComments.moderatedById))
    .where(and(eq(publicNotices.campaignId, campaignId), status ? eq(publicComments.status, status) : undefined))
    .orderBy(sql`case when ${publicComments.status} = 'pending' then 0 else 1 end`, desc(publicComments.createdAt), desc(publicComments.id));
}

/** Approved comments attached to one dossier (the nominee's file), oldest first. */
export async function listDossierComments(db: DbOrTx, dossierId: string) {
  return db
    .select({ id: publicComments.id, authorName: publicComments.authorName, body: publicComments.body, createdAt: publicComments.createdAt, noticeTitle: publicNotices.title, moderatedAt: publicComments.moderatedAt, moderationNote: publicComments.moderationNote })
    .from(publicComments)
    .innerJoin(publicNotices, eq(publicNotices.id, publicComments.noticeId))
    .where(and(eq(publicComments.dossierId, dossierId), eq(publicComments.status, 'approved')))
    .orderBy(asc(publicComments.createdAt), asc(publicComments.id));
}
