import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { orgUnits } from './orgUnits';
import { people } from './people';
import { users } from './users';

/**
 * Yearly ratings (SPEC §3 step 5): `overall` quality rating of a unit or person, and the `par_task` rating
 * of specialised PAR units. Levels: outstanding / good / adequate / failed.
 */
export const ratings = pgTable(
  'ratings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    /** Null for a unit's own rating. */
    personId: uuid('person_id').references(() => people.id),
    rating: text('rating').notNull(),
    source: text('source'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    unique('ratings_subject').on(t.year, t.kind, t.orgUnitId, t.personId).nullsNotDistinct(),
    index('ratings_person').on(t.personId),
    // A unit's ratings of a year, for the export read in unit order (org_units_sort_c, then per unit).
    index('ratings_unit_year').on(t.orgUnitId, t.year),
  ],
);

/** The unit head's attestations for a campaign (III.1.a preconditions). */
export const attestations = pgTable(
  'attestations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    compliance: boolean('compliance'),
    solidarity: boolean('solidarity'),
    attestedById: uuid('attested_by_id').references(() => users.id),
    attestedAt: timestamp('attested_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [unique('attestations_campaign_unit').on(t.campaignId, t.orgUnitId)],
);

/** A district's recognition of its most outstanding commune in the movement (III.1.a, second bullet). */
export const communeRecognitions = pgTable(
  'commune_recognitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    districtUnitId: uuid('district_unit_id').notNull().references(() => orgUnits.id),
    communeUnitId: uuid('commune_unit_id').notNull().references(() => orgUnits.id),
    decisionReference: text('decision_reference'),
    recognisedAt: date('recognised_at'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [unique('commune_recognitions_campaign_commune').on(t.campaignId, t.communeUnitId)],
);

/**
 * The head of a person's unit confirms, for a year, that the person carried out the assigned CCHC tasks excellently
 * (III.1.b, second bullet) and whether they do CCHC work directly (the priority at selection). Per year, like the
 * ratings it is entered and imported with; the eligibility of that year's campaign reads it. No row = not confirmed.
 */
export const parTaskConfirmations = pgTable(
  'par_task_confirmations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    personId: uuid('person_id').notNull().references(() => people.id),
    /** The person's unit when confirmed: whose head confirmed, and the scope the row is listed in. */
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    excellent: boolean('excellent').notNull(),
    directlyDoesParWork: boolean('directly_does_par_work').notNull().default(false),
    confirmedById: uuid('confirmed_by_id').references(() => users.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [unique('par_task_confirmations_year_person').on(t.year, t.personId), index('par_task_confirmations_unit').on(t.orgUnitId)],
);
