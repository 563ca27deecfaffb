import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { toCsv } from '../../src/documents/tabular/csv';
import { ERA_KG_2020 } from '../../src/db/seed/orgTreeSeed';
import { kh34Campaign } from '../../src/domain/campaigns/kh34Campaign';
import { kh34CampaignId } from '../../src/server/kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../src/server/kit/testing/testApp';

/**
 * Codes typed by users meet objects keyed by codes (blocks of a classification scheme, classes, ratings, unit kinds,
 * roles, criterion codes, statuses). A code that names a property every object has — "__proto__", "constructor",
 * "toString" — must be refused like any other unknown code (400 naming the field, nothing saved), never looked up
 * as that property: a PAR row saved in block "__proto__" once broke the list, export, charts, entry and publication
 * of its whole year.
 */
const HOSTILE = ['__proto__', 'constructor', 'toString'] as const;

// 10/05/2022 10:00 in Vietnam: the 2021 ranking may be published with a decision of 06/05/2022.
const NOW = new Date('2022-05-10T03:00:00Z');

let t: TestApp;
let secretariat: Session;
let admin: Session;
let campaignId: string;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  secretariat = await t.login('secretariat');
  admin = await t.login('admin');
  campaignId = await kh34CampaignId(t.database.db);
  // A working 2021: one unit entered, so the list, charts and publication have something to show.
  const res = await t.req(secretariat, { method: 'PUT', url: `/api/par-results/2021/${(await t.unit('SNV')).id}`, payload: { selfScore: null, appraisedScore: 72.5, surveyScore: 17.5 } });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(async () => t?.close());

const count = async (table: string) => (await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))).rows[0].n as number;

function expect400(res: { statusCode: number; body: string; json: () => any }, path: string, mentions?: RegExp) {
  expect(res.statusCode, res.body).toBe(400);
  const fields = res.json().error.fields as { path: string; message: string }[];
  expect(fields.map((f) => f.path), res.body).toContain(path);
  if (mentions) expect(fields.find((f) => f.path === path)!.message).toMatch(mentions);
}

/** The 2021 PAR year answers as before: list, export, the three charts, and (last) its publication. */
async function expectParYearWorks(year = 2021) {
  for (const url of ['/api/par-results', '/api/par-results/charts/ranking', '/api/par-results/charts/distribution', '/api/par-results/charts/year-on-year']) {
    const res = await t.req(secretariat, { method: 'GET', url, query: { year: String(year) } });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  }
  const exported = await t.req(secretariat, { method: 'GET', url: '/api/par-results/export', query: { year: String(year), format: 'csv' } });
  expect(exported.statusCode, exported.body).toBe(200);
  const list = await t.req(secretariat, { method: 'GET', url: '/api/par-results', query: { year: String(year) } });
  expect(list.json().items.map((i: { blockCode: string }) => i.blockCode)).toEqual(['department']);
}

describe('PAR results: a block code that names an object property', () => {
  it.each(HOSTILE)('refuses block "%s" with 400 naming Khối, saves nothing, and the year keeps working', async (code) => {
    const before = await count('par_results');
    const res = await t.req(secretariat, { method: 'PUT', url: `/api/par-results/2021/${(await t.unit('STP')).id}`, payload: { blockCode: code, selfScore: null, appraisedScore: 70, surveyScore: 20 } });
    expect400(res, 'blockCode', /Khối/);
    expect(await count('par_results')).toBe(before);
    // The entry of every other unit still works.
    const other = await t.req(secretariat, { method: 'PUT', url: `/api/par-results/2021/${(await t.unit('STC')).id}`, payload: { selfScore: null, appraisedScore: 60, surveyScore: 20 } });
    expect(other.statusCode, other.body).toBe(200);
    await t.database.db.execute(sql`delete from par_results where org_unit_id = ${(await t.unit('STC')).id}`);
    await expectParYearWorks();
  });

  it.each(HOSTILE)('filters the list and charts by block "%s" to nothing', async (code) => {
    for (const url of ['/api/par-results', '/api/par-results/charts/ranking', '/api/par-results/charts/distribution', '/api/par-results/charts/year-on-year']) {
      const res = await t.req(secretariat, { method: 'GET', url, query: { year: '2021', blockCode: code } });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      const body = res.json();
      expect(body.items ?? body.blocks).toEqual([]);
    }
  });

  it.each(HOSTILE)('refuses block "%s" in an imported file as a row error on Khối', async (code) => {
    const rows = [
      ['Năm', 'Mã đơn vị', 'Tên đơn vị', 'Khối', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm điều tra xã hội học'],
      ['2021', 'STP', '', code, '', '70', '20'],
    ];
    const res = await t.req(secretariat, { method: 'POST', url: '/api/par-results/import', query: { year: '2021', format: 'csv', dryRun: 'false' }, headers: { 'content-type': 'text/csv' }, payload: toCsv(rows[0], rows.slice(1)) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().ok).toBe(false);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['Khối']);
    await expectParYearWorks();
  });

  it.each(HOSTILE)('refuses a classification scheme with a block "%s", saving nothing', async (code) => {
    const before = await count('classification_schemes');
    const band = { maxPoints: 100, bands: [{ classification: 'excellent', minPercent: 90 }, { classification: 'weak', minPercent: 0 }] };
    // Raw JSON: an object literal would make "__proto__" the prototype instead of a key.
    const payload = `{"name":"Thử nghiệm","validFrom":2021,"blocks":{"department":${JSON.stringify(band)},${JSON.stringify(code)}:${JSON.stringify(band)}}}`;
    const res = await t.req(secretariat, { method: 'PUT', url: '/api/classification-schemes/thu-nghiem', headers: { 'content-type': 'application/json' }, payload });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path).join(' ')).toMatch(/blocks/);
    expect(await count('classification_schemes')).toBe(before);
    expect((await t.req(secretariat, { method: 'GET', url: '/api/classification-schemes' })).statusCode).toBe(200);
    await expectParYearWorks();
  });
});

describe('other codes that name an object property', () => {
  it.each(HOSTILE)('ratings: refuses rating and kind "%s" (entry and import), saving nothing', async (code) => {
    const before = await count('ratings');
    const unit = (await t.unit('SNV-CCHC')).id;
    expect400(await t.req(secretariat, { method: 'PUT', url: `/api/ratings/2021/units/${unit}`, payload: { overall: code } }), 'overall');
    const rows = [
      ['Năm', 'Đối tượng', 'Mã đơn vị', 'Tên đơn vị', 'Mã cá nhân', 'Họ và tên', 'Loại xếp loại', 'Xếp loại'],
      ['2021', 'Tập thể', 'SNV-CCHC', '', '', '', code, 'Hoàn thành tốt nhiệm vụ'],
      ['2021', code, 'SNV-CCHC', '', '', '', '', code],
    ];
    const res = await t.req(secretariat, { method: 'POST', url: '/api/ratings/import', query: { year: '2021', format: 'csv', dryRun: 'false' }, headers: { 'content-type': 'text/csv' }, payload: toCsv(rows[0], rows.slice(1)) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().ok).toBe(false);
    expect(res.json().errors.map((e: { row: number }) => e.row)).toEqual(expect.arrayContaining([2, 3]));
    expect(await count('ratings')).toBe(before);
    expect((await t.req(secretariat, { method: 'GET', url: '/api/ratings', query: { year: '2021' } })).statusCode).toBe(200);
  });

  it.each(HOSTILE)('what-if: refuses criterion code "%s" with 400 on the overrides', async (code) => {
    const payload = `{"overrides":{"criteria":{${JSON.stringify(code)}:{"classes":["excellent","good"]}}},"inputs":[]}`;
    const res = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/eligibility/what-if`, headers: { 'content-type': 'application/json' }, payload });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields[0].path).toMatch(/^overrides/);
    expect((await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility` })).statusCode).toBe(200);
  });

  it.each(HOSTILE)('eligibility and registration lists: refuse group, result and status "%s"', async (code) => {
    expect400(await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility`, query: { group: code } }), 'group');
    expect400(await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility`, query: { verdict: code } }), 'verdict');
    expect400(await t.req(secretariat, { method: 'GET', url: '/api/campaigns', query: { status: code } }), 'status');
  });

  it.each(HOSTILE)('campaigns: refuse status, legal basis, collective kind and award form "%s", saving nothing', async (code) => {
    const before = await count('campaigns');
    expect400(await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/status`, payload: { status: code } }), 'status');
    const definitions = [
      { ...kh34Campaign, legalBasis: code },
      { ...kh34Campaign, participants: { ...kh34Campaign.participants, collectiveKinds: [code] } },
    ];
    for (const definition of definitions) {
      const res = await t.req(secretariat, { method: 'POST', url: '/api/campaigns', payload: { eraId: ERA_KG_2020, definition } });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.fields[0].path).toMatch(/^definition\./);
    }
    expect(await count('campaigns')).toBe(before);
    expect((await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}` })).statusCode).toBe(200);
  });

  it.each(HOSTILE)('users and org units: refuse role and unit kind "%s" (entry and import), saving nothing', async (code) => {
    const users = await count('users');
    const units = await count('org_units');
    expect400(await t.req(admin, { method: 'POST', url: '/api/users', payload: { username: `thu.${HOSTILE.indexOf(code)}`, fullName: 'Nguyễn Văn A', role: code, orgUnitId: (await t.unit('30904')).id } }), 'role');
    expect400(await t.req(admin, { method: 'GET', url: '/api/users', query: { role: code } }), 'role');
    expect400(await t.req(admin, { method: 'POST', url: '/api/org-units', payload: { eraId: ERA_KG_2020, code: 'T-1', name: 'Đơn vị thử', kind: code, parentId: (await t.unit('906')).id, validFrom: '2020-01-01' } }), 'kind');
    const rows = [
      ['Mã đơn vị', 'Tên đơn vị', 'Tên viết tắt', 'Loại đơn vị', 'Loại hành chính', 'Cấp chuyên trách CCHC', 'Mã đơn vị cấp trên', 'Hiệu lực từ', 'Hiệu lực đến'],
      ['T-2', 'Đơn vị thử', '', code, code, code, '906', '01/01/2020', ''],
    ];
    const res = await t.req(admin, { method: 'POST', url: '/api/org-units/import', query: { eraId: ERA_KG_2020, format: 'csv', dryRun: 'false' }, headers: { 'content-type': 'text/csv' }, payload: toCsv(rows[0], rows.slice(1)) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().ok).toBe(false);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('Loại đơn vị');
    expect(await count('users')).toBe(users);
    expect(await count('org_units')).toBe(units);
    expect((await t.req(admin, { method: 'GET', url: '/api/org-units', query: { eraId: ERA_KG_2020 } })).statusCode).toBe(200);
  });
});

describe('after every refusal', () => {
  it('publishes the 2021 ranking, then still lists, exports and charts it', async () => {
    const res = await t.req(secretariat, { method: 'POST', url: '/api/par-results/2021/publication', payload: { decisionNumber: '999/QĐ-UBND', decisionDate: '2022-05-06', signer: 'Chủ tịch UBND tỉnh' } });
    expect(res.statusCode, res.body).toBe(201);
    expect((await t.req(secretariat, { method: 'GET', url: '/api/par-results/2021/publication' })).statusCode).toBe(200);
    await expectParYearWorks();
  });
});
