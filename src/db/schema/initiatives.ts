import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { orgUnits } from './orgUnits';
import { users } from './users';

/** CCHC solutions and initiatives (II.1.b). */
export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    effect: text('effect').notNull(),
    periodFrom: date('period_from'),
    periodTo: date('period_to'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('initiatives_unit').on(t.orgUnitId), index('initiatives_campaign').on(t.campaignId)],
);
