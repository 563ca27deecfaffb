import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CouncilMeetingRecord } from '../../domain/dossiers/councilMeeting';
import type { DossierDocumentKind, DossierStatus } from '../../domain/dossiers/dossierChecklist';
import type { PdfSignatureReport } from '../../shared/contracts/trustedCertificates';
import { campaigns } from './campaigns';
import { attachments } from './files';
import { nominations } from './nominations';
import { orgUnits } from './orgUnits';
import { users } from './users';

/**
 * The dossier of a nomination (III.4.c: "01 bộ bản chính"), created on first use. `org_unit_id` is the proposing
 * unit, whose officers prepare it (scope). The council meeting that considered the nominee is kept on it as recorded
 * (the Biên bản is drafted from it); the signed scans are `dossier_scans`.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nominationId: uuid('nomination_id').notNull().references(() => nominations.id),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    status: text('status').$type<DossierStatus>().notNull().default('draft'),
    councilMeeting: jsonb('council_meeting').$type<CouncilMeetingRecord>(),
    councilMeetingRecordedAt: timestamp('council_meeting_recorded_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedById: uuid('submitted_by_id').references(() => users.id),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnedById: uuid('returned_by_id').references(() => users.id),
    returnReason: text('return_reason'),
    /** The newest submitted version (`dossier_versions`); 0 before the first submission. */
    version: integer('version').notNull().default(0),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedById: uuid('accepted_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    uniqueIndex('dossiers_nomination').on(t.nominationId),
    check('dossiers_status', sql`${t.status} in ('draft', 'submitted', 'returned', 'accepted', 'council_passed', 'council_failed', 'awarded')`),
    index('dossiers_campaign_status').on(t.campaignId, t.status),
    index('dossiers_org_unit').on(t.orgUnitId),
  ],
);

/**
 * One uploaded signed scan of one of the three documents; every version is kept, the newest is in force. The bytes
 * are the content-addressed `stored_files` row behind the attachment; a PDF's ký số report is kept with it.
 */
export const dossierScans = pgTable(
  'dossier_scans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    documentKind: text('document_kind').$type<DossierDocumentKind>().notNull(),
    attachmentId: uuid('attachment_id').notNull().references(() => attachments.id),
    /** 'none' (unsigned PDF or an image), 'valid' (every ký số signature verifies) or 'invalid'. */
    signatureStatus: text('signature_status').$type<'none' | 'valid' | 'invalid'>().notNull(),
    signatureReport: jsonb('signature_report').$type<PdfSignatureReport>(),
    /** Stamped by the database (its transaction's start), so the versions order by when they were stored. */
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    check('dossier_scans_kind', sql`${t.documentKind} in ('submission_letter', 'council_minutes', 'achievement_report')`),
    check('dossier_scans_signature_status', sql`${t.signatureStatus} in ('none', 'valid', 'invalid')`),
    index('dossier_scans_dossier').on(t.dossierId, t.documentKind),
  ],
);
