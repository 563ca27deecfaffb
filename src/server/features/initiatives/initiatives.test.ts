import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

let t: TestApp;
const NAMES = ['officerTTGR', 'headTTGR', 'officerHD', 'aggregatorGR', 'secretariat'] as const;
const s = {} as Record<(typeof NAMES)[number], Session>;

beforeAll(async () => {
  t = await createTestApp(undefined, { now: () => new Date('2020-06-01T09:00:00+07:00') });
  for (const name of NAMES) s[name] = await t.login(name);
});
afterAll(async () => t?.close());

const valid = async (code = '30904') => ({
  orgUnitId: (await t.unit(code)).id,
  title: 'Một cửa liên thông qua Zalo',
  description: 'Nhận hồ sơ và trả kết quả qua tài khoản Zalo của UBND thị trấn.',
  effect: 'Giảm 40% số lượt người dân phải đến trụ sở.',
  periodFrom: '2020-01-01',
  periodTo: '2020-12-31',
});

describe('initiatives (II.1.b)', () => {
  let id: string;

  it('records an initiative of the officer’s own unit', async () => {
    const res = await t.req(s.officerTTGR, { method: 'POST', url: '/api/initiatives', payload: await valid() });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect([res.json().unitName, res.json().canEdit]).toEqual(['Thị trấn Giồng Riềng', true]);
  });

  it('refuses another unit’s (404) and a period that ends before it starts (names periodTo)', async () => {
    expect((await t.req(s.officerHD, { method: 'POST', url: '/api/initiatives', payload: await valid() })).statusCode).toBe(404);
    const bad = await t.req(s.officerTTGR, { method: 'POST', url: '/api/initiatives', payload: { ...(await valid()), periodTo: '2019-12-31' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('periodTo');
  });

  it('is read by the unit, its district and the province, not by another district', async () => {
    for (const who of [s.officerTTGR, s.headTTGR, s.aggregatorGR, s.secretariat]) {
      expect((await t.req(who, { method: 'GET', url: `/api/initiatives/${id}` })).statusCode).toBe(200);
    }
    expect((await t.req(s.officerHD, { method: 'GET', url: `/api/initiatives/${id}` })).statusCode).toBe(404);
    expect((await t.req(s.officerHD, { method: 'GET', url: '/api/initiatives' })).json().total).toBe(0);
    expect((await t.req(s.secretariat, { method: 'GET', url: '/api/initiatives', query: { q: 'giong rieng' } })).json().total).toBe(1);
  });

  it('is edited and deleted only by its own unit; the district reads but does not edit a commune’s', async () => {
    expect((await t.req(s.aggregatorGR, { method: 'PATCH', url: `/api/initiatives/${id}`, payload: { title: 'Sửa' } })).statusCode).toBe(404);
    expect((await t.req(s.headTTGR, { method: 'PATCH', url: `/api/initiatives/${id}`, payload: { title: 'Sửa' } })).statusCode).toBe(403);
    const ok = await t.req(s.officerTTGR, { method: 'PATCH', url: `/api/initiatives/${id}`, payload: { title: 'Một cửa liên thông qua Zalo OA' } });
    expect(ok.json().title).toBe('Một cửa liên thông qua Zalo OA');
    expect((await t.req(s.officerTTGR, { method: 'DELETE', url: `/api/initiatives/${id}` })).statusCode).toBe(204);
    expect((await t.req(s.officerTTGR, { method: 'GET', url: `/api/initiatives/${id}` })).statusCode).toBe(404);
  });

  it('lets the district aggregator record the district’s own', async () => {
    const res = await t.req(s.aggregatorGR, { method: 'POST', url: '/api/initiatives', payload: await valid('906') });
    expect(res.statusCode, res.body).toBe(201);
  });
});
