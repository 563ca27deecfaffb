import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, numeric, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
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
 * A commune's CCHC result for a year as its district assessed it (Kiên Giang: the district assesses its communes):
 * the class, with the points when the district gives them. Entered by the district's Phòng Nội vụ until the district
 * publishes (district_par_publications), then frozen.
 */
export const communeParResults = pgTable(
  'commune_par_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    districtUnitId: uuid('district_unit_id').notNull().references(() => orgUnits.id),
    communeUnitId: uuid('commune_unit_id').notNull().references(() => orgUnits.id),
    totalPoints: numeric('total_points', { precision: 7, scale: 2 }),
    classification: text('classification').notNull(),
    updatedById: uuid('updated_by_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [unique('commune_par_results_year_commune').on(t.year, t.communeUnitId), index('commune_par_results_district').on(t.year, t.districtUnitId)],
);

/**
 * A district's publication of its communes' results for a year (its own decision number, date and signer): freezes
 * them as the snapshot that eligibility reads for basis B. One per district and year.
 */
export const districtParPublications = pgTable(
  'district_par_publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    districtUnitId: uuid('district_unit_id').notNull().references(() => orgUnits.id),
    decisionNumber: text('decision_number').notNull(),
    decisionDate: date('decision_date').notNull(),
    signer: text('signer').notNull(),
    /** CommuneParResult[] (src/domain/par/communeParResults.ts) as published. */
    snapshot: jsonb('snapshot').notNull(),
    publishedById: uuid('published_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [unique('district_par_publications_year_district').on(t.year, t.districtUnitId)],
);
