import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents, orgUnits } from '../../../db/schema';
import { kh34CampaignId, register } from '../../kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

const NOW = new Date('2021-05-20T03:00:00Z');

let t: TestApp;
let secretariat: Session;
let aggregatorGR: Session;
let campaignId: string;
let giongRieng: string;
let honDat: string;
let ttGiongRieng: string;
let ttHonDat: string;

type Basis = { basis: string; verdict: string; explanation: string; ref: { clause: string } };
type Item = { kind: string; orgUnit: { code: string }; result: { eligible: boolean; verdict: string; summary: string; bases: Basis[] } };

const communeResult = async () => {
  const res = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility`, query: { pageSize: '500' } });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: Item[] }).items.find((i) => i.kind === 'collective' && i.orgUnit.code === '30904')!.result;
};
const assess = (as: Session, districtId: string, communeId: string, body: Record<string, unknown>) =>
  t.req(as, { method: 'PUT', url: `/api/par-results/2020/districts/${districtId}/communes/${communeId}`, payload: body });
const publish = (as: Session, districtId: string) =>
  t.req(as, { method: 'POST', url: `/api/par-results/2020/districts/${districtId}/publication`, payload: { decisionNumber: '215/QĐ-UBND', decisionDate: '2021-05-18', signer: 'Chủ tịch UBND huyện Giồng Riềng' } });

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  const db = t.database.db;
  secretariat = await t.login('secretariat');
  aggregatorGR = await t.login('aggregatorGR');
  campaignId = await kh34CampaignId(db);
  giongRieng = (await t.unit('906')).id;
  ttGiongRieng = (await t.unit('30904')).id;
  ttHonDat = (await t.unit('30817')).id;
  [{ honDat }] = await db.select({ honDat: orgUnits.parentId }).from(orgUnits).where(eq(orgUnits.id, ttHonDat)) as { honDat: string }[];
  // Thị trấn Giồng Riềng: registered, attested, recognised by its district as its best commune; its CCHC class is
  // what the district has not published yet.
  await register(db, { campaignId, orgUnitId: ttGiongRieng, status: 'forwarded' });
  await t.req(secretariat, { method: 'PUT', url: `/api/campaigns/${campaignId}/attestations/${ttGiongRieng}`, payload: { compliance: true, solidarity: true } });
  const recognised = await t.req(aggregatorGR, { method: 'PUT', url: `/api/campaigns/${campaignId}/recognitions/${ttGiongRieng}`, payload: { decisionReference: '125/QĐ-UBND' } });
  expect(recognised.statusCode, recognised.body).toBe(200);
  // The province published its ranking (departments) before any commune class was entered: that no longer freezes B.
  await t.req(secretariat, { method: 'PUT', url: `/api/par-results/2020/${(await t.unit('SNV')).id}`, payload: { selfScore: null, appraisedScore: 72.5, surveyScore: 19 } });
  const published = await t.req(secretariat, { method: 'POST', url: '/api/par-results/2020/publication', payload: { decisionNumber: '1234/QĐ-UBND', decisionDate: '2021-05-07', signer: 'Phó Chủ tịch UBND tỉnh' } });
  expect(published.statusCode, published.body).toBe(201);
});
afterAll(async () => t?.close());

describe("communes' CCHC class from their district's publication (basis B)", () => {
  it('leaves B undecided while the district has published nothing', async () => {
    const b = (await communeResult()).bases.find((x) => x.basis === 'B')!;
    expect(b.verdict).toBe('unknown');
  });

  it('keeps a district’s entries to its own communes: another district’s commune is refused, another district answers 404', async () => {
    const notOurs = await assess(aggregatorGR, giongRieng, ttHonDat, { classification: 'excellent' });
    expect(notOurs.statusCode).toBe(400);
    expect(notOurs.body).toContain('không phải xã, phường, thị trấn của');
    expect((await assess(aggregatorGR, honDat, ttHonDat, { classification: 'excellent' })).statusCode).toBe(404);
    expect((await publish(aggregatorGR, honDat)).statusCode).toBe(404);
    // The province records its own blocks; the district assesses its communes.
    expect((await assess(secretariat, giongRieng, ttGiongRieng, { classification: 'excellent' })).statusCode).toBe(403);
  });

  it('reads B from the district’s publication: entered, then published with its decision, the commune becomes eligible', async () => {
    const entered = await assess(aggregatorGR, giongRieng, ttGiongRieng, { classification: 'excellent', totalPoints: 92.5 });
    expect(entered.statusCode, entered.body).toBe(200);
    // Entered but not published: not yet a result anyone may rely on.
    expect((await communeResult()).bases.find((x) => x.basis === 'B')!.verdict).toBe('unknown');

    const published = await publish(aggregatorGR, giongRieng);
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({ decisionNumber: '215/QĐ-UBND', resultCount: 1 });
    const result = await communeResult();
    expect(result).toMatchObject({ eligible: true, verdict: 'pass' });
    const b = result.bases.find((x) => x.basis === 'B')!;
    expect(b).toMatchObject({ verdict: 'pass', ref: { clause: 'Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III' } });
    expect(b.explanation).toContain('đánh giá CCHC năm 2020: Xuất sắc');

    const list = await t.req(await t.login('officerHD'), { method: 'GET', url: `/api/par-results/2020/districts/${giongRieng}/communes` });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({ publication: { decisionNumber: '215/QĐ-UBND', decisionDate: '2021-05-18' }, canEdit: false });
    expect(list.json().communes.find((c: { code: string }) => c.code === '30904')).toMatchObject({ classification: 'excellent', totalPoints: 92.5, rank: 1 });
    const actions = (await t.database.db.select({ action: auditEvents.action }).from(auditEvents)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['communeParResult.create', 'districtParPublication.create']));
  });

  it('freezes the district’s results once published, naming the decision', async () => {
    const late = await assess(aggregatorGR, giongRieng, ttGiongRieng, { classification: 'good' });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('Quyết định số 215/QĐ-UBND ngày 18/05/2021');
    expect((await publish(aggregatorGR, giongRieng)).statusCode).toBe(409);
  });

  it('answers bad input with the field named in Vietnamese', async () => {
    const res = await assess(aggregatorGR, giongRieng, ttGiongRieng, { classification: 'xuất sắc' });
    expect(res.statusCode).toBe(400);
  });
});
