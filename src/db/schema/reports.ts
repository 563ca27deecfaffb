import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { storedFiles } from './files';
import { orgUnits } from './orgUnits';
import { users } from './users';

/** The narrative parts of the year-end evaluation report (IV.3) the secretariat writes before generating it. */
export type EvaluationNarrative = { results: string; limits: string; lessons: string; proposals: string };

export const evaluationReports = pgTable('evaluation_reports', {
  campaignId: uuid('campaign_id').primaryKey().references(() => campaigns.id),
  narrative: jsonb('narrative').$type<EvaluationNarrative>().notNull(),
  updatedById: uuid('updated_by_id').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * A long piece of work (import, export, report) run by the job queue (pg-boss) on any node: its progress for the UI
 * and, when done, the file to download (content-addressed `stored_files`) or a JSON answer (`result`: an import's
 * report). Scoped by the requester's unit.
 */
export const backgroundJobs = pgTable(
  'background_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    status: text('status').$type<'queued' | 'running' | 'done' | 'failed'>().notNull().default('queued'),
    params: jsonb('params').notNull(),
    progress: integer('progress').notNull().default(0),
    total: integer('total'),
    message: text('message'),
    resultFileSha256: text('result_file_sha256').references(() => storedFiles.sha256),
    resultFileName: text('result_file_name'),
    /** The answer of a job that ends without a file (an import's report), as its route would have answered. */
    result: jsonb('result'),
    error: text('error'),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [check('background_jobs_status', sql`${t.status} in ('queued', 'running', 'done', 'failed')`), index('background_jobs_owner').on(t.createdById, t.createdAt)],
);
