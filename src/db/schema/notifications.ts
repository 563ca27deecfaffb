import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { orgUnits } from './orgUnits';
import { users } from './users';

/** What a notice is about: a collective chosen by Sở Nội vụ (III.4.a), or a dossier reminder (5 / 1 day before). */
export type NotificationKind =
  | 'collective_selected'
  | 'dossier_due_5d'
  | 'dossier_due_1d'
  | 'dossier_returned'
  | 'council_session'
  | 'decision_published'
  | 'feedback_answered';

/** Where the notice's e-mail stands: none (no address or no SMTP), queued (a job holds it), sent, failed. */
export type NotificationEmailStatus = 'none' | 'queued' | 'sent' | 'failed';

/**
 * An in-app notice (thông báo) to a unit — every account of that unit sees it — and optionally one person of it.
 * A notice about a campaign exists once per (campaign, unit, kind): the unique index is what makes a reminder go out
 * exactly once however many app nodes check at the same moment (the loser's insert does nothing).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipientUnitId: uuid('recipient_unit_id').notNull().references(() => orgUnits.id),
    recipientUserId: uuid('recipient_user_id').references(() => users.id),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    kind: text('kind').$type<NotificationKind>().notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** A path of the web app, e.g. "/thi-dua/<id>/de-nghi-khen-thuong". */
    link: text('link'),
    /** What makes a notice of this kind distinct within a campaign and unit (e.g. "dossier:<id>:v2"); '' for reminders. */
    dedupeKey: text('dedupe_key').notNull().default(''),
    /** The address the e-mail went (or goes) to, as the unit had it when the notice was made. */
    emailTo: text('email_to'),
    emailStatus: text('email_status').$type<NotificationEmailStatus>().notNull().default('none'),
    emailSentAt: timestamp('email_sent_at', { withTimezone: true }),
    emailError: text('email_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    readById: uuid('read_by_id').references(() => users.id),
  },
  (t) => [
    check('notifications_kind', sql`${t.kind} in ('collective_selected', 'dossier_due_5d', 'dossier_due_1d', 'dossier_returned', 'council_session', 'decision_published', 'feedback_answered')`),
    check('notifications_email_status', sql`${t.emailStatus} in ('none', 'queued', 'sent', 'failed')`),
    uniqueIndex('notifications_once_per_campaign').on(t.campaignId, t.recipientUnitId, t.kind, t.dedupeKey).where(sql`${t.campaignId} is not null`),
    index('notifications_recipient').on(t.recipientUnitId, t.createdAt),
  ],
);

/**
 * A collective Sở Nội vụ chose as typical from the excellent group of the ranking (III.4.a, first bullet) for a
 * campaign; once per campaign and unit. The campaign's `quotas.excellentGroupCollectives.limit` caps the count.
 */
export const collectiveSelections = pgTable(
  'collective_selections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    selectedById: uuid('selected_by_id').references(() => users.id),
    selectedAt: timestamp('selected_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('collective_selections_once').on(t.campaignId, t.orgUnitId)],
);
