import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * One row per state change, written in the same transaction as the change (SPEC §6).
 * `orgUnitId` is the unit the changed record belongs to, so the log can be scoped like any list.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`now()`),
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username'),
    actorUnitId: uuid('actor_unit_id'),
    orgUnitId: uuid('org_unit_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    /** Position in the tamper-evident chain (1, 2, …), given under the chain head's row lock. */
    seq: bigint('seq', { mode: 'number' }),
    /** SHA-256 of the previous row's `hash` and this row's content (src/domain/audit); null only for rows older than the chain. */
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_events_at').on(t.at),
    index('audit_events_entity').on(t.entityType, t.entityId),
    index('audit_events_actor').on(t.actorUserId),
    uniqueIndex('audit_events_seq').on(t.seq),
  ],
);

/**
 * The head of the audit chain: one row, locked (SELECT … FOR UPDATE) by every audit write, so rows from several app
 * nodes are chained one after another in commit order and never fork.
 */
export const auditChainHead = pgTable(
  'audit_chain_head',
  {
    id: smallint('id').primaryKey().default(1),
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    hash: text('hash').notNull().default(''),
  },
  (t) => [check('audit_chain_head_single', sql`${t.id} = 1`)],
);
