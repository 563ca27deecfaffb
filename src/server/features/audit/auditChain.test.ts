import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { asc, eq, isNotNull, sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../../db/client';
import { auditChainHead, auditEvents } from '../../../db/schema';
import { verifyAuditChain } from '../../../db/auditChain';
import { buildApp } from '../../app';
import { testConfig } from '../../config';
import { writeAudit } from '../../kit/audit';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

/**
 * The tamper-evident audit chain (issue 11, item 9) on a real database: rows written at the same time from two app
 * nodes (on PostgreSQL two pools, as two processes would have; on PGlite one connection) still form one chain; an
 * edited or deleted row is named by the check, from the API (admin only) and page by page.
 */
let t: TestApp;
let second: Database | null = null;
let nodeB: FastifyInstance;
let admin: Session;
let adminOnB: Session;

const CTX = { actorUserId: null, actorUsername: 'test', actorUnitId: null, ip: null, userAgent: 'test' };

beforeAll(async () => {
  t = await createTestApp();
  const url = (t.database.pool?.options as { connectionString?: string } | undefined)?.connectionString;
  second = url ? await openDatabase({ kind: 'postgres', url, poolSize: 5 }) : null;
  nodeB = await buildApp(second ?? t.database, testConfig());
  admin = await t.login('admin');
  const res = await nodeB.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'secretariat', password: 'MatKhau@2020' } });
  adminOnB = { cookie: `thidua_sid=${res.cookies.find((c) => c.name === 'thidua_sid')!.value}`, csrf: res.json().csrfToken, userId: res.json().user.id };
});
afterAll(async () => {
  await nodeB?.close();
  await second?.close();
  await t?.close();
});

async function verifyByApi() {
  const res = await t.req(admin, { method: 'GET', url: '/api/audit-chain/verify' });
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('audit chain', () => {
  it('chains the seed rows and every write from the first row on: seq 1, 2, … each linking to the one before', async () => {
    const rows = await t.database.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
    expect(rows.every((r) => r.seq !== null && r.hash?.length === 64)).toBe(true);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows[0].prevHash).toBe('');
    for (let i = 1; i < rows.length; i += 1) expect(rows[i].prevHash).toBe(rows[i - 1].hash);
    const [head] = await t.database.db.select().from(auditChainHead);
    expect(head).toMatchObject({ id: 1, seq: rows.at(-1)!.seq, hash: rows.at(-1)!.hash });
    expect(await verifyByApi()).toMatchObject({ ok: true, checked: rows.length, beforeChain: 0, failure: null });
  });

  it('lets only the admin verify', async () => {
    const res = await t.req(await t.login('secretariat'), { method: 'GET', url: '/api/audit-chain/verify' });
    expect(res.statusCode).toBe(403);
  });

  it('still verifies after rows written at the same time from two app nodes, through the API and directly', async () => {
    const before = (await verifyAuditChain(t.database.db)).checked;
    const unitA = await t.unit('30904');
    const unitB = await t.unit('30817');
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 10; i += 1) {
      writes.push(t.req(admin, { method: 'PATCH', url: `/api/org-units/${unitA.id}`, payload: { shortName: `A${i}` } }));
      writes.push(nodeB.inject({ method: 'PATCH', url: `/api/org-units/${unitB.id}`, payload: { shortName: `B${i}` }, headers: { cookie: adminOnB.cookie, 'x-csrf-token': adminOnB.csrf } }));
      // Straight calls with the plain database (writeAudit opens its own transaction) and inside a transaction.
      writes.push(writeAudit((second ?? t.database).db, CTX, { action: 'orgUnit.update', entityType: 'orgUnit', entityId: `direct-${i}`, orgUnitId: null, after: { i, node: 'B' } }));
      writes.push(t.database.db.transaction((tx) => writeAudit(tx, CTX, { action: 'orgUnit.update', entityType: 'orgUnit', entityId: `tx-${i}`, orgUnitId: null, after: { i, node: 'A' } })));
    }
    const answers = await Promise.all(writes);
    const statuses = answers.filter((a): a is { statusCode: number } => typeof a === 'object' && a !== null && 'statusCode' in a).map((a) => a.statusCode);
    // The secretariat may not edit units; the admin may: both wrote (or were refused) without breaking the chain.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(10);
    const report = await verifyAuditChain(t.database.db, 7);
    expect(report).toMatchObject({ ok: true, failure: null });
    expect(report.checked).toBeGreaterThanOrEqual(before + 30);
    const seqs = (await t.database.db.select({ seq: auditEvents.seq }).from(auditEvents).where(isNotNull(auditEvents.seq)).orderBy(asc(auditEvents.seq))).map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('names an edited row (seq, id, time, action), and holds again once the row is put back', async () => {
    const [victim] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.seq, 5));
    await t.database.db.execute(sql`update audit_events set after = ${JSON.stringify({ sửa: 'lén' })}::jsonb where seq = 5`);
    const report = await verifyByApi();
    expect(report).toMatchObject({ ok: false, checked: 4, failure: { fault: 'content_changed', row: { seq: 5, id: victim.id, at: victim.at.toISOString(), action: victim.action } } });
    expect(report.message).toContain(`dòng số 5 (mã ${victim.id}`);
    expect(report.message).toContain('nội dung hoặc mã băm của dòng đã bị sửa');
    await t.database.db.update(auditEvents).set({ after: victim.after }).where(eq(auditEvents.id, victim.id));
    expect(await verifyByApi()).toMatchObject({ ok: true });
  });

  it('names an edited time even when it moves by one millisecond', async () => {
    const [victim] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.seq, 3));
    await t.database.db.update(auditEvents).set({ at: new Date(victim.at.getTime() + 1) }).where(eq(auditEvents.id, victim.id));
    expect((await verifyAuditChain(t.database.db, 2)).failure).toMatchObject({ fault: 'content_changed', row: { seq: 3 } });
    await t.database.db.update(auditEvents).set({ at: victim.at }).where(eq(auditEvents.id, victim.id));
    expect((await verifyAuditChain(t.database.db, 2)).ok).toBe(true);
  });

  it('finds a row inserted straight into the table, outside the chain', async () => {
    const [stray] = await t.database.db.insert(auditEvents).values({ action: 'orgUnit.update', entityType: 'orgUnit', at: new Date(Date.now() + 60_000) }).returning();
    expect((await verifyAuditChain(t.database.db)).failure).toMatchObject({ fault: 'outside_chain', row: { id: stray.id, seq: null } });
    await t.database.db.delete(auditEvents).where(eq(auditEvents.id, stray.id));
  });

  it('notices the last row deleted (the chain head is further on), then names the row after a deleted one', async () => {
    const [{ last }] = await t.database.db.select({ last: sql<number>`max(${auditEvents.seq})`.mapWith(Number) }).from(auditEvents);
    const [newLast] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.seq, last - 1));
    await t.database.db.delete(auditEvents).where(eq(auditEvents.seq, last));
    expect(await verifyByApi()).toMatchObject({ ok: false, checked: last - 1, failure: { fault: 'tail_missing', row: { seq: last - 1, id: newLast.id }, expectedSeq: last } });

    const [after] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.seq, 8));
    await t.database.db.delete(auditEvents).where(eq(auditEvents.seq, 7));
    const report = await verifyByApi();
    expect(report).toMatchObject({ ok: false, checked: 6, failure: { fault: 'missing_before', row: { seq: 8, id: after.id }, expectedSeq: 7 } });
    expect(report.message).toContain('thiếu dòng nhật ký ngay trước dòng này');
  });
});
