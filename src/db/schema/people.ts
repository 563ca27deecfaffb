import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgUnits } from './orgUnits';

/** A cán bộ, công chức (SPEC §2): a record, not free text, so a person is registered once per campaign. */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fullName: text('full_name').notNull(),
    position: text('position').notNull(),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    birthYear: integer('birth_year'),
    gender: text('gender'),
    searchText: text('search_text').notNull(),
    sortKey: text('sort_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('people_unit').on(t.orgUnitId)],
);
