import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { orgUnits } from './orgUnits';
import { users } from './users';

/**
 * A difficulty (phản ánh, vướng mắc) a unit raises to UBND tỉnh via Sở Nội vụ (the plan's last paragraph): a thread
 * with replies, `open` until answered, `answered` after the secretariat's reply, `closed` when settled. `orgUnitId` is
 * the raising unit (scope). Attachments are `attachments` rows with entity type 'feedback_message'.
 */
export const feedbackThreads = pgTable(
  'feedback_threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    subject: text('subject').notNull(),
    status: text('status').$type<'open' | 'answered' | 'closed'>().notNull().default('open'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    firstAnsweredAt: timestamp('first_answered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('feedback_threads_status', sql`${t.status} in ('open', 'answered', 'closed')`),
    index('feedback_threads_unit').on(t.orgUnitId),
    index('feedback_threads_status').on(t.status, t.lastActivityAt),
  ],
);

/** One message of a thread: the unit's question or a reply. */
export const feedbackMessages = pgTable(
  'feedback_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id').notNull().references(() => feedbackThreads.id),
    authorUserId: uuid('author_user_id').references(() => users.id),
    authorUnitId: uuid('author_unit_id').notNull().references(() => orgUnits.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('feedback_messages_thread').on(t.threadId, t.createdAt)],
);
