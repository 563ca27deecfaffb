import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { dossiers } from './dossiers';
import { orgUnits } from './orgUnits';
import { people } from './people';
import { users } from './users';

/**
 * The secretariat's consolidated Tờ trình to the chairman (IV.3) proposing the Bằng khen for the dossiers the council
 * passed. `draft` while it is prepared, `submitted` to the approver, `approved` or `returned` by them. Approval freezes
 * the list as `snapshot` with its SHA-256.
 */
export const awardProposals = pgTable(
  'award_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    /** "xx/TTr-SNV", numbered by the văn thư. */
    number: text('number'),
    proposalDate: date('proposal_date'),
    signerName: text('signer_name'),
    signerPosition: text('signer_position'),
    status: text('status').$type<'draft' | 'submitted' | 'approved' | 'returned'>().notNull().default('draft'),
    returnReason: text('return_reason'),
    approvedById: uuid('approved_by_id').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    snapshot: jsonb('snapshot'),
    snapshotSha256: text('snapshot_sha256'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [check('award_proposals_status', sql`${t.status} in ('draft', 'submitted', 'approved', 'returned')`), index('award_proposals_campaign').on(t.campaignId)],
);

/** A dossier listed in a Tờ trình. */
export const awardProposalEntries = pgTable(
  'award_proposal_entries',
  {
    proposalId: uuid('proposal_id').notNull().references(() => awardProposals.id),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.dossierId] })],
);

/**
 * The Quyết định khen thưởng of the chairman (number, date, signer, annexed list), made from an approved Tờ trình.
 * `issued` freezes the awardees as `snapshot` with its SHA-256; `published` puts it on the public page.
 */
export const awardDecisions = pgTable(
  'award_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    proposalId: uuid('proposal_id').notNull().references(() => awardProposals.id),
    /** "xx/QĐ-UBND". */
    number: text('number').notNull(),
    decisionDate: date('decision_date').notNull(),
    signerName: text('signer_name').notNull(),
    signerPosition: text('signer_position').notNull(),
    status: text('status').$type<'issued' | 'published'>().notNull().default('issued'),
    snapshot: jsonb('snapshot').notNull(),
    snapshotSha256: text('snapshot_sha256').notNull(),
    issuedById: uuid('issued_by_id').references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedById: uuid('published_by_id').references(() => users.id),
  },
  (t) => [
    check('award_decisions_status', sql`${t.status} in ('issued', 'published')`),
    uniqueIndex('award_decisions_proposal').on(t.proposalId),
    index('award_decisions_campaign').on(t.campaignId),
  ],
);

/**
 * One awardee of a decision, as decided (name, position, unit, achievement copied at issue time, so later edits to
 * people or units do not change a decided list). A dossier is decided once: the unique index holds that across nodes.
 */
export const awardDecisionEntries = pgTable(
  'award_decision_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id').notNull().references(() => awardDecisions.id),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    nomineeKind: text('nominee_kind').$type<'unit' | 'person'>().notNull(),
    orgUnitId: uuid('org_unit_id').notNull().references(() => orgUnits.id),
    personId: uuid('person_id').references(() => people.id),
    nomineeName: text('nominee_name').notNull(),
    position: text('position'),
    unitName: text('unit_name').notNull(),
    achievement: text('achievement').notNull(),
  },
  (t) => [
    check('award_decision_entries_kind', sql`${t.nomineeKind} in ('unit', 'person')`),
    uniqueIndex('award_decision_entries_dossier').on(t.dossierId),
    index('award_decision_entries_decision').on(t.decisionId),
    index('award_decision_entries_unit').on(t.orgUnitId),
    index('award_decision_entries_person').on(t.personId),
  ],
);
