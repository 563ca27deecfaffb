import { appendAuditEvent } from '../../db/auditChain';
import type { DbOrTx } from '../../db/client';
import type { AuditAction, AuditEntityType } from '../../shared/auditLabels';

/** Who did it and from where; taken from the request (see plugins/session.ts). */
export type AuditContext = {
  actorUserId: string | null;
  actorUsername: string | null;
  actorUnitId: string | null;
  ip: string | null;
  userAgent: string | null;
};

export type AuditEntry = {
  /** One of the actions the log can name in Vietnamese (src/shared/auditLabels.ts). */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | null;
  /** The unit the changed record belongs to, so the log can be scoped. */
  orgUnitId: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
};

const SECRET_KEYS = new Set(['passwordHash', 'password', 'newPassword', 'currentPassword', 'csrfToken']);

/** Drops secrets and turns Dates into ISO strings, so before/after are plain JSON. */
function clean(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (key, v) => (SECRET_KEYS.has(key) ? '[ẩn]' : v)));
}

/**
 * Writes one audit row. Call it with the transaction that makes the change, so the change and its
 * record commit or roll back together. The row joins the tamper-evident chain (src/db/auditChain.ts): it takes the
 * chain head's row lock until that transaction ends, so audit writes are serialised; called with the plain database
 * it runs in a transaction of its own.
 *
 * Deliberately called by each use case right after its own write, not hidden in a generic "upsert and audit"
 * helper: the action, the entity and what goes in before/after are each use case's decision, and reading the write
 * and its audit row side by side is the point. The few lines this repeats (upsert … returning, then writeAudit with
 * `before ? '….update' : '….create'`) are alike in shape only.
 */
export async function writeAudit(tx: DbOrTx, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await appendAuditEvent(tx, {
    actorUserId: ctx.actorUserId,
    actorUsername: ctx.actorUsername,
    actorUnitId: ctx.actorUnitId,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    orgUnitId: entry.orgUnitId,
    before: clean(entry.before ?? null),
    after: clean(entry.after ?? null),
    reason: entry.reason ?? null,
  });
}
