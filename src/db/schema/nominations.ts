import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { NominationStatus, NomineeKind } from '../../domain/nominations/nominationRules';
import { campaigns } from './campaigns';
import { orgUnits } from './orgUnits';
import { people } from './people';
import { users } from './users';

/**
 * A nomination (đề nghị khen thưởng, III.4.a–b): a district proposes its commune, a collective its individuals.
 * The quota a nomination uses is `quota_key` (src/domain/nominations: "<rule>:<proposing unit id>"); its place is
 * taken while the nomination is `proposed` and freed when it is `withdrawn`.
 */
export const nominations = pgTable(
  'nominations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    nomineeKind: text('nominee_kind').$type<NomineeKind>().notNull(),
    /** The nominated unit (a commune), or the person's unit, as it was when proposed. */
    nomineeUnitId: uuid('nominee_unit_id').notNull().references(() => orgUnits.id),
    /** The nominated person; null for a unit. */
    nomineePersonId: uuid('nominee_person_id').references(() => people.id),
    proposingUnitId: uuid('proposing_unit_id').notNull().references(() => orgUnits.id),
    quotaKey: text('quota_key').notNull(),
    status: text('status').$type<NominationStatus>().notNull().default('proposed'),
    proposedById: uuid('proposed_by_id').references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().default(sql`now()`),
    withdrawnById: uuid('withdrawn_by_id').references(() => users.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawalReason: text('withdrawal_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    check('nominations_kind', sql`(${t.nomineeKind} = 'unit' and ${t.nomineePersonId} is null) or (${t.nomineeKind} = 'person' and ${t.nomineePersonId} is not null)`),
    check('nominations_status', sql`${t.status} in ('proposed', 'withdrawn')`),
    // The same nominee once per campaign among active nominations: a race between two nodes ends here.
    uniqueIndex('nominations_active_unit').on(t.campaignId, t.nomineeUnitId).where(sql`${t.status} = 'proposed' and ${t.nomineeKind} = 'unit'`),
    uniqueIndex('nominations_active_person').on(t.campaignId, t.nomineePersonId).where(sql`${t.status} = 'proposed' and ${t.nomineeKind} = 'person'`),
    index('nominations_quota').on(t.campaignId, t.quotaKey),
    index('nominations_proposing_unit').on(t.proposingUnitId),
    index('nominations_nominee_unit').on(t.nomineeUnitId),
  ],
);

/**
 * One row per (campaign, quota key), created on first use: a proposal locks it (SELECT … FOR UPDATE) before it
 * counts the quota's active nominations, so two proposals for the same quota — on any app node — are serialised and
 * the count never goes past the limit. It holds no count itself: the nominations are the truth.
 */
export const nominationQuotaLocks = pgTable(
  'nomination_quota_locks',
  {
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    quotaKey: text('quota_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.quotaKey] })],
);
