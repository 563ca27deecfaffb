import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { parseCsv, toCsv } from '../../../documents/tabular/csv';
import { createPerson, kh34CampaignId } from '../../kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

let t: TestApp;
let secretariat: Session;
let campaignId: string;
let personId: string;

beforeAll(async () => {
  t = await createTestApp();
  secretariat = await t.login('secretariat');
  campaignId = await kh34CampaignId(t.database.db);
  personId = await createPerson(t.database.db, (await t.unit('30904')).id, 'Nguyễn Văn An');
});
afterAll(async () => t?.close());

async function ratingRows() {
  return (await t.database.db.execute(sql`select year, kind, org_unit_id, person_id, rating from ratings order by year, kind, org_unit_id, person_id`)).rows;
}

describe('ratings', () => {
  it('records a unit’s quality rating and PAR-task rating, and a person’s rating', async () => {
    const unit = await t.req(secretariat, { method: 'PUT', url: `/api/ratings/2020/units/${(await t.unit('SNV-CCHC')).id}`, payload: { overall: 'outstanding', parTask: 'good' } });
    expect(unit.statusCode, unit.body).toBe(200);
    expect(unit.json()).toMatchObject({ overall: 'outstanding', parTask: 'good' });
    const commune = await t.req(secretariat, { method: 'PUT', url: `/api/ratings/2020/units/${(await t.unit('30904')).id}`, payload: { overall: 'good' } });
    expect(commune.statusCode).toBe(200);
    const person = await t.req(secretariat, { method: 'PUT', url: `/api/ratings/2020/people/${personId}`, payload: { overall: 'good' } });
    expect(person.statusCode, person.body).toBe(200);
  });

  it('lists only the ratings in the caller’s scope', async () => {
    const officer = await t.login('officerTTGR');
    const res = await t.req(officer, { method: 'GET', url: '/api/ratings', query: { year: '2020' } });
    expect(res.json().items.map((r: { orgUnitCode: string; fullName: string | null }) => [r.orgUnitCode, r.fullName])).toEqual([
      ['30904', null],
      ['30904', 'Nguyễn Văn An'],
    ]);
    const all = await t.req(secretariat, { method: 'GET', url: '/api/ratings', query: { year: '2020', subject: 'unit' } });
    expect(all.json().total).toBe(3);
  });

  it('removes a rating with null', async () => {
    const res = await t.req(secretariat, { method: 'PUT', url: `/api/ratings/2020/units/${(await t.unit('SNV-CCHC')).id}`, payload: { parTask: null } });
    expect(res.json()).toMatchObject({ overall: 'outstanding', parTask: null });
    await t.req(secretariat, { method: 'PUT', url: `/api/ratings/2020/units/${(await t.unit('SNV-CCHC')).id}`, payload: { parTask: 'good' } });
  });

  it('re-imports its own export unchanged', async () => {
    const exported = await t.req(secretariat, { method: 'GET', url: '/api/ratings/export', query: { year: '2020', format: 'xlsx' } });
    const res = await t.req(secretariat, {
      method: 'POST',
      url: '/api/ratings/import',
      query: { year: '2020', format: 'xlsx', dryRun: 'false' },
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: exported.rawPayload,
    });
    expect(res.json()).toMatchObject({ ok: true, total: 4, created: 0, updated: 0, unchanged: 4 });
  });

  it('imports an edited export (a person found by name), after a dry run that saves nothing', async () => {
    const exported = await t.req(secretariat, { method: 'GET', url: '/api/ratings/export', query: { year: '2020', format: 'csv' } });
    const table = parseCsv(exported.body);
    table.push(['2020', 'Cá nhân', '30904', 'Thị trấn Giồng Riềng', '', 'Nguyễn Văn An', 'Xếp loại chất lượng', 'Hoàn thành xuất sắc nhiệm vụ']);
    table.splice(table.findIndex((r) => r[4] === personId), 1);
    table.push(['2019', 'Tập thể', 'SNV-CCHC', '', '', '', 'Xếp loại thực hiện nhiệm vụ CCHC', 'Hoàn thành nhiệm vụ']);
    const send = (year: string, dryRun: string, rows: string[][]) =>
      t.req(secretariat, { method: 'POST', url: '/api/ratings/import', query: { year, format: 'csv', dryRun }, headers: { 'content-type': 'text/csv' }, payload: toCsv(rows[0], rows.slice(1)) });
    // The 2019 line is refused in a 2020 import: nothing at all is saved.
    const before = await ratingRows();
    const refused = await send('2020', 'false', table);
    expect(refused.json().ok).toBe(false);
    expect(refused.json().errors).toEqual([{ row: 6, field: 'Năm', message: 'Dòng thuộc năm 2019, không phải năm đang nhập (2020).' }]);
    expect(await ratingRows()).toEqual(before);
    const rows = table.slice(0, -1);
    expect((await send('2020', 'true', rows)).json()).toMatchObject({ ok: true, dryRun: true, updated: 1, unchanged: 3 });
    expect(await ratingRows()).toEqual(before);
    expect((await send('2020', 'false', rows)).json()).toMatchObject({ ok: true, dryRun: false, updated: 1, unchanged: 3 });
    const res = await t.req(secretariat, { method: 'GET', url: '/api/ratings', query: { year: '2020', subject: 'person' } });
    expect(res.json().items[0]).toMatchObject({ fullName: 'Nguyễn Văn An', rating: 'outstanding', ratingLabel: 'Hoàn thành xuất sắc nhiệm vụ' });
  });

  it('names the row and column of each bad line', async () => {
    const csv = ['Mã đơn vị,Họ và tên,Loại xếp loại,Xếp loại', 'KHONGCO,,,Hoàn thành tốt nhiệm vụ', '30904,Trần Văn Không,,Hoàn thành tốt nhiệm vụ', 'SNV,,,Giỏi', '30904,Nguyễn Văn An,Xếp loại thực hiện nhiệm vụ CCHC,Hoàn thành tốt nhiệm vụ'].join('\n');
    const res = await t.req(secretariat, { method: 'POST', url: '/api/ratings/import', query: { year: '2020', format: 'csv' }, headers: { 'content-type': 'text/csv' }, payload: csv });
    expect(res.json().errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [2, 'Mã đơn vị'],
      [3, 'Họ và tên'],
      [4, 'Xếp loại'],
      [5, 'Loại xếp loại'],
    ]);
  });
});

describe('attestations', () => {
  it('lets the unit head attest for their own unit only', async () => {
    const head = await t.login('headTTGR');
    const own = await t.req(head, { method: 'PUT', url: `/api/campaigns/${campaignId}/attestations/${(await t.unit('30904')).id}`, payload: { compliance: true, solidarity: true } });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ compliance: true, solidarity: true, orgUnitCode: '30904' });
    const other = await t.req(head, { method: 'PUT', url: `/api/campaigns/${campaignId}/attestations/${(await t.unit('30817')).id}`, payload: { compliance: true } });
    expect(other.statusCode).toBe(404);
    const officer = await t.login('officerTTGR');
    const byOfficer = await t.req(officer, { method: 'PUT', url: `/api/campaigns/${campaignId}/attestations/${(await t.unit('30904')).id}`, payload: { compliance: true } });
    expect(byOfficer.statusCode).toBe(403);
  });

  it('keeps the other attestation when only one is changed', async () => {
    const res = await t.req(secretariat, { method: 'PUT', url: `/api/campaigns/${campaignId}/attestations/${(await t.unit('30904')).id}`, payload: { solidarity: false } });
    expect(res.json()).toMatchObject({ compliance: true, solidarity: false });
    const list = await t.req(await t.login('officerHD'), { method: 'GET', url: `/api/campaigns/${campaignId}/attestations` });
    expect(list.json()).toEqual([]);
  });
});

describe('commune recognitions', () => {
  it('lets the district record its best commune, not another district’s, nor a non-commune', async () => {
    const aggregator = await t.login('aggregatorGR');
    const ok = await t.req(aggregator, { method: 'PUT', url: `/api/campaigns/${campaignId}/recognitions/${(await t.unit('30904')).id}`, payload: { decisionReference: '125/QĐ-UBND', recognisedAt: '2021-01-15' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ districtName: 'Huyện Giồng Riềng', communeName: 'Thị trấn Giồng Riềng', decisionReference: '125/QĐ-UBND' });
    const elsewhere = await t.req(aggregator, { method: 'PUT', url: `/api/campaigns/${campaignId}/recognitions/${(await t.unit('30817')).id}`, payload: {} });
    expect(elsewhere.statusCode).toBe(404);
    const district = await t.req(aggregator, { method: 'PUT', url: `/api/campaigns/${campaignId}/recognitions/${(await t.unit('906-PNV')).id}`, payload: {} });
    expect(district.statusCode).toBe(400);
    expect(district.json().error.fields[0].path).toBe('communeUnitId');
    const list = await t.req(await t.login('officerTTGR'), { method: 'GET', url: `/api/campaigns/${campaignId}/recognitions` });
    expect(list.json()).toHaveLength(1);
  });

  it('removes a recognition', async () => {
    const aggregator = await t.login('aggregatorGR');
    const url = `/api/campaigns/${campaignId}/recognitions/${(await t.unit('30904')).id}`;
    expect((await t.req(aggregator, { method: 'DELETE', url })).statusCode).toBe(204);
    expect((await t.req(aggregator, { method: 'DELETE', url })).statusCode).toBe(404);
  });
});
