import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { notifications, users } from '../../../db/schema';
import type { Config } from '../../config';
import type { Mail, Mailer } from './mailer';

/** The e-mail of a notice, in Vietnamese: its title as the subject, its body, the link to act on it. */
export function noticeMail(notice: { emailTo: string; title: string; body: string; link: string | null }, publicUrl: string | null): Mail {
  const link = notice.link && publicUrl ? `\n\nXem và thực hiện trên hệ thống: ${publicUrl}${notice.link}` : '';
  return {
    to: notice.emailTo,
    subject: `[Thi đua CCHC] ${notice.title}`,
    text: `${notice.body}${link}\n\n—\nThư gửi tự động từ hệ thống Thi đua chuyên đề CCHC; vui lòng không trả lời thư này.`,
  };
}

/**
 * The job that e-mails one queued notice. The notice is claimed first (email_sent_at set only if still empty), so a
 * job that pg-boss hands out again after a success sends nothing; a failure releases the claim, records the error and
 * throws, and pg-boss retries with backoff. A node that dies between the claim and the send leaves that one e-mail
 * unsent rather than risk sending it twice (the notice in the app is there either way).
 */
export async function sendNotificationEmail(db: Db, deps: { config: Config; now: () => Date; mailer: Mailer }, notificationId: string): Promise<'sent' | 'already' | 'off'> {
  // The person it is for turned e-mail off after it was queued: it stays in the app only.
  const off = await db
    .update(notifications)
    .set({ emailStatus: 'none', emailError: 'Người nhận đã tắt nhận thông báo qua thư điện tử' })
    .where(
      and(
        eq(notifications.id, notificationId),
        eq(notifications.emailStatus, 'queued'),
        isNull(notifications.emailSentAt),
        sql`exists (select 1 from ${users} where ${users.id} = ${notifications.recipientUserId} and not ${users.emailNotifications})`,
      ),
    )
    .returning({ id: notifications.id });
  if (off.length > 0) return 'off';
  const [notice] = await db
    .update(notifications)
    .set({ emailSentAt: deps.now() })
    .where(and(eq(notifications.id, notificationId), eq(notifications.emailStatus, 'queued'), isNull(notifications.emailSentAt)))
    .returning({ emailTo: notifications.emailTo, title: notifications.title, body: notifications.body, link: notifications.link });
  if (!notice?.emailTo) return 'already';
  try {
    await deps.mailer.send(noticeMail({ ...notice, emailTo: notice.emailTo }, deps.config.publicUrl));
  } catch (err) {
    await db.update(notifications).set({ emailSentAt: null, emailError: String((err as Error).message ?? err).slice(0, 500) }).where(eq(notifications.id, notificationId));
    throw err;
  }
  await db.update(notifications).set({ emailStatus: 'sent', emailError: null }).where(eq(notifications.id, notificationId));
  return 'sent';
}
