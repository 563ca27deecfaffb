import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents } from '../../../db/schema';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

let t: TestApp;
let secretariat: Session;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  await t.req(admin, { method: 'PATCH', url: `/api/org-units/${(await t.unit('30904')).id}`, payload: { shortName: 'TT GR' } });
  secretariat = await t.login('secretariat');
});
afterAll(async () => t?.close());

describe('#auditEvents.list', () => {
  it('lets the secretariat read the log, newest first, with actor, unit, before/after and IP', async () => {
    const res = await t.req(secretariat, { method: 'GET', url: '/api/audit-events', query: { action: 'orgUnit.update' } });
    expect(res.statusCode).toBe(200);
    const [event] = res.json().items;
    expect(event).toMatchObject({ action: 'orgUnit.update', actorUsername: 'admin', unitName: 'Thị trấn Giồng Riềng', before: { shortName: null }, after: { shortName: 'TT GR' } });
    expect(event.ip).toBeTruthy();
  });

  it('filters by actor and entity type', async () => {
    const res = await t.req(secretariat, { method: 'GET', url: '/api/audit-events', query: { actor: 'secret', entityType: 'session' } });
    expect(res.json().items.length).toBeGreaterThan(0);
    expect(res.json().items.every((e: { actorUsername: string }) => e.actorUsername === 'secretariat')).toBe(true);
  });

  it('takes dates as Vietnamese calendar days: an event at 23:30 +07:00 belongs to that day, not the next', async () => {
    const [row] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'orgUnit.update'));
    // 31/03/2020 23:30 in Vietnam is 31/03/2020 16:30 UTC.
    await t.database.db.update(auditEvents).set({ at: new Date('2020-03-31T16:30:00Z') }).where(eq(auditEvents.id, row.id));
    const onDay = await t.req(secretariat, { method: 'GET', url: '/api/audit-events', query: { from: '2020-03-31', to: '2020-03-31' } });
    expect(onDay.json().items.map((e: { id: string }) => e.id)).toEqual([row.id]);
    const nextDay = await t.req(secretariat, { method: 'GET', url: '/api/audit-events', query: { from: '2020-04-01', to: '2020-04-01' } });
    expect(nextDay.json().total).toBe(0);
  });

  it('paginates', async () => {
    const res = await t.req(secretariat, { method: 'GET', url: '/api/audit-events', query: { pageSize: '1', page: '2' } });
    expect(res.json().items).toHaveLength(1);
    expect(res.json().total).toBeGreaterThan(2);
  });
});
