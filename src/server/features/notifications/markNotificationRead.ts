import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { notifications } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { notFound } from '../../errors';
import { loadVisibleNotification, presentNotification, visibleTo } from './notificationQueries';

/**
 * Marks a notice of the actor's unit as read (once: the first reader and time are kept). Not audited: reading changes
 * no record of the campaign and has no legal or workflow effect; the row itself says who read it and when, and an
 * audit row per click of every account would bury the changes the log is for.
 * @throws notFound when the notice is not the actor's unit's
 */
export async function markNotificationRead(db: Db, actor: Actor, input: { id: string; asOf: Date }) {
  await db
    .update(notifications)
    .set({ readAt: input.asOf, readById: actor.userId })
    .where(and(eq(notifications.id, input.id), visibleTo(actor), isNull(notifications.readAt)));
  const row = await loadVisibleNotification(db, actor, input.id);
  if (!row) throw notFound('Thông báo');
  return presentNotification(row);
}
