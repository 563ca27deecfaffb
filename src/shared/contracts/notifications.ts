import { z } from 'zod';
import { pageOf } from './page';

/** The kinds of notice (src/db/schema/notifications.ts). */
export const NOTIFICATION_KINDS = ['collective_selected', 'dossier_due_5d', 'dossier_due_1d', 'dossier_returned', 'council_session', 'decision_published', 'feedback_answered'] as const;

/** A notice to the actor's unit, newest first; `readAt` null = unread. */
export const NotificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  /** A path of the web app to act on it, e.g. "/thi-dua/<id>/de-nghi-khen-thuong". */
  link: z.string().nullable(),
  campaignId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  /** Whether it was also e-mailed: none (no address, or mail off), queued, sent, failed. */
  emailStatus: z.enum(['none', 'queued', 'sent', 'failed']),
});
export type Notification = z.infer<typeof NotificationSchema>;

/** A page of the unit's notices, with the number still unread (the bell's count). */
export const NotificationListResponse = pageOf(NotificationSchema).extend({ unread: z.number() });
export type NotificationList = z.infer<typeof NotificationListResponse>;

/** The bell: unread notices of the actor's unit. */
export const NotificationCountResponse = z.object({ unread: z.number() });
export type NotificationCount = z.infer<typeof NotificationCountResponse>;
