import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { kh34CampaignId } from '../../kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

let t: TestApp;
let campaignId: string;
const s = {} as Record<'secretariat' | 'aggregatorGR' | 'officerTTGR' | 'headTTGR' | 'officerHD' | 'officerSNV', Session>;

beforeAll(async () => {
  t = await createTestApp();
  for (const who of Object.keys({ secretariat: 1, aggregatorGR: 1, officerTTGR: 1, headTTGR: 1, officerHD: 1, officerSNV: 1 }) as (keyof typeof s)[]) s[who] = await t.login(who);
  campaignId = await kh34CampaignId(t.database.db);
});
afterAll(async () => t?.close());

const url = (unitId?: string) => `/api/campaigns/${campaignId}/unit-merit-criteria${unitId ? `/${unitId}` : ''}`;
const LIST = [
  { code: '1', text: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính được giao năm 2020' },
  { code: '2', text: 'Có sáng kiến cải cách hành chính được áp dụng hiệu quả' },
];

describe('Giấy khen criteria (Khoản 2, Mục III)', () => {
  it('lets a department officer set its own list, audited in the same transaction', async () => {
    const snv = await t.unit('SNV');
    const res = await t.req(s.officerSNV, { method: 'PUT', url: url(snv.id), payload: { criteria: [{ code: ' 1 ', text: LIST[0].text.normalize('NFD') }, LIST[1]] } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ issuer: { code: 'SNV', kind: 'department' }, criteria: LIST, canEdit: true });
    const audit = (await t.database.db.execute(sql`select action, entity_type from audit_events where entity_type = 'unit_merit_criteria'`)).rows;
    expect(audit).toEqual([{ action: 'unitMeritCriteria.create', entity_type: 'unit_merit_criteria' }]);
    const again = await t.req(s.officerSNV, { method: 'PUT', url: url(snv.id), payload: { criteria: [LIST[1]] } });
    expect(again.json().criteria).toEqual([LIST[1]]);
    const rows = (await t.database.db.execute(sql`select action from audit_events where entity_type = 'unit_merit_criteria' order by at`)).rows;
    expect(rows.map((r) => r.action)).toEqual(['unitMeritCriteria.create', 'unitMeritCriteria.update']);
  });

  it('lets the district’s Phòng Nội vụ set the district’s list; its communes read it, read-only', async () => {
    const gr = await t.unit('906');
    expect((await t.req(s.aggregatorGR, { method: 'PUT', url: url(gr.id), payload: { criteria: LIST } })).statusCode).toBe(200);
    const read = await t.req(s.officerTTGR, { method: 'GET', url: url(gr.id) });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ criteria: LIST, canEdit: false });
    const list = await t.req(s.headTTGR, { method: 'GET', url: url() });
    expect(list.json().items.map((i: { issuer: { code: string } }) => i.issuer.code)).toEqual(['906']);
    // Writing it is another unit's business: 404, as if it did not exist.
    expect((await t.req(s.officerTTGR, { method: 'PUT', url: url(gr.id), payload: { criteria: LIST } })).statusCode).toBe(404);
  });

  it('refuses a commune its own list, citing Khoản 2, Mục III', async () => {
    const res = await t.req(s.headTTGR, { method: 'PUT', url: url((await t.unit('30904')).id), payload: { criteria: LIST } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('issuerUnitId');
    expect(res.json().error.message).toContain('Khoản 2, Mục III');
  });

  it('hides another district’s list from a commune of a different district', async () => {
    const gr = await t.unit('906');
    expect((await t.req(s.officerHD, { method: 'GET', url: url(gr.id) })).statusCode).toBe(404);
    const list = await t.req(s.officerHD, { method: 'GET', url: url() });
    expect(list.json().items.map((i: { issuer: { code: string } }) => i.issuer.code)).not.toContain('906');
  });

  it('lists every issuer, set or not, to the province, paged', async () => {
    const res = await t.req(s.secretariat, { method: 'GET', url: url(), query: { pageSize: '5' } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(5);
    expect(body.total).toBeGreaterThan(15);
    const all = await t.req(s.secretariat, { method: 'GET', url: url(), query: { pageSize: '200' } });
    const set = all.json().items.filter((i: { criteria: unknown }) => i.criteria !== null).map((i: { issuer: { code: string } }) => i.issuer.code);
    expect(set.sort()).toEqual(['906', 'SNV']);
    expect(all.json().items.every((i: { canEdit: boolean; issuer: { kind: string } }) => !i.canEdit && ['department', 'district'].includes(i.issuer.kind))).toBe(true);
  });

  it('names the item and the field of a bad list', async () => {
    const snv = await t.unit('SNV');
    const res = await t.req(s.officerSNV, { method: 'PUT', url: url(snv.id), payload: { criteria: [LIST[0], { code: '1', text: '' }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['criteria.1.code', 'criteria.1.text']);
    expect(res.json().error.fields[0].message).toContain('Tiêu chuẩn thứ 2');
    const empty = await t.req(s.officerSNV, { method: 'PUT', url: url(snv.id), payload: { criteria: [] } });
    expect(empty.statusCode).toBe(400);
    const extra = await t.req(s.officerSNV, { method: 'PUT', url: url(snv.id), payload: { criteria: LIST, other: 1 } });
    expect(extra.statusCode).toBe(400);
    // A criterion's code is "Mã tiêu chuẩn", never "Mã đơn vị", whichever check refuses it.
    const wrongType = await t.req(s.officerSNV, { method: 'PUT', url: url(snv.id), payload: { criteria: [{ code: 1, text: 'Nội dung' }] } });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.fields[0]).toMatchObject({ path: 'criteria.0.code', message: expect.stringMatching(/^Mã tiêu chuẩn \(mục 1\):/) });
  });

  it('answers a missing campaign or unit with 404', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    expect((await t.req(s.secretariat, { method: 'GET', url: `/api/campaigns/${none}/unit-merit-criteria` })).statusCode).toBe(404);
    expect((await t.req(s.secretariat, { method: 'GET', url: url(none) })).statusCode).toBe(404);
  });
});
