import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { parseCsv } from '../../../documents/tabular/csv';
import { createPerson, kh34CampaignId, register } from '../../kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

const NOW = new Date('2021-05-10T03:00:00Z');

let t: TestApp;
let secretariat: Session;
let campaignId: string;
let personSNV: string;

type Item = { kind: string; orgUnit: { code: string }; person: { fullName: string } | null; result: { eligible: boolean; verdict: string; summary: string; preconditions: { code: string; verdict: string }[]; bases: { basis: string; verdict: string; ref: { clause: string }; explanation: string }[]; missing: string[] } };

const unitId = async (code: string) => (await t.unit(code)).id;
const attest = (code: string, body: Record<string, boolean | null>) =>
  unitId(code).then((id) => t.req(secretariat, { method: 'PUT', url: `/api/campaigns/${campaignId}/attestations/${id}`, payload: body }));
const score = (code: string, appraisedScore: number, surveyScore: number) =>
  unitId(code).then((id) => t.req(secretariat, { method: 'PUT', url: `/api/par-results/2020/${id}`, payload: { selfScore: null, appraisedScore, surveyScore } }));
const list = async (as: Session, query: Record<string, string> = {}) => {
  const res = await t.req(as, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility`, query: { pageSize: '500', ...query } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Item[]; publication: unknown; counts: Record<string, Record<string, number>> };
};
const collective = (items: Item[], code: string) => items.find((i) => i.kind === 'collective' && i.orgUnit.code === code)!;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  const db = t.database.db;
  secretariat = await t.login('secretariat');
  campaignId = await kh34CampaignId(db);
  personSNV = await createPerson(db, await unitId('SNV'), 'Trần Thị Bích');
  // SNV: registered, attested, excellent → eligible under A. STP: excellent but only a draft registration.
  // STC: registered and excellent, no attestation. SCT: registered, attested, "tốt" (what-if material).
  await register(db, { campaignId, orgUnitId: await unitId('SNV'), status: 'submitted', individuals: [{ personId: personSNV, parTasksExcellent: true, directlyDoesParWork: true }] });
  await register(db, { campaignId, orgUnitId: await unitId('STP'), status: 'draft' });
  await register(db, { campaignId, orgUnitId: await unitId('STC'), status: 'accepted' });
  await register(db, { campaignId, orgUnitId: await unitId('SCT'), status: 'accepted' });
  await register(db, { campaignId, orgUnitId: await unitId('30904'), status: 'forwarded' });
  await register(db, { campaignId, orgUnitId: await unitId('906'), status: 'submitted' });
  await register(db, { campaignId, orgUnitId: await unitId('30817'), status: 'submitted' });
  for (const code of ['SNV', 'STP', 'SCT']) await attest(code, { compliance: true, solidarity: true });
  await score('SNV', 72.5, 19);
  await score('STP', 72, 19);
  await score('STC', 73, 19);
  await score('SCT', 65, 17);
  await t.req(secretariat, { method: 'PUT', url: `/api/ratings/2020/people/${personSNV}`, payload: { overall: 'good' } });
});
afterAll(async () => t?.close());

describe('eligibility before the ranking is published', () => {
  it('leaves the PAR class unknown, so nobody is eligible yet', async () => {
    const body = await list(secretariat);
    expect(body.publication).toBeNull();
    const snv = collective(body.items, 'SNV');
    expect(snv.result).toMatchObject({ eligible: false, verdict: 'unknown' });
    expect(snv.result.missing).toContain('Xếp hạng Chỉ số CCHC năm 2020');
  });
});

describe('eligibility after publication', () => {
  beforeAll(async () => {
    const res = await t.req(secretariat, { method: 'POST', url: '/api/par-results/2020/publication', payload: { decisionNumber: '1234/QĐ-UBND', decisionDate: '2021-05-07', signer: 'Phó Chủ tịch UBND tỉnh' } });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('finds an excellent, registered, attested department eligible, explaining with the clauses', async () => {
    const snv = collective((await list(secretariat)).items, 'SNV');
    expect(snv.result).toMatchObject({ eligible: true, verdict: 'pass' });
    const basisA = snv.result.bases.find((b) => b.basis === 'A')!;
    expect(basisA).toMatchObject({ verdict: 'pass', ref: { clause: 'Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III' } });
    expect(basisA.explanation).toMatch(/Xuất sắc/);
    expect(snv.result.summary).toMatch(/đủ điều kiện đề nghị Bằng khen của Chủ tịch UBND tỉnh/);
    expect(snv.result.preconditions.map((p) => p.verdict)).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('finds a department with only a draft registration not eligible', async () => {
    const stp = collective((await list(secretariat)).items, 'STP');
    expect(stp.result).toMatchObject({ eligible: false, verdict: 'fail' });
    expect(stp.result.preconditions.find((p) => p.code === 'collective.registered')!.verdict).toBe('fail');
  });

  it('leaves a department without attestations unknown, never eligible', async () => {
    const stc = collective((await list(secretariat)).items, 'STC');
    expect(stc.result).toMatchObject({ eligible: false, verdict: 'unknown' });
    expect(stc.result.missing.join(' ')).toMatch(/Xác nhận của thủ trưởng đơn vị/);
  });

  it('recomputes on every request: an attestation entered now makes it eligible', async () => {
    await attest('STC', { compliance: true, solidarity: true });
    expect(collective((await list(secretariat)).items, 'STC').result.eligible).toBe(true);
  });

  it('evaluates the registered individuals with their unit', async () => {
    const body = await list(secretariat, { kind: 'individual' });
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ person: { fullName: 'Trần Thị Bích' }, orgUnit: { code: 'SNV' }, result: { eligible: true } });
  });

  it('gives a commune officer only their own commune, and the district aggregator its district and communes', async () => {
    const officer = await list(await t.login('officerTTGR'));
    expect(officer.items.map((i) => i.orgUnit.code)).toEqual(['30904']);
    const aggregator = await list(await t.login('aggregatorGR'));
    expect(aggregator.items.map((i) => i.orgUnit.code).sort()).toEqual(['30904', '906']);
    expect(officer.counts.collective.pass + officer.counts.collective.fail + officer.counts.collective.unknown).toBe(1);
  });

  it('filters by group and by district on the server, before paging', async () => {
    const codes = (body: { items: Item[] }) => body.items.map((i) => `${i.kind}:${i.orgUnit.code}`).sort();
    expect(codes(await list(secretariat, { group: 'department' }))).toEqual(['collective:SCT', 'collective:SNV', 'collective:STC', 'collective:STP']);
    expect(codes(await list(secretariat, { group: 'commune' }))).toEqual(['collective:30817', 'collective:30904']);
    expect(codes(await list(secretariat, { group: 'individual' }))).toEqual(['individual:SNV']);
    const gr = await unitId('906');
    // The district itself and everything under it (its communes), not Hòn Đất's commune.
    expect(codes(await list(secretariat, { districtId: gr }))).toEqual(['collective:30904', 'collective:906']);
    expect(codes(await list(secretariat, { districtId: gr, group: 'commune' }))).toEqual(['collective:30904']);
    const paged = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility`, query: { group: 'department', pageSize: '3', page: '2' } });
    expect(paged.json()).toMatchObject({ total: 4, page: 2 });
    expect(paged.json().items).toHaveLength(1);
    // A district filter only narrows the caller's scope: a commune officer still sees just its commune.
    expect(codes(await list(await t.login('officerTTGR'), { districtId: gr }))).toEqual(['collective:30904']);
    const csv = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility/export`, query: { format: 'csv', districtId: gr } });
    expect(parseCsv(csv.body).slice(1).map((r) => r[1]).sort()).toEqual(['30904', '906']);
  });

  it('refuses a district filter that is not a district, naming the field', async () => {
    for (const districtId of [await unitId('30904'), '00000000-0000-4000-8000-000000000000']) {
      const res = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility`, query: { districtId } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ path: 'districtId' });
      expect(res.json().error.message).toContain('Huyện');
    }
    const bad = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility`, query: { group: 'province' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('group');
  });

  it('exports the results with a line per nominee', async () => {
    const res = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility/export`, query: { format: 'csv' } });
    expect(res.statusCode).toBe(200);
    const rows = parseCsv(res.body);
    expect(rows[0].slice(0, 6)).toEqual(['Đối tượng', 'Mã đơn vị', 'Tên đơn vị', 'Họ và tên', 'Chức vụ', 'Kết quả']);
    expect(rows.find((r) => r[1] === 'SNV' && r[0] === 'Tập thể')![5]).toBe('Đủ điều kiện');
    const officerCsv = await t.req(await t.login('officerTTGR'), { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility/export`, query: { format: 'csv' } });
    expect(parseCsv(officerCsv.body).slice(1).map((r) => r[1])).toEqual(['30904']);
  });
});

describe('what-if', () => {
  async function counts() {
    return (
      await t.database.db.execute(
        sql`select (select count(*) from registrations)::int as r, (select count(*) from attestations)::int as a, (select count(*) from ratings)::int as k,
                   (select count(*) from audit_events)::int as e, (select count(*) from par_publications)::int as p`,
      )
    ).rows[0];
  }

  it('shows who gains when "tốt" is accepted, and who loses with a changed input, saving nothing', async () => {
    const before = await counts();
    const res = await t.req(secretariat, {
      method: 'POST',
      url: `/api/campaigns/${campaignId}/eligibility/what-if`,
      payload: {
        overrides: { criteria: { 'collective.A.parClass': { classes: ['excellent', 'good'] } } },
        inputs: [{ kind: 'collective', orgUnitId: await unitId('SNV'), set: { compliance: false } }],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.saved).toBe(false);
    expect(body.gained.map((c: { nominee: { name: string } }) => c.nominee.name)).toEqual(['Sở Công Thương']);
    // SNV loses; its member keeps eligibility: III.1.b asks that the unit be in the excellent group, not attested.
    expect(body.lost.map((c: { nominee: { name: string } }) => c.nominee.name)).toEqual(['Sở Nội vụ']);
    expect(body.changedResults.map((r: { orgUnit: { code: string } }) => r.orgUnit.code).sort()).toEqual(['SCT', 'SNV']);
    expect(await counts()).toEqual(before);
    expect(collective((await list(secretariat)).items, 'SNV').result.eligible).toBe(true);
  });

  it('refuses an override naming no criterion, naming the field', async () => {
    const res = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/eligibility/what-if`, payload: { overrides: { criteria: { 'khong.co': { minRating: 'good' } } } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'overrides.criteria' });
    expect(res.json().error.fields[0].message).toMatch(/khong\.co/);
  });

  it('refuses a patch for someone not registered', async () => {
    const res = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/eligibility/what-if`, payload: { overrides: {}, inputs: [{ kind: 'collective', orgUnitId: await unitId('SYT'), set: { rating: 'good' } }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('inputs.0.orgUnitId');
  });
});
