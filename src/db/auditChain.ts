import { createHash, randomUUID } from 'node:crypto';
import { and, asc, count, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import {
  auditRowHash,
  finishAuditChainWalk,
  startAuditChainWalk,
  walkAuditChainPage,
  type AuditChainContent,
  type AuditChainReport,
  type Sha256,
  type StoredAuditRow,
} from '../domain/audit/auditChain';
import type { DbOrTx, Tx } from './client';
import { auditChainHead, auditEvents } from './schema';

export const sha256: Sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The content of an audit row before the chain gives it id, time, seq and the previous hash (left out = null). */
export type AuditEventValues = Pick<AuditChainContent, 'action' | 'entityType'> &
  Partial<Omit<AuditChainContent, 'id' | 'at' | 'seq' | 'prevHash' | 'action' | 'entityType'>>;

/**
 * Appends one row to the audit chain. Locks the chain head (SELECT … FOR UPDATE on its one row) so rows written at
 * the same time — by one node or several — get consecutive numbers and each links to the one committed before it;
 * the lock is held until the caller's transaction ends, so the change, its audit row and the head move together
 * (audit writes are serialised on purpose). Called with the plain database, it opens its own transaction.
 *
 * `at` is the database clock when the lock was taken, to the millisecond, stored and hashed as exactly that.
 */
export async function appendAuditEvent(db: DbOrTx, values: AuditEventValues): Promise<void> {
  if (!(db instanceof PgTransaction)) {
    await db.transaction((tx) => appendAuditEvent(tx, values));
    return;
  }
  const tx = db as Tx;
  let head = await lockHead(tx);
  if (!head) {
    // The migration does not seed the head; the first writer creates it (a racing node waits, then finds it).
    await tx.insert(auditChainHead).values({ id: 1, seq: 0, hash: '' }).onConflictDoNothing();
    head = await lockHead(tx);
    if (!head) throw new Error('audit_chain_head: không tạo được đầu chuỗi nhật ký');
  }
  const content: AuditChainContent = {
    id: randomUUID(),
    at: new Date(head.now).toISOString(),
    actorUserId: values.actorUserId ?? null,
    actorUsername: values.actorUsername ?? null,
    actorUnitId: values.actorUnitId ?? null,
    orgUnitId: values.orgUnitId ?? null,
    action: values.action,
    entityType: values.entityType,
    entityId: values.entityId ?? null,
    before: values.before ?? null,
    after: values.after ?? null,
    reason: values.reason ?? null,
    ip: values.ip ?? null,
    userAgent: values.userAgent ?? null,
    seq: head.seq + 1,
    prevHash: head.hash,
  };
  const hash = auditRowHash(content, sha256);
  await tx.insert(auditEvents).values({ ...content, at: new Date(content.at), hash });
  await tx.update(auditChainHead).set({ seq: content.seq, hash }).where(eq(auditChainHead.id, 1));
}

async function lockHead(tx: Tx) {
  const [head] = await tx
    .select({
      seq: auditChainHead.seq,
      hash: auditChainHead.hash,
      // clock_timestamp(): the time the lock was granted, so `at` follows seq; UTC ISO with milliseconds.
      now: sql<string>`to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    })
    .from(auditChainHead)
    .where(eq(auditChainHead.id, 1))
    .for('update');
  return head;
}

/** The chain head as stored (null before the first chained row). */
export async function readAuditChainHead(db: DbOrTx): Promise<{ seq: number; hash: string } | null> {
  const [head] = await db.select({ seq: auditChainHead.seq, hash: auditChainHead.hash }).from(auditChainHead).where(eq(auditChainHead.id, 1));
  return head ?? null;
}

/** One page of chained rows after `afterSeq`, in seq order, as the verification reads them. */
export async function chainedAuditPage(db: DbOrTx, afterSeq: number, limit: number): Promise<StoredAuditRow[]> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(isNotNull(auditEvents.seq), gt(auditEvents.seq, afterSeq)))
    .orderBy(asc(auditEvents.seq))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorUserId: r.actorUserId,
    actorUsername: r.actorUsername,
    actorUnitId: r.actorUnitId,
    orgUnitId: r.orgUnitId,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    before: r.before,
    after: r.after,
    reason: r.reason,
    ip: r.ip,
    userAgent: r.userAgent,
    seq: r.seq!,
    // A null kept as null never equals the expected link or hash, so the check names this row.
    prevHash: r.prevHash as string,
    hash: r.hash as string,
  }));
}

/**
 * Walks the whole chain in seq order, `pageSize` rows at a time (never the whole log in memory), and names the first
 * row that does not match. Rows with no seq written before the first chained row are counted as "before the chain";
 * one written after it is itself a failure.
 */
export async function verifyAuditChain(db: DbOrTx, pageSize = 500): Promise<AuditChainReport> {
  const head = await readAuditChainHead(db);
  const [first] = await db.select({ at: auditEvents.at }).from(auditEvents).where(eq(auditEvents.seq, 1));
  const unchained = isNull(auditEvents.seq);
  const [{ n: beforeChain }] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(first ? and(unchained, sql`${auditEvents.at} <= ${first.at.toISOString()}::timestamptz`) : unchained);
  let walk = startAuditChainWalk();
  for (;;) {
    const rows = await chainedAuditPage(db, walk.nextSeq - 1, pageSize);
    const step = walkAuditChainPage(walk, rows, sha256);
    if (step.failure) return { ok: false, checked: step.walk.checked, beforeChain, failure: step.failure };
    walk = step.walk;
    if (rows.length < pageSize) break;
  }
  const tail = finishAuditChainWalk(walk, head);
  if (tail) return { ok: false, checked: walk.checked, beforeChain, failure: tail };
  if (first) {
    const [stray] = await db
      .select({ id: auditEvents.id, at: auditEvents.at, action: auditEvents.action })
      .from(auditEvents)
      .where(and(unchained, sql`${auditEvents.at} > ${first.at.toISOString()}::timestamptz`))
      .orderBy(asc(auditEvents.at))
      .limit(1);
    if (stray) {
      return {
        ok: false,
        checked: walk.checked,
        beforeChain,
        failure: { fault: 'outside_chain', row: { seq: null, id: stray.id, at: stray.at.toISOString(), action: stray.action }, expectedSeq: walk.nextSeq },
      };
    }
  }
  return { ok: true, checked: walk.checked, beforeChain, failure: null };
}
