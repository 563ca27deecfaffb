import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { dossiers } from './dossiers';
import { orgUnits } from './orgUnits';
import { users } from './users';

/**
 * A session of the provincial Hội đồng Thi đua – Khen thưởng (its standing committee, for the chairman's Bằng khen;
 * DOMAIN.md §1.5) that reviews appraised dossiers. Quorum and pass rule are configured per session: an award session
 * needs `quorumPercent` of members present (80 by default); `passRule` says of whom a nominee needs more than half.
 * Closing freezes what was voted as `snapshot` with its SHA-256.
 */
export const councilSessions = pgTable(
  'council_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').notNull().references(() => campaigns.id),
    title: text('title').notNull(),
    heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    quorumPercent: integer('quorum_percent').notNull().default(80),
    passRule: text('pass_rule').$type<'majority_of_members' | 'majority_of_present'>().notNull().default('majority_of_members'),
    status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedById: uuid('closed_by_id').references(() => users.id),
    snapshot: jsonb('snapshot'),
    snapshotSha256: text('snapshot_sha256'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    check('council_sessions_status', sql`${t.status} in ('open', 'closed')`),
    check('council_sessions_pass_rule', sql`${t.passRule} in ('majority_of_members', 'majority_of_present')`),
    check('council_sessions_quorum', sql`${t.quorumPercent} between 1 and 100`),
    index('council_sessions_campaign').on(t.campaignId),
  ],
);

/**
 * A member of the session: name, position, role in the council, the unit they come from (a member from the nominee's
 * own unit is recused for that nominee) and attendance ('written' = absent but gave a written opinion, DOMAIN §1.5).
 * `userId` links a member who votes in the app themselves (role council_member).
 */
export const councilMembers = pgTable(
  'council_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id').notNull().references(() => councilSessions.id),
    fullName: text('full_name').notNull(),
    position: text('position').notNull(),
    councilRole: text('council_role').$type<'chair' | 'vice_chair' | 'member' | 'secretary'>().notNull().default('member'),
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id),
    userId: uuid('user_id').references(() => users.id),
    attendance: text('attendance').$type<'present' | 'written' | 'absent'>().notNull().default('present'),
  },
  (t) => [
    check('council_members_role', sql`${t.councilRole} in ('chair', 'vice_chair', 'member', 'secretary')`),
    check('council_members_attendance', sql`${t.attendance} in ('present', 'written', 'absent')`),
    index('council_members_session').on(t.sessionId),
  ],
);

/** A dossier put before the session, and its result once the session closes (with the tally it came from). */
export const councilSessionDossiers = pgTable(
  'council_session_dossiers',
  {
    sessionId: uuid('session_id').notNull().references(() => councilSessions.id),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    outcome: text('outcome').$type<'passed' | 'failed'>(),
    tally: jsonb('tally'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.dossierId] }), check('council_session_dossiers_outcome', sql`${t.outcome} is null or ${t.outcome} in ('passed', 'failed')`)],
);

/** One member's vote or opinion on one nominee of the session; 'recused' when the member is from the nominee's unit. */
export const councilVotes = pgTable(
  'council_votes',
  {
    sessionId: uuid('session_id').notNull().references(() => councilSessions.id),
    memberId: uuid('member_id').notNull().references(() => councilMembers.id),
    dossierId: uuid('dossier_id').notNull().references(() => dossiers.id),
    vote: text('vote').$type<'agree' | 'disagree' | 'abstain' | 'recused'>().notNull(),
    note: text('note'),
    recordedById: uuid('recorded_by_id').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.memberId, t.dossierId] }), check('council_votes_vote', sql`${t.vote} in ('agree', 'disagree', 'abstain', 'recused')`)],
);
