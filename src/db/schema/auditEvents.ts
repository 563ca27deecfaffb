import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
  },
  (t) => [
    index('audit_events_at').on(t.at),
    index('audit_events_entity').on(t.entityType, t.entityId),
    index('audit_events_actor').on(t.actorUserId),
  ],
);
