import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { auditEvents, orgUnits } from '../../../db/schema';
import { kh34CampaignId } from '../../kit/testing/eligibilityFixtures';
import { createCommunes, makeEligibleUnit, unrecognise } from '../../kit/testing/nominationFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

const NOW = new Date('2021-05-10T03:00:00Z');
const COMMUNE_CLAUSE = 'Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III';

let t: TestApp;
let campaignId: string;
let secretariat: Session;
let aggregatorGR: Session;
let officerTTGR: Session;
let officerSNV: Session;
let officerHD: Session;

const unitId = async (code: string) => (await t.unit(code)).id;
/** The seeded communes of a district, in code order. */
async function communesOf(districtCode: string, n: number): Promise<{ id: string; name: string }[]> {
  const district = await unitId(districtCode);
  return t.database.db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, district), eq(orgUnits.kind, 'commune')))
    .orderBy(asc(orgUnits.code))
    .limit(n);
}
const propose = (as: Session, nomineeKind: 'unit' | 'person', nomineeId: string) =>
  t.req(as, { method: 'POST', url: `/api/campaigns/${campaignId}/nominations`, payload: { nomineeKind, nomineeId } });
const withdraw = (as: Session, id: string, reason = 'Đơn vị xin rút để đề nghị xã khác') =>
  t.req(as, { method: 'POST', url: `/api/nominations/${id}/withdraw`, payload: { reason } });
/** Sở Nội vụ selects typical collectives (Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III). */
const select = (unitIds: string[]) => t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/selections`, payload: { unitIds } });
const overview = async (as: Session) => {
  const res = await t.req(as, { method: 'GET', url: `/api/campaigns/${campaignId}/nominations`, query: { candidatePageSize: '200' } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

let gr: { id: string; name: string }[];
let ct: { id: string; name: string }[];
let ttgrPeople: string[];
let snvPeople: string[];

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  const db = t.database.db;
  campaignId = await kh34CampaignId(db);
  [secretariat, aggregatorGR, officerTTGR, officerSNV, officerHD] = await Promise.all(['secretariat', 'aggregatorGR', 'officerTTGR', 'officerSNV', 'officerHD'].map((n) => t.login(n)));
  // Thị trấn Giồng Riềng (the commune officer's) first, then three other communes of Giồng Riềng.
  const ttgr = await unitId('30904');
  gr = [{ id: ttgr, name: 'Thị trấn Giồng Riềng' }, ...(await communesOf('906', 6)).filter((c) => c.id !== ttgr).slice(0, 3)];
  ct = await communesOf('905', 2);
  ttgrPeople = await makeEligibleUnit(db, { campaignId, unitId: ttgr, people: ['Lê Văn Một', 'Lê Thị Hai'] });
  for (const c of [...gr.slice(1), ...ct]) await makeEligibleUnit(db, { campaignId, unitId: c.id });
  snvPeople = await makeEligibleUnit(db, { campaignId, unitId: await unitId('SNV'), people: ['Trần Văn Ba', 'Trần Thị Bốn', 'Trần Văn Năm'] });
});
afterAll(async () => t?.close());

describe('a district proposes its communes within its quota (III.4.a, second bullet)', () => {
  it('lets Giồng Riềng propose 2 communes and refuses the third, naming the quota, its clause and the two', async () => {
    const first = await propose(aggregatorGR, 'unit', gr[0].id);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ nomineeKind: 'unit', nomineeName: gr[0].name, proposingUnit: { code: '906' }, status: 'proposed', canWithdraw: true });
    expect((await propose(aggregatorGR, 'unit', gr[1].id)).statusCode).toBe(201);
    const third = await propose(aggregatorGR, 'unit', gr[2].id);
    expect(third.statusCode).toBe(409);
    expect(third.json().error.message).toBe(
      `Huyện Giồng Riềng đã đề nghị 2/2 xã (chỉ tiêu: số đơn vị hành chính cấp xã mỗi huyện, thành phố được đề nghị khen thưởng — ${COMMUNE_CLAUSE} Kế hoạch số 34/KH-UBND ngày 03/3/2020); không thể đề nghị thêm. Đã đề nghị: ${gr[0].name}, ${gr[1].name}.`,
    );
  });

  it('gives Châu Thành one commune', async () => {
    expect((await propose(secretariat, 'unit', ct[0].id)).statusCode).toBe(201);
    const second = await propose(secretariat, 'unit', ct[1].id);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toMatch(/^Huyện Châu Thành đã đề nghị 1\/1 xã .*Đã đề nghị: /);
  });

  it('refuses the same commune twice, naming who proposed it', async () => {
    const again = await propose(secretariat, 'unit', gr[1].id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(`${gr[1].name} đã được Huyện Giồng Riềng đề nghị khen thưởng trong đợt thi đua này; mỗi tập thể, cá nhân chỉ được đề nghị một lần (rút đề nghị cũ trước khi đề nghị lại).`);
  });

  it('frees the place on withdrawal: the third commune can then be proposed, and the withdrawn one again later', async () => {
    const list = await overview(aggregatorGR);
    const second = list.items.find((n: { nomineeUnit: { id: string } }) => n.nomineeUnit.id === gr[1].id);
    const res = await withdraw(aggregatorGR, second.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn', statusLabel: 'Đã rút', withdrawalReason: 'Đơn vị xin rút để đề nghị xã khác', canWithdraw: false });
    expect((await withdraw(aggregatorGR, second.id)).statusCode).toBe(409);
    expect((await propose(aggregatorGR, 'unit', gr[2].id)).statusCode).toBe(201);
    expect((await propose(aggregatorGR, 'unit', gr[1].id)).statusCode).toBe(409);
    const audit = await t.database.db.select({ action: auditEvents.action, reason: auditEvents.reason }).from(auditEvents).where(eq(auditEvents.entityId, second.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['nomination.propose', 'nomination.withdraw']);
    expect(audit.find((a) => a.action === 'nomination.withdraw')!.reason).toBe('Đơn vị xin rút để đề nghị xã khác');
  });

  it('shows the district its nominations, its quota gauge and its candidates', async () => {
    const body = await overview(aggregatorGR);
    expect(body.quotas).toEqual([
      expect.objectContaining({ kind: 'commune_per_district', proposingUnit: expect.objectContaining({ code: '906' }), used: 2, limit: 2, gauge: `Đã đề nghị 2/2 xã — ${COMMUNE_CLAUSE}` }),
    ]);
    expect(body.items.map((n: { status: string }) => n.status).sort()).toEqual(['proposed', 'proposed', 'withdrawn']);
    const candidate = body.candidates.items.find((c: { nomineeId: string }) => c.nomineeId === gr[3].id);
    expect(candidate).toMatchObject({ nomineeKind: 'unit', eligible: true, alreadyProposed: false, failing: [] });
    expect(body.candidates.items.find((c: { nomineeId: string }) => c.nomineeId === gr[0].id)).toMatchObject({ alreadyProposed: true });
    // Individuals are proposed by their own collective, not by the district aggregator.
    expect(body.candidates.items.every((c: { nomineeKind: string }) => c.nomineeKind === 'unit')).toBe(true);
  });
});

describe('who may propose', () => {
  it('refuses a commune outside the actor’s scope as missing, and the commune proposing itself', async () => {
    expect((await propose(officerHD, 'unit', gr[3].id)).statusCode).toBe(404);
    const self = await propose(officerTTGR, 'unit', gr[0].id);
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toMatch(/Huyện Giồng Riềng lập/);
  });

  it('refuses a unit that is not a commune, naming the field and the clause', async () => {
    const res = await propose(aggregatorGR, 'unit', await unitId('906'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'nomineeId' });
    expect(res.json().error.message).toMatch(/Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III/);
  });

  it('refuses an ineligible commune, listing its failing conditions with their clauses', async () => {
    const [extra] = await createCommunes(t.database.db, await unitId('906'), 1, 'Xã Chưa Công Nhận');
    await makeEligibleUnit(t.database.db, { campaignId, unitId: extra });
    await unrecognise(t.database.db, campaignId, extra);
    // Free a place first, so the refusal is about the commune and not the quota.
    const list = await overview(aggregatorGR);
    await withdraw(aggregatorGR, list.items.find((n: { status: string; nomineeUnit: { id: string } }) => n.status === 'proposed' && n.nomineeUnit.id === gr[2].id).id);
    const res = await propose(aggregatorGR, 'unit', extra);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/^Xã Chưa Công Nhận 01 chưa đủ tiêu chuẩn Bằng khen nên không thể đề nghị: “.*” không đạt \(Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III\)/);
    const candidate = (await overview(aggregatorGR)).candidates.items.find((c: { nomineeId: string }) => c.nomineeId === extra);
    expect(candidate).toMatchObject({ eligible: false });
    expect(candidate.failing[0]).toMatchObject({ verdict: 'fail', clause: 'Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III' });
  });

  it('refuses a commune that has not registered', async () => {
    const [unregistered] = await createCommunes(t.database.db, await unitId('906'), 1, 'Xã Chưa Đăng Ký');
    const res = await propose(aggregatorGR, 'unit', unregistered);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/chưa đăng ký thi đua .*Điểm a, Khoản 1, Mục III/);
  });
});

describe('a collective proposes its individuals (III.4.b)', () => {
  it('a commune proposes 1 individual, once its district has proposed it', async () => {
    // gr[0] is Thị trấn Giồng Riềng, proposed by the district above.
    expect((await propose(officerTTGR, 'person', ttgrPeople[0])).statusCode).toBe(201);
    const second = await propose(officerTTGR, 'person', ttgrPeople[1]);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toMatch(/^Thị trấn Giồng Riềng đã đề nghị 1\/1 cá nhân \(chỉ tiêu: .*Điểm b, Khoản 4, Mục III.*\); không thể đề nghị thêm\. Đã đề nghị: Lê Văn Một \(Thị trấn Giồng Riềng\)\.$/);
  });

  it('withdrawing the commune withdraws its individual too, each with an audit row', async () => {
    const before = await overview(officerTTGR);
    const commune = before.items.find((n: { nomineeKind: string; status: string }) => n.nomineeKind === 'unit' && n.status === 'proposed');
    const person = before.items.find((n: { nomineeKind: string; status: string }) => n.nomineeKind === 'person' && n.status === 'proposed');
    expect((await withdraw(aggregatorGR, commune.id, 'Huyện chọn xã khác')).statusCode).toBe(200);
    const after = await overview(officerTTGR);
    expect(after.items.find((n: { id: string }) => n.id === person.id)).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Xã không còn được đề nghị khen thưởng (Huyện chọn xã khác)' });
    const audit = await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, person.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['nomination.propose', 'nomination.withdraw']);
    // The commune proposed again, its place is taken again and it may propose its individual again.
    expect((await propose(aggregatorGR, 'unit', gr[0].id)).statusCode).toBe(201);
    expect((await propose(officerTTGR, 'person', ttgrPeople[1])).statusCode).toBe(201);
  });

  it('a commune its district has not proposed cannot propose individuals', async () => {
    const [commune] = await createCommunes(t.database.db, await unitId('906'), 1, 'Xã Chưa Được Chọn');
    const [personId] = await makeEligibleUnit(t.database.db, { campaignId, unitId: commune, people: ['Phạm Văn Sáu'] });
    const res = await propose(aggregatorGR, 'person', personId);
    // The district aggregator does not act for a commune's individuals; Sở Nội vụ may, and is told why not.
    expect(res.statusCode).toBe(403);
    const bySecretariat = await propose(secretariat, 'person', personId);
    expect(bySecretariat.statusCode).toBe(409);
    expect(bySecretariat.json().error.message).toMatch(/Điểm b, Khoản 4, Mục III.*chưa được huyện đề nghị khen thưởng/);
  });

  it('an eligible department Sở Nội vụ has not selected cannot propose its individuals; once selected it can', async () => {
    // Sở Nội vụ is registered, attested and in the excellent group (eligible), but not selected yet.
    const refused = await propose(officerSNV, 'person', snvPeople[0]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(
      'Sở Nội vụ chưa là tập thể được chọn nên chưa đề nghị cá nhân (Điểm b, Khoản 4, Mục III Kế hoạch số 34/KH-UBND ngày 03/3/2020): Sở Nội vụ chưa được Sở Nội vụ chọn là tập thể tiêu biểu trong nhóm xếp hạng xuất sắc của đợt thi đua này (Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III).',
    );
    expect((await overview(officerSNV)).items).toHaveLength(0);
    expect((await select([await unitId('SNV')])).statusCode).toBe(201);
  });

  it('a department proposes 2 individuals and is refused the third', async () => {
    expect((await propose(officerSNV, 'person', snvPeople[0])).statusCode).toBe(201);
    expect((await propose(officerSNV, 'person', snvPeople[1])).statusCode).toBe(201);
    const third = await propose(officerSNV, 'person', snvPeople[2]);
    expect(third.statusCode).toBe(409);
    expect(third.json().error.message).toMatch(/^Sở Nội vụ đã đề nghị 2\/2 cá nhân .*Điểm b, Khoản 4, Mục III/);
    const body = await overview(officerSNV);
    expect(body.quotas).toEqual([expect.objectContaining({ used: 2, limit: 2, gauge: 'Đã đề nghị 2/2 cá nhân — Điểm b, Khoản 4, Mục III' })]);
    expect(body.items).toHaveLength(2);
  });

  it('refuses the same person twice', async () => {
    const list = await overview(officerSNV);
    await withdraw(officerSNV, list.items[1].id);
    const again = await propose(officerSNV, 'person', snvPeople[0]);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/^Trần Văn Ba \(Sở Nội vụ\) đã được Sở Nội vụ đề nghị/);
  });

  it('refuses an ineligible person, with the condition and its clause', async () => {
    const db = t.database.db;
    const [person] = await makeEligibleUnit(db, { campaignId, unitId: await unitId('STP'), people: ['Võ Văn Bảy'] });
    expect((await select([await unitId('STP')])).statusCode).toBe(201);
    expect((await t.req(secretariat, { method: 'PUT', url: `/api/ratings/2020/people/${person}`, payload: { overall: 'adequate' } })).statusCode).toBe(200);
    const res = await propose(secretariat, 'person', person);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/“Hoàn thành tốt nhiệm vụ công tác năm trở lên” không đạt \(Gạch đầu dòng 1, Điểm b, Khoản 1, Mục III\)/);
  });
});

describe('quota under concurrency, one instance', () => {
  it('50 parallel proposals for Hòn Đất (quota 2): exactly 2 succeed, the others get the quota message', async () => {
    const db = t.database.db;
    const communes = await createCommunes(db, await unitId('903'), 50, 'Xã Song Song');
    for (const id of communes) await makeEligibleUnit(db, { campaignId, unitId: id });
    const answers = await Promise.all(communes.map((id) => propose(secretariat, 'unit', id)));
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(2);
    const refused = answers.filter((a) => a.statusCode !== 201);
    expect(refused.every((a) => a.statusCode === 409 && /^Huyện Hòn Đất đã đề nghị 2\/2 xã .*Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III/.test(a.json().error.message))).toBe(true);
  });
});
