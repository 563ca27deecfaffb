import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { orgEras } from './orgUnits';
import { users } from './users';

/**
 * A thematic campaign (SPEC §3). Everything the plan fixes is in `definition` (validated by
 * src/domain/campaigns/campaignDefinition.ts); its eligibility rules in `ruleSet`
 * (src/domain/eligibility). The org tree era it runs on is `eraId`.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    planNumber: text('plan_number').notNull(),
    planDate: date('plan_date').notNull(),
    eraId: text('era_id').notNull().references(() => orgEras.id),
    /** src/domain/campaigns/campaignStatus.ts */
    status: text('status').notNull().default('draft'),
    definition: jsonb('definition').notNull(),
    ruleSet: jsonb('rule_set'),
    clonedFromId: uuid('cloned_from_id').references((): AnyPgColumn => campaigns.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('campaigns_year').on(t.year)],
);

/**
 * Every version of a campaign's Bằng khen rule set, as Sở Nội vụ saved it (who, when, why); `campaigns.rule_set`
 * is the newest. Version 1 is the set the campaign started with (seed, template, clone); each edit adds one.
 */
export const campaignRuleSetVersions = pgTable(
  'campaign_rule_set_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    version: integer('version').notNull(),
    /** src/domain/eligibility/eligibilityRules.ts RuleSet, validated by validateRuleSet when written. */
    ruleSet: jsonb('rule_set').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    note: text('note'),
  },
  (t) => [unique('campaign_rule_set_versions_campaign_version').on(t.campaignId, t.version)],
);
