import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { orgUnits } from './orgUnits';
import { people } from './people';
import { users } from './users';

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
