import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { dossiers } from './dossiers';
import { users } from './users';

/**
 * One submitted version of a dossier (IV.3: the secretariat appraises what was sent): each submission freezes what
 * the unit sent — council meeting, the newest scan of each document with its signature status, the nominee's facts —
 * as `content`, with its SHA-256, so versions can be compared after a return and resubmission. Version 1 is the first
 * submission; `dossiers.version` is the newest.
 */
export const dossierVersions = pgTable(
  'dossier_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    contentSha256: text('content_sha256').notNull(),
    submittedById: uuid('submitted_by_id').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('dossier_versions_once').on(t.dossierId, t.version)],
);

/** One item of the appraisal checklist: documents present and signed, eligibility holds, quota, on time (IV.3). */
export type AppraisalChecklistEntry = { code: string; label: string; ok: boolean; note: string | null; explanation: string };

/**
 * The secretariat's appraisal of one submitted version: the checklist with notes and its outcome. One outcome per
 * version (unique index): of two reviewers acting at once on the same version, the database lets exactly one win.
 */
export const dossierAppraisals = pgTable(
  'dossier_appraisals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    version: integer('version').notNull(),
    checklist: jsonb('checklist').$type<AppraisalChecklistEntry[]>().notNull(),
    outcome: text('outcome').$type<'accepted' | 'returned'>().notNull(),
    note: text('note'),
    decidedById: uuid('decided_by_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('dossier_appraisals_outcome', sql`${t.outcome} in ('accepted', 'returned')`),
    uniqueIndex('dossier_appraisals_once').on(t.dossierId, t.version),
    index('dossier_appraisals_dossier').on(t.dossierId),
  ],
);
