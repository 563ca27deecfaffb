import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { orgEras, orgUnits } from './orgUnits';
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

/** A collective's Bản đăng ký thi đua chuyên đề (IV.1 and the annex); one per unit per campaign. */
export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    /** src/domain/campaigns/registrationRules.ts: draft → submitted → accepted/returned → forwarded */
    status: text('status').notNull().default('draft'),
    content: text('content').notNull(),
    createdById: uuid('created_by_id').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedById: uuid('submitted_by_id').references(() => users.id),
    returnReason: text('return_reason'),
    /** Accepted after the deadline by a secretariat override (reason in the audit log too). */
    lateOverrideReason: text('late_override_reason'),
    /** Optimistic concurrency: a stale edit is refused instead of overwriting. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [unique('registrations_campaign_unit').on(t.campaignId, t.orgUnitId), index('registrations_unit').on(t.orgUnitId)],
);

/** The individuals of a registration. Unique per campaign and person, in the database. */
export const registrationIndividuals = pgTable(
  'registration_individuals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationId: uuid('registration_id').notNull().references(() => registrations.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    /** Position and unit as written on the form, kept even if the person later moves. */
    position: text('position').notNull(),
    content: text('content').notNull(),
    /** Attested by the unit head for eligibility (III.1.b): carried out CCHC tasks excellently. */
    parTasksExcellent: boolean('par_tasks_excellent'),
    /** Priority flag (III.1.b): does CCHC work directly. */
    directlyDoesParWork: boolean('directly_does_par_work'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [unique('registration_individuals_campaign_person').on(t.campaignId, t.personId), index('registration_individuals_reg').on(t.registrationId)],
);

/**
 * A consolidation forwarded upward (IV.1): a district's list of its communes' registrations to Sở Nội vụ,
 * or Sở Nội vụ's consolidation for UBND tỉnh. One per campaign and consolidating unit.
 */
export const registrationSummaries = pgTable(
  'registration_summaries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    status: text('status').notNull().default('forwarded'),
    note: text('note'),
    forwardedAt: timestamp('forwarded_at', { withTimezone: true }).notNull().default(sql`now()`),
    forwardedById: uuid('forwarded_by_id').references(() => users.id),
  },
  (t) => [unique('registration_summaries_campaign_unit').on(t.campaignId, t.orgUnitId)],
);

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
