import { and, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { notifications } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { pageOffset, toPage, totalRows, type PageRequest } from '../../kit/pagedList';
import type { Notification } from '../../../shared/contracts/notifications';

/**
 * The notices an actor sees: those to their own unit, addressed to the unit as a whole or to them. A notice is the
 * unit's business (its officer and head act on it), so the scope is the unit itself, never the subtree below it:
 * Sở Nội vụ does not read the districts' reminders.
 */
export function visibleTo(actor: Actor): SQL {
  return and(eq(notifications.recipientUnitId, actor.unitId), or(isNull(notifications.recipientUserId), eq(notifications.recipientUserId, actor.userId)))!;
}

const columns = {
  id: notifications.id,
  kind: notifications.kind,
  title: notifications.title,
  body: notifications.body,
  link: notifications.link,
  campaignId: notifications.campaignId,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
  emailStatus: notifications.emailStatus,
};

type Row = Omit<Notification, 'createdAt' | 'readAt'> & { createdAt: Date; readAt: Date | null };

export function presentNotification(row: Row): Notification {
  return { ...row, createdAt: row.createdAt.toISOString(), readAt: row.readAt?.toISOString() ?? null };
}

/** A page of the actor's notices, newest first, and how many are unread — filtered in SQL. */
export async function listNotifications(db: DbOrTx, actor: Actor, query: PageRequest & { unreadOnly: boolean }) {
  const where = query.unreadOnly ? and(visibleTo(actor), isNull(notifications.readAt)) : visibleTo(actor);
  const [rows, unread] = await Promise.all([
    db
      .select({ ...columns, total: totalRows() })
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    countUnread(db, actor),
  ]);
  return { ...toPage(rows, presentNotification, query), unread };
}

export async function countUnread(db: DbOrTx, actor: Actor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(notifications).where(and(visibleTo(actor), isNull(notifications.readAt)));
  return row.n;
}

export async function loadVisibleNotification(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db.select(columns).from(notifications).where(and(eq(notifications.id, id), visibleTo(actor)));
  return row ?? null;
}
