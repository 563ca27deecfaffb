import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { auditEvents, users } from '../../../db/schema';
import { parseCsv } from '../../../documents/tabular/csv';
import { hashPassword } from '../../kit/passwords';
import { createPerson, kh34CampaignId, register } from '../../kit/testing/eligibilityFixtures';
import { createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../../kit/testing/testApp';

const NOW = new Date('2021-05-10T03:00:00Z');

let t: TestApp;
let secretariat: Session;
let headSNV: Session;
let campaignId: string;
let person: string;

type Condition = { code: string; verdict: string; explanation: string; ref: { clause: string } };
type Item = { kind: string; person: { id: string } | null; result: { eligible: boolean; verdict: string; summary: string; conditions: Condition[] } };

const confirm = (as: Session, body: unknown, personId = person) =>
  t.req(as, { method: 'PUT', url: `/api/ratings/2020/people/${personId}/par-task-confirmation`, payload: body as Record<string, unknown> });
const individual = async () => {
  const res = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility`, query: { pageSize: '500' } });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: Item[] }).items.find((i) => i.kind === 'individual' && i.person?.id === person)!.result;
};
const parTasks = (result: { conditions: Condition[] }) => result.conditions.find((c) => c.code === 'individual.parTasksExcellent')!;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  const db = t.database.db;
  secretariat = await t.login('secretariat');
  campaignId = await kh34CampaignId(db);
  const snv = await t.unit('SNV');
  await db.insert(users).values({ username: 'headsnv', fullName: 'Giám đốc Sở Nội vụ', role: 'unit_head', orgUnitId: snv.id, passwordHash: await hashPassword(TEST_PASSWORD) });
  headSNV = await t.login('headsnv');
  person = await createPerson(db, snv.id, 'Lê Văn Cường');
  // Sở Nội vụ meets A (excellent, registered, attested); its person is registered and rated "tốt": only the head's
  // confirmation is missing.
  await register(db, { campaignId, orgUnitId: snv.id, status: 'submitted', individuals: [{ personId: person }] });
  await t.req(secretariat, { method: 'PUT', url: `/api/campaigns/${campaignId}/attestations/${snv.id}`, payload: { compliance: true, solidarity: true } });
  await t.req(secretariat, { method: 'PUT', url: `/api/par-results/2020/${snv.id}`, payload: { selfScore: null, appraisedScore: 72.5, surveyScore: 19 } });
  await t.req(secretariat, { method: 'PUT', url: `/api/ratings/2020/people/${person}`, payload: { overall: 'good' } });
  const published = await t.req(secretariat, { method: 'POST', url: '/api/par-results/2020/publication', payload: { decisionNumber: '1234/QĐ-UBND', decisionDate: '2021-05-07', signer: 'Phó Chủ tịch UBND tỉnh' } });
  expect(published.statusCode, published.body).toBe(201);
});
afterAll(async () => t?.close());

describe("the head's confirmation of a person's excellent CCHC tasks (III.1.b)", () => {
  it('leaves the person undecided until the head confirms', async () => {
    const result = await individual();
    expect(result.verdict).toBe('unknown');
    expect(parTasks(result).verdict).toBe('unknown');
  });

  it('makes the person eligible with the clause once the head of their unit confirms, with the priority shown', async () => {
    const res = await confirm(headSNV, { excellent: true, directlyDoesParWork: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ excellent: true, directlyDoesParWork: true, change: 'created' });
    const result = await individual();
    expect(result).toMatchObject({ eligible: true, verdict: 'pass' });
    expect(parTasks(result)).toMatchObject({ verdict: 'pass', ref: { clause: 'Gạch đầu dòng 2, Điểm b, Khoản 1, Mục III' } });
    expect(parTasks(result).explanation).toContain('thuộc diện ưu tiên');
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'parTaskConfirmation.create'), eq(auditEvents.entityType, 'parTaskConfirmation')));
    expect(audit).toMatchObject({ actorUsername: 'headsnv', after: expect.objectContaining({ year: 2020, personId: person, excellent: true }) });
  });

  it('lists the confirmation in scope only', async () => {
    const mine = await t.req(headSNV, { method: 'GET', url: '/api/ratings/2020/par-task-confirmations' });
    expect(mine.json()).toEqual([expect.objectContaining({ personId: person, fullName: 'Lê Văn Cường', excellent: true, directlyDoesParWork: true })]);
    const other = await t.req(await t.login('headTTGR'), { method: 'GET', url: '/api/ratings/2020/par-task-confirmations' });
    expect(other.json()).toEqual([]);
  });

  it('refuses the head of another unit (404) and an officer (403); the confirmation stays', async () => {
    expect((await confirm(await t.login('headTTGR'), { excellent: false })).statusCode).toBe(404);
    expect((await confirm(await t.login('officerSNV'), { excellent: false })).statusCode).toBe(403);
    expect(parTasks(await individual()).verdict).toBe('pass');
  });

  it('answers bad input with a Vietnamese message naming the field', async () => {
    const res = await confirm(headSNV, { excellent: 'có' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Thực hiện xuất sắc các nhiệm vụ CCHC được giao');
    expect((await confirm(headSNV, { excellent: true }, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('a "không" makes the person not eligible, naming the condition and its clause; removing it makes them undecided again', async () => {
    expect((await confirm(headSNV, { excellent: false })).json()).toMatchObject({ change: 'updated' });
    const refused = await individual();
    expect(refused.verdict).toBe('fail');
    expect(refused.summary).toContain('không đạt điều kiện “Thực hiện xuất sắc các nhiệm vụ CCHC được giao” (Gạch đầu dòng 2, Điểm b, Khoản 1, Mục III)');
    expect((await confirm(secretariat, { excellent: null })).json()).toMatchObject({ change: 'deleted' });
    expect((await individual()).verdict).toBe('unknown');
    const actions = (await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityType, 'parTaskConfirmation'))).map((a) => a.action);
    expect(actions.sort()).toEqual(['parTaskConfirmation.create', 'parTaskConfirmation.delete', 'parTaskConfirmation.update']);
  });

  it('travels in the ratings export and import as a column on the person’s row, audited', async () => {
    const csv = (body: string) => ({ headers: { 'content-type': 'text/csv' }, payload: body });
    const imported = await t.req(secretariat, {
      method: 'POST',
      url: '/api/ratings/import',
      query: { year: '2020', format: 'csv', dryRun: 'false' },
      ...csv(`Mã đơn vị,Mã cá nhân,Xếp loại,Thực hiện xuất sắc nhiệm vụ CCHC được giao,Trực tiếp thực hiện nhiệm vụ CCHC\nSNV,${person},,Có,Không\n`),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ ok: true, created: 1 });
    // The blank "Xếp loại" kept the rating; the confirmation makes the person eligible.
    expect(await individual()).toMatchObject({ eligible: true });
    const exported = await t.req(secretariat, { method: 'GET', url: '/api/ratings/export', query: { year: '2020', format: 'csv' } });
    const [header, ...rows] = parseCsv(exported.body);
    const at = (name: string) => header.indexOf(name);
    const row = rows.find((r) => r[at('Mã cá nhân')] === person)!;
    expect([row[at('Xếp loại')], row[at('Thực hiện xuất sắc nhiệm vụ CCHC được giao')], row[at('Trực tiếp thực hiện nhiệm vụ CCHC')]]).toEqual(['Hoàn thành tốt nhiệm vụ', 'Có', 'Không']);
    const [audit] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'parTaskConfirmation.create')).orderBy(desc(auditEvents.at)).limit(1);
    expect(audit.after).toMatchObject({ personId: person, excellent: true, directlyDoesParWork: false });
  });
});
