import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/db/client';
import { ERA_KG_2020 } from '../../src/db/seed/orgTreeSeed';
import { toCsv } from '../../src/documents/tabular/csv';
import { buildApp } from '../../src/server/app';
import { testConfig } from '../../src/server/config';
import { createPerson, kh34CampaignId } from '../../src/server/kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../src/server/kit/testing/testApp';

/**
 * The first write of a record, sent twice at the same moment — two tabs, a double click, two app nodes behind a
 * load balancer — must never answer 5xx, and must leave exactly one row: either both succeed (an upsert, the
 * second one updating what the first created) or one succeeds and the other is told in Vietnamese (409).
 *
 * On PostgreSQL (TEST_DATABASE_URL) the requests go to two app nodes with their own connection pools, as two
 * processes would, so the transactions really overlap; on PGlite (one connection, one transaction at a time) the
 * same requests go through Promise.all to two apps on the one database.
 */
const ROUNDS = 6;

/** Registration is open until 31/03/2020 23:59 +07:00; late acceptance after it; the 2020 ranking is published in May 2021. */
let clock = new Date('2020-03-20T09:00:00+07:00');
const now = () => clock;

let t: TestApp;
let second: Database | null = null;
let nodeB: FastifyInstance;
let campaignId: string;
const NAMES = ['secretariat', 'admin', 'aggregatorGR', 'officerTTGR', 'officerHD', 'officerSNV'] as const;
const s = {} as Record<(typeof NAMES)[number], Session>;

beforeAll(async () => {
  t = await createTestApp({}, { now });
  const url = (t.database.pool?.options as { connectionString?: string } | undefined)?.connectionString;
  second = url ? await openDatabase({ kind: 'postgres', url, poolSize: 5 }) : null;
  nodeB = await buildApp(second ?? t.database, testConfig(), { now });
  for (const name of NAMES) s[name] = await t.login(name);
  campaignId = await kh34CampaignId(t.database.db);
});
afterAll(async () => {
  await nodeB?.close();
  await second?.close();
  await t?.close();
});

/** The same request, as the same user, sent to node A and node B at once (and once more to A on PostgreSQL). */
async function atOnce(as: Session, options: InjectOptions | (() => InjectOptions)): Promise<LightMyRequestResponse[]> {
  const make = () => {
    const o = typeof options === 'function' ? options() : options;
    return { ...o, headers: { cookie: as.cookie, 'x-csrf-token': as.csrf, ...(o.headers ?? {}) } };
  };
  const nodes = second ? [t.app, nodeB, t.app] : [t.app, nodeB];
  return Promise.all(nodes.map((node) => node.inject(make())));
}

const count = async (query: ReturnType<typeof sql>) => (await t.database.db.execute(query)).rows[0].n as number;

/** No 5xx; every answer is a success or a Vietnamese 409; at least one success. */
function expectNoServerError(responses: LightMyRequestResponse[], success: number) {
  for (const res of responses) {
    expect(res.statusCode, res.body).toBeLessThan(500);
    if (res.statusCode !== success) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.message).toMatch(/[ăâđêôơưạảãáàếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ]/i);
    }
  }
  expect(responses.some((r) => r.statusCode === success), responses.map((r) => r.body).join('\n')).toBe(true);
}

const DEPARTMENTS = ['SNV', 'STP', 'STC', 'SCT', 'SXD', 'SYT', 'SGDDT', 'STNMT'];
const COMMUNES = ['30904', '30817', '30907', '30910', '30913', '30916', '30919', '30922'];

describe('first writes at once: upserts (every writer succeeds, one row)', () => {
  it('ratings of a unit', async () => {
    for (const code of DEPARTMENTS.slice(0, ROUNDS)) {
      const unit = (await t.unit(code)).id;
      const responses = await atOnce(s.secretariat, { method: 'PUT', url: `/api/ratings/2020/units/${unit}`, payload: { overall: 'good' } });
      expectNoServerError(responses, 200);
      expect(responses.every((r) => r.statusCode === 200)).toBe(true);
      expect(await count(sql`select count(*)::int as n from ratings where year = 2020 and org_unit_id = ${unit} and person_id is null`)).toBe(1);
    }
  });

  it('ratings of a person, and the same ratings file imported twice', async () => {
    const unit = (await t.unit('30904')).id;
    for (let i = 0; i < ROUNDS; i += 1) {
      const person = await createPerson(t.database.db, unit, `Người thứ ${i}`);
      expectNoServerError(await atOnce(s.secretariat, { method: 'PUT', url: `/api/ratings/2021/people/${person}`, payload: { overall: 'outstanding' } }), 200);
      expect(await count(sql`select count(*)::int as n from ratings where person_id = ${person}`)).toBe(1);
    }
    const rows = [['Năm', 'Đối tượng', 'Mã đơn vị', 'Tên đơn vị', 'Mã cá nhân', 'Họ và tên', 'Loại xếp loại', 'Xếp loại'], ...DEPARTMENTS.map((code) => ['2022', 'Tập thể', code, '', '', '', 'Xếp loại chất lượng', 'Hoàn thành tốt nhiệm vụ'])];
    const responses = await atOnce(s.secretariat, { method: 'POST', url: '/api/ratings/import', query: { year: '2022', format: 'csv', dryRun: 'false' }, headers: { 'content-type': 'text/csv' }, payload: toCsv(rows[0], rows.slice(1)) });
    expectNoServerError(responses, 200);
    expect(await count(sql`select count(*)::int as n from ratings where year = 2022`)).toBe(DEPARTMENTS.length);
  });

  it('PAR scores of a unit', async () => {
    for (const code of DEPARTMENTS.slice(0, ROUNDS)) {
      const unit = (await t.unit(code)).id;
      const responses = await atOnce(s.secretariat, { method: 'PUT', url: `/api/par-results/2020/${unit}`, payload: { selfScore: null, appraisedScore: 70, surveyScore: 20 } });
      expectNoServerError(responses, 200);
      expect(await count(sql`select count(*)::int as n from par_results where year = 2020 and org_unit_id = ${unit}`)).toBe(1);
    }
  });

  it('attestations and commune recognitions', async () => {
    for (const code of COMMUNES.slice(0, ROUNDS)) {
      const unit = (await t.unit(code)).id;
      expectNoServerError(await atOnce(s.secretariat, { method: 'PUT', url: `/api/campaigns/${campaignId}/attestations/${unit}`, payload: { compliance: true, solidarity: true } }), 200);
      expectNoServerError(await atOnce(s.secretariat, { method: 'PUT', url: `/api/campaigns/${campaignId}/recognitions/${unit}`, payload: { decisionReference: '125/QĐ-UBND', recognisedAt: '2021-01-15' } }), 200);
      expect(await count(sql`select count(*)::int as n from attestations where org_unit_id = ${unit}`)).toBe(1);
      expect(await count(sql`select count(*)::int as n from commune_recognitions where commune_unit_id = ${unit}`)).toBe(1);
    }
  });

  it('Giấy khen criteria of an issuer', async () => {
    for (const [as, code] of [[s.officerSNV, 'SNV'], [s.aggregatorGR, '906']] as const) {
      const unit = (await t.unit(code)).id;
      const responses = await atOnce(as, { method: 'PUT', url: `/api/campaigns/${campaignId}/unit-merit-criteria/${unit}`, payload: { criteria: [{ code: '1', text: 'Hoàn thành xuất sắc nhiệm vụ' }] } });
      expectNoServerError(responses, 200);
      expect(await count(sql`select count(*)::int as n from unit_merit_criteria where issuer_unit_id = ${unit}`)).toBe(1);
    }
  });

  it('holiday calendars and classification schemes', async () => {
    for (let i = 0; i < ROUNDS; i += 1) {
      const year = 2040 + i;
      expectNoServerError(await atOnce(s.secretariat, { method: 'PUT', url: `/api/holiday-calendars/${year}`, payload: { holidays: [{ date: `${year}-01-01`, name: 'Tết Dương lịch' }], compensatoryWorkdays: [] } }), 200);
      expect(await count(sql`select count(*)::int as n from holiday_calendars where year = ${year}`)).toBe(1);
      const band = { maxPoints: 100, bands: [{ classification: 'excellent', minPercent: 90 }, { classification: 'weak', minPercent: 0 }] };
      expectNoServerError(await atOnce(s.secretariat, { method: 'PUT', url: `/api/classification-schemes/thu-${i}`, payload: { name: `Thử ${i}`, validFrom: 2090 + i, blocks: { department: band } } }), 200);
      expect(await count(sql`select count(*)::int as n from classification_schemes where id = ${`thu-${i}`}`)).toBe(1);
    }
  });
});

describe('first writes at once: one succeeds, the others are told (409)', () => {
  it('a registration of a unit', async () => {
    const units: [Session, string][] = [[s.officerTTGR, '30904'], [s.officerHD, '30817'], [s.officerSNV, 'SNV'], [s.aggregatorGR, '906'], [s.aggregatorGR, '906-PNV']];
    for (const [as, code] of units) {
      const unit = (await t.unit(code)).id;
      const responses = await atOnce(as, { method: 'POST', url: `/api/campaigns/${campaignId}/registrations`, payload: { orgUnitId: unit, content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020', individuals: [] } });
      expectNoServerError(responses, 201);
      expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
      expect(await count(sql`select count(*)::int as n from registrations where campaign_id = ${campaignId} and org_unit_id = ${unit}`)).toBe(1);
    }
  });

  it('a registration imported twice at once', async () => {
    const rows = [['Mã đơn vị', 'Tên đơn vị', 'Nội dung đăng ký tập thể', 'Họ và tên', 'Chức vụ', 'Nội dung đăng ký cá nhân'], ['906', '', '', 'Đặng Văn Tâm', 'Phó Chủ tịch UBND huyện', '']];
    const responses = await atOnce(s.aggregatorGR, { method: 'POST', url: `/api/campaigns/${campaignId}/registrations/import`, query: { format: 'csv', dryRun: 'false' }, headers: { 'content-type': 'text/csv' }, payload: toCsv(rows[0], rows.slice(1)) });
    expectNoServerError(responses, 200);
    expect(await count(sql`select count(*)::int as n from people where full_name = 'Đặng Văn Tâm'`)).toBe(1);
  });

  it('a late registration accepted twice at once', async () => {
    clock = new Date('2020-04-05T09:00:00+07:00');
    for (const code of ['30907', '30910', '30913']) {
      const unit = (await t.unit(code)).id;
      const responses = await atOnce(s.secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/late-registrations`, payload: { orgUnitId: unit, reason: 'Gửi qua bưu điện ngày 30/3/2020' } });
      expectNoServerError(responses, 200);
      expect(await count(sql`select count(*)::int as n from registrations where campaign_id = ${campaignId} and org_unit_id = ${unit}`)).toBe(1);
    }
  });

  it('the province consolidation recorded twice at once', async () => {
    const responses = await atOnce(s.secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/consolidations/province`, payload: { note: 'Báo cáo UBND tỉnh' } });
    for (const res of responses) expect(res.statusCode, res.body).toBeLessThan(500);
    expect(await count(sql`select count(*)::int as n from registration_summaries where campaign_id = ${campaignId}`)).toBe(1);
  });

  it('a user, an org unit and an org-unit file with the same new code', async () => {
    const parent = (await t.unit('906')).id;
    for (let i = 0; i < ROUNDS; i += 1) {
      const user = await atOnce(s.admin, { method: 'POST', url: '/api/users', payload: { username: `dongthoi${i}`, fullName: 'Nguyễn Văn A', role: 'unit_officer', orgUnitId: parent } });
      expectNoServerError(user, 201);
      expect(user.filter((r) => r.statusCode === 201)).toHaveLength(1);
      expect(await count(sql`select count(*)::int as n from users where username = ${`dongthoi${i}`}`)).toBe(1);
      const unit = await atOnce(s.admin, { method: 'POST', url: '/api/org-units', payload: { eraId: ERA_KG_2020, code: `DT-${i}`, name: `Đơn vị đồng thời ${i}`, kind: 'commune', parentId: parent, validFrom: '2020-01-01' } });
      expectNoServerError(unit, 201);
      expect(unit.filter((r) => r.statusCode === 201)).toHaveLength(1);
      expect(await count(sql`select count(*)::int as n from org_units where code = ${`DT-${i}`}`)).toBe(1);
      const rows = [
        ['Mã đơn vị', 'Tên đơn vị', 'Tên viết tắt', 'Loại đơn vị', 'Loại hành chính', 'Cấp chuyên trách CCHC', 'Mã đơn vị cấp trên', 'Hiệu lực từ', 'Hiệu lực đến'],
        [`NK-${i}`, `Xã nhập ${i}`, '', 'commune', 'xa', '', '906', '01/01/2020', ''],
      ];
      const file = await atOnce(s.admin, { method: 'POST', url: '/api/org-units/import', query: { eraId: ERA_KG_2020, format: 'csv', dryRun: 'false' }, headers: { 'content-type': 'text/csv' }, payload: toCsv(rows[0], rows.slice(1)) });
      expectNoServerError(file, 200);
      expect(await count(sql`select count(*)::int as n from org_units where code = ${`NK-${i}`}`)).toBe(1);
    }
  });

  it('the publication of a year', async () => {
    clock = new Date('2021-05-10T10:00:00+07:00');
    const responses = await atOnce(s.secretariat, { method: 'POST', url: '/api/par-results/2020/publication', payload: { decisionNumber: '1234/QĐ-UBND', decisionDate: '2021-05-07', signer: 'Phó Chủ tịch UBND tỉnh' } });
    expectNoServerError(responses, 201);
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(await count(sql`select count(*)::int as n from par_publications where year = 2020`)).toBe(1);
  });
});
