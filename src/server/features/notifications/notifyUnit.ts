import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { notifications, orgUnits, users, type NotificationKind } from '../../../db/schema';
import type { AppDeps } from '../../deps';

/** The job that e-mails one notice (sendNotificationEmail). */
export const NOTIFICATION_EMAIL_JOB = 'notification-email';
export type NotificationEmailJob = { notificationId: string };

export type NoticeInput = {
  unitId: string;
  campaignId: string | null;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  /** What makes this notice distinct from others of its kind in the campaign (e.g. "dossier:<id>:v2"); none for reminders. */
  dedupeKey?: string;
  /**
   * One person of the unit the notice is for (e.g. who raised a feedback thread): it is e-mailed to their own address
   * (else the unit's) and not at all when they turned e-mail off on their account page. Without it, the whole unit's.
   */
  userId?: string | null;
  asOf: Date;
};

/**
 * Gives a unit a notice in the app and, when the unit has an e-mail address and SMTP is configured, queues its e-mail
 * — both inside the caller's transaction, so a rolled-back change leaves neither. A notice about a campaign is made
 * once per (campaign, unit, kind, dedupe key): when another node (or an earlier run) already made it, the insert does nothing
 * and null is returned, so nothing is sent twice.
 * @returns the new notice's id, or null when it already existed
 */
export async function notifyUnit(tx: DbOrTx, deps: Pick<AppDeps, 'config' | 'jobs'>, input: NoticeInput): Promise<string | null> {
  const [unit] = await tx.select({ email: orgUnits.email }).from(orgUnits).where(eq(orgUnits.id, input.unitId));
  let address = unit?.email ?? null;
  if (input.userId) {
    const [user] = await tx.select({ email: users.email, on: users.emailNotifications }).from(users).where(eq(users.id, input.userId));
    address = user && !user.on ? null : (user?.email ?? address);
  }
  const emailTo = deps.config.smtp && address ? address : null;
  const inserted = await tx
    .insert(notifications)
    .values({
      recipientUnitId: input.unitId,
      recipientUserId: input.userId ?? null,
      campaignId: input.campaignId,
      kind: input.kind,
      title: input.title,
      body: input.body,
      link: input.link,
      dedupeKey: input.dedupeKey ?? '',
      emailTo,
      emailStatus: emailTo ? 'queued' : 'none',
      createdAt: input.asOf,
    })
    .onConflictDoNothing({ target: [notifications.campaignId, notifications.recipientUnitId, notifications.kind, notifications.dedupeKey], where: sql`${notifications.campaignId} is not null` })
    .returning({ id: notifications.id });
  if (inserted.length === 0) return null;
  const id = inserted[0].id;
  if (emailTo) await deps.jobs.send<NotificationEmailJob>(tx, NOTIFICATION_EMAIL_JOB, { notificationId: id }, { singletonKey: id });
  return id;
}
