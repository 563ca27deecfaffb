import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { campaigns, people } from './campaigns';
import { orgUnits } from './orgUnits';
import { users } from './users';

/** A versioned PAR classification scheme (src/domain/par/classificationScheme.ts) as data. */
export const classificationSchemes = pgTable('classification_schemes', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  validFromYear: integer('valid_from_year').notNull(),
  definition: jsonb('definition').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
});

/**
 * One unit's PAR Index result for a year (SPEC §3 step 4). Scores are kept apart; index, class and rank
 * are computed by src/domain/par. `publishedClassification` holds a class known without scores (history).
 */
export const parResults = pgTable(
  'par_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    blockCode: text('block_code').notNull(),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    selfScore: numeric('self_score', { precision: 7, scale: 2 }),
    appraisedScore: numeric('appraised_score', { precision: 7, scale: 2 }),
    surveyScore: numeric('survey_score', { precision: 7, scale: 2 }),
    publishedTotal: numeric('published_total', { precision: 7, scale: 2 }),
    publishedClassification: text('published_classification'),
    source: text('source'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [unique('par_results_year_unit').on(t.year, t.orgUnitId), index('par_results_year_block').on(t.year, t.blockCode)],
);

/**
 * Publication of a year's ranking (decision number, date, signer): freezes a snapshot of the computed
 * ranking and opens the dossier window (II.3.c).
 */
export const parPublications = pgTable(
  'par_publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    decisionNumber: text('decision_number').notNull(),
    decisionDate: date('decision_date').notNull(),
    signer: text('signer').notNull(),
    schemeId: text('scheme_id').notNull().references(() => classificationSchemes.id),
    /** ParResult[] as computed at publication. */
    snapshot: jsonb('snapshot').notNull(),
    publishedById: uuid('published_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [unique('par_publications_year').on(t.year)],
);

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

/** Holidays of a year, maintained by the secretariat (Tết is lunar): src/domain/time/holidayCalendar.ts. */
export const holidayCalendars = pgTable('holiday_calendars', {
  year: integer('year').primaryKey(),
  definition: jsonb('definition').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
});

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
