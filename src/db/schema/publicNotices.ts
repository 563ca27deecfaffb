import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { awardDecisions } from './awards';
import { users } from './users';

/** One line of a published list: only what may be public (DOMAIN §1.6) — name, position, unit. */
export type PublicNoticeEntry = { dossierId: string; nomineeKind: 'unit' | 'person'; name: string; position: string | null; unitName: string };

/**
 * What is put on the public page (no login): the proposed list for comment over a configured period (optional per
 * campaign, DOMAIN §1.6), or a published award decision. `entries` is frozen when published.
 */
export const publicNotices = pgTable(
  'public_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    kind: text('kind').$type<'proposed_list' | 'decision'>().notNull(),
    decisionId: uuid('decision_id').references(() => awardDecisions.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    entries: jsonb('entries').$type<PublicNoticeEntry[]>().notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    /** End of the comment period (proposed lists); null for a decision. */
    closesAt: timestamp('closes_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    publishedById: uuid('published_by_id').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('public_notices_kind', sql`${t.kind} in ('proposed_list', 'decision')`), index('public_notices_campaign').on(t.campaignId)],
);

/**
 * A comment from the public on a proposed list, moderated by the secretariat before it shows; approved comments are
 * attached to the file of the nominee they name (`dossierId`). The contact is kept for the secretariat only.
 */
export const publicComments = pgTable(
  'public_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noticeId: uuid('notice_id').notNull().references(() => publicNotices.id),
    dossierId: uuid('dossier_id'),
    authorName: text('author_name').notNull(),
    authorContact: text('author_contact'),
    body: text('body').notNull(),
    status: text('status').$type<'pending' | 'approved' | 'rejected'>().notNull().default('pending'),
    moderatedById: uuid('moderated_by_id').references(() => users.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    moderationNote: text('moderation_note'),
    /** SHA-256 of the sender's address, for rate limiting without keeping the address. */
    senderHash: text('sender_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('public_comments_status', sql`${t.status} in ('pending', 'approved', 'rejected')`),
    index('public_comments_notice').on(t.noticeId, t.status),
    index('public_comments_sender').on(t.senderHash, t.createdAt),
  ],
);
