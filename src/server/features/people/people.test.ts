import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../../db/schema';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

let t: TestApp;
const NAMES = ['officerTTGR', 'headTTGR', 'officerHD', 'aggregatorGR', 'secretariat', 'approver'] as const;
const s = {} as Record<(typeof NAMES)[number], Session>;

beforeAll(async () => {
  t = await createTestApp(undefined, { now: () => new Date('2020-06-01T09:00:00+07:00') });
  for (const name of NAMES) s[name] = await t.login(name);
});
afterAll(async () => t?.close());

const person = async (fullName: string, code = '30904') => ({ fullName, position: 'Công chức Văn phòng - Thống kê', orgUnitId: (await t.unit(code)).id });
const auditsOf = (id: string) => t.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'person'), eq(auditEvents.entityId, id)));

describe('people (SPEC §2)', () => {
  let id: string;
  let idHD: string;

  it('records a person of the officer’s own unit, audited', async () => {
    const res = await t.req(s.officerTTGR, { method: 'POST', url: '/api/people', payload: { ...(await person('Nguyễn Thị Ánh')), birthYear: 1985, gender: 'female' } });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ fullName: 'Nguyễn Thị Ánh', unitName: 'Thị trấn Giồng Riềng', birthYear: 1985, gender: 'female', canEdit: true });
    const audits = await auditsOf(id);
    expect(audits.map((a) => a.action)).toEqual(['person.create']);
    for (const name of ['Trần Văn Bình', 'Đặng Văn Đức', 'Lê Văn Cường']) {
      expect((await t.req(s.headTTGR, { method: 'POST', url: '/api/people', payload: await person(name) })).statusCode).toBe(201);
    }
    const hd = await t.req(s.officerHD, { method: 'POST', url: '/api/people', payload: await person('Nguyễn Văn Hòa', '30817') });
    idHD = hd.json().id;
  });

  it('refuses to record a person in another commune (404) or by a read-only role (403)', async () => {
    expect((await t.req(s.officerHD, { method: 'POST', url: '/api/people', payload: await person('Phạm Văn Em') })).statusCode).toBe(404);
    expect((await t.req(s.approver, { method: 'POST', url: '/api/people', payload: await person('Phạm Văn Em') })).statusCode).toBe(403);
    expect((await t.req(s.aggregatorGR, { method: 'POST', url: '/api/people', payload: await person('Phạm Văn Em', '30817') })).statusCode).toBe(404);
  });

  // Đ sorts after D and before E (Vietnamese alphabet), so Đặng comes before Lê.
  it('lists in Vietnamese order, scoped in SQL: another commune sees nothing, also via orgUnitId and a guessed id', async () => {
    const own = await t.req(s.officerTTGR, { method: 'GET', url: '/api/people' });
    expect(own.json().items.map((p: { fullName: string }) => p.fullName)).toEqual(['Đặng Văn Đức', 'Lê Văn Cường', 'Nguyễn Thị Ánh', 'Trần Văn Bình']);
    expect(own.json().total).toBe(4);
    const ttgrId = (await t.unit('30904')).id;
    const other = await t.req(s.officerHD, { method: 'GET', url: '/api/people', query: { orgUnitId: ttgrId } });
    expect(other.json()).toMatchObject({ items: [], total: 0 });
    expect((await t.req(s.officerHD, { method: 'GET', url: '/api/people' })).json().total).toBe(1);
    expect((await t.req(s.officerHD, { method: 'GET', url: `/api/people/${id}` })).statusCode).toBe(404);
    expect((await t.req(s.officerTTGR, { method: 'GET', url: `/api/people/${idHD}` })).statusCode).toBe(404);
    expect((await t.req(s.aggregatorGR, { method: 'GET', url: '/api/people' })).json().total).toBe(4);
    expect((await t.req(s.secretariat, { method: 'GET', url: '/api/people' })).json().total).toBe(5);
    const paged = await t.req(s.secretariat, { method: 'GET', url: '/api/people', query: { page: '2', pageSize: '2' } });
    expect([paged.json().items.length, paged.json().total]).toEqual([2, 5]);
  });

  it('finds names typed without diacritics', async () => {
    const res = await t.req(s.officerTTGR, { method: 'GET', url: '/api/people', query: { q: 'nguyen thi anh' } });
    expect(res.json().items.map((p: { id: string }) => p.id)).toEqual([id]);
    expect((await t.req(s.officerTTGR, { method: 'GET', url: '/api/people', query: { q: 'DUC' } })).json().items[0].fullName).toBe('Đặng Văn Đức');
    expect((await t.req(s.officerTTGR, { method: 'GET', url: '/api/people', query: { q: '%' } })).json().total).toBe(0);
  });

  it('is edited within scope, audited with before and after; the name’s search text follows', async () => {
    expect((await t.req(s.officerHD, { method: 'PATCH', url: `/api/people/${id}`, payload: { position: 'Phó Chủ tịch' } })).statusCode).toBe(404);
    // Moving the person into a unit outside the editor's scope is refused like a missing unit.
    expect((await t.req(s.officerTTGR, { method: 'PATCH', url: `/api/people/${id}`, payload: { orgUnitId: (await t.unit('30817')).id } })).statusCode).toBe(404);
    const ok = await t.req(s.aggregatorGR, { method: 'PATCH', url: `/api/people/${id}`, payload: { fullName: 'Nguyễn Thị Ánh Hồng', position: 'Phó Chủ tịch UBND' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ fullName: 'Nguyễn Thị Ánh Hồng', position: 'Phó Chủ tịch UBND', birthYear: 1985 });
    expect((await t.req(s.officerTTGR, { method: 'GET', url: '/api/people', query: { q: 'anh hong' } })).json().total).toBe(1);
    const update = (await auditsOf(id)).find((a) => a.action === 'person.update')!;
    expect(update.before).toEqual({ fullName: 'Nguyễn Thị Ánh', position: 'Công chức Văn phòng - Thống kê' });
    expect(update.after).toEqual({ fullName: 'Nguyễn Thị Ánh Hồng', position: 'Phó Chủ tịch UBND' });
    expect((await t.req(s.secretariat, { method: 'PATCH', url: `/api/people/${idHD}`, payload: { birthYear: 1990 } })).json().birthYear).toBe(1990);
  });

  it('names the bad field in Vietnamese', async () => {
    const res = await t.req(s.officerTTGR, { method: 'POST', url: '/api/people', payload: { ...(await person('')), birthYear: 1800 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['birthYear', 'fullName']);
    expect(res.json().error.fields.find((f: { path: string }) => f.path === 'fullName').message).toMatch(/^Họ và tên/);
  });
});
