import { sql } from 'drizzle-orm';
import { jsonb, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { orgUnits } from './orgUnits';

/** Giấy khen criteria (III.2): a list owned by each issuing head (department head, district chairman). */
export const unitMeritCriteria = pgTable(
  'unit_merit_criteria',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    issuerUnitId: uuid('issuer_unit_id').notNull().references(() => orgUnits.id),
    criteria: jsonb('criteria').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [unique('unit_merit_criteria_campaign_issuer').on(t.campaignId, t.issuerUnitId)],
);
