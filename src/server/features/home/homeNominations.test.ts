import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, ne } from 'drizzle-orm';
import { dossiers, nominations, orgUnits } from '../../../db/schema';
import { kh34CampaignId } from '../../kit/testing/eligibilityFixtures';
import { makeEligibleUnit } from '../../kit/testing/nominationFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

/**
 * The home's nomination and dossier tasks through the API (issue 10 item 8): the ranking of 2020 is published on
 * 07/5/2021 (the fixtures' decision), so the dossier deadline runs from there (Điểm c, Khoản 3, Mục II).
 */
let clock = new Date('2021-05-10T09:00:00+07:00');
let t: TestApp;
let campaignId: string;
let aggregatorGR: Session;
let officerTTGR: Session;
let secretariat: Session;
let ttgrPeople: string[];
let communes: { id: string; name: string }[];

type Task = { title: string; state: string; href: string; dueAt: string | null; dueText: string | null; detail: string; clause: string };
const tasks = async (who: Session) => {
  const res = await t.req(who, { method: 'GET', url: '/api/home/tasks' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Task[];
};
const propose = (as: Session, nomineeKind: 'unit' | 'person', nomineeId: string) =>
  t.req(as, { method: 'POST', url: `/api/campaigns/${campaignId}/nominations`, payload: { nomineeKind, nomineeId } });
/** The campaign's dossier deadline as the PAR publication screen states it (the same legal-time computation). */
const publishedDeadline = async () => {
  const res = await t.req(secretariat, { method: 'GET', url: '/api/par-results/2020/publication' });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().dossierDeadlines as { campaignId: string; deadlineInstant: string; deadlineDay: string }[]).find((d) => d.campaignId === campaignId)!;
};

beforeAll(async () => {
  t = await createTestApp({}, { now: () => clock });
  const db = t.database.db;
  campaignId = await kh34CampaignId(db);
  [aggregatorGR, officerTTGR, secretariat] = await Promise.all([t.login('aggregatorGR'), t.login('officerTTGR'), t.login('secretariat')]);
  const ttgr = await t.unit('30904');
  const gr = await t.unit('906');
  const others = await db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, gr.id), eq(orgUnits.kind, 'commune'), ne(orgUnits.id, ttgr.id)))
    .orderBy(asc(orgUnits.code))
    .limit(2);
  communes = [{ id: ttgr.id, name: 'Thị trấn Giồng Riềng' }, ...others];
  ttgrPeople = await makeEligibleUnit(db, { campaignId, unitId: ttgr.id, people: ['Lê Văn Một'] });
  for (const c of others) await makeEligibleUnit(db, { campaignId, unitId: c.id });
});
afterAll(async () => t?.close());

describe('GET /api/home/tasks: nominations and dossiers', () => {
  let dueAt: string;
  let dueText: string;

  it('tells Giồng Riềng to propose its communes (quota 2, three eligible) by the dossier deadline', async () => {
    const task = (await tasks(aggregatorGR)).find((x) => x.title === 'Đề nghị khen thưởng xã');
    expect(task).toMatchObject({ state: 'todo', href: `/thi-dua/${campaignId}/de-nghi-khen-thuong`, clause: 'Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III' });
    expect(task!.detail).toBe('Đã đề nghị 0/2 xã; 3 xã đủ điều kiện chưa được đề nghị. Hồ sơ phải nộp Sở Nội vụ trước hạn.');
    expect(task!.dueText).toMatch(/^hạn chót \d\d\/05\/2021 23:59$/);
    dueAt = task!.dueAt!;
    dueText = task!.dueText!;
    const published = await publishedDeadline();
    expect(dueAt).toBe(published.deadlineInstant);
    expect(dueText).toBe(`hạn chót ${published.deadlineDay.split('-').reverse().join('/')} 23:59`);
  });

  it('after a proposal: the commune dossier to complete and submit, with the deadline; the quota task counts it', async () => {
    expect((await propose(aggregatorGR, 'unit', communes[0].id)).statusCode).toBe(201);
    const list = await tasks(aggregatorGR);
    expect(list.find((x) => x.title === 'Đề nghị khen thưởng xã')?.detail).toBe('Đã đề nghị 1/2 xã; 2 xã đủ điều kiện chưa được đề nghị. Hồ sơ phải nộp Sở Nội vụ trước hạn.');
    const [nomination] = await t.database.db.select({ id: nominations.id }).from(nominations).where(and(eq(nominations.campaignId, campaignId), eq(nominations.nomineeUnitId, communes[0].id), eq(nominations.nomineeKind, 'unit')));
    expect(list.find((x) => x.title === 'Hoàn thiện và nộp hồ sơ: Thị trấn Giồng Riềng')).toMatchObject({ state: 'todo', dueAt, dueText, clause: 'Điểm c, Khoản 4, Mục III', href: `/ho-so-khen-thuong/${nomination.id}` });
  });

  it('once the quota is used the district is done proposing', async () => {
    expect((await propose(aggregatorGR, 'unit', communes[1].id)).statusCode).toBe(201);
    const list = await tasks(aggregatorGR);
    expect(list.map((x) => x.title)).not.toContain('Đề nghị khen thưởng xã');
    expect(list.find((x) => x.title === 'Đã đề nghị đủ chỉ tiêu xã')).toMatchObject({ state: 'done', detail: 'Đã đề nghị 2/2 xã.' });
  });

  it("lists a commune officer's dossier to submit, with its deadline, after the commune proposes its individual", async () => {
    const before = await tasks(officerTTGR);
    expect(before.map((x) => x.title)).not.toContain('Hoàn thiện và nộp hồ sơ: Lê Văn Một');
    // Proposed by Giồng Riềng above, the commune is a chosen collective: it proposes its 1 individual (III.4.b).
    expect(before[0]).toMatchObject({ title: 'Đề nghị cá nhân khen thưởng', state: 'todo', dueAt, dueText, clause: 'Điểm b, Khoản 4, Mục III' });
    expect(before[0].detail).toContain('đã đề nghị 0/1 cá nhân');
    expect((await propose(officerTTGR, 'person', ttgrPeople[0])).statusCode).toBe(201);
    const after = await tasks(officerTTGR);
    expect(after[0]).toMatchObject({ title: 'Hoàn thiện và nộp hồ sơ: Lê Văn Một', state: 'todo', dueAt, dueText });
    expect(after.find((x) => x.title === 'Đã đề nghị đủ cá nhân khen thưởng')).toMatchObject({ state: 'done' });
  });

  it('marks the dossier overdue once the deadline has passed', async () => {
    clock = new Date(new Date(dueAt).getTime() + 1);
    try {
      const task = (await tasks(officerTTGR)).find((x) => x.title === 'Hoàn thiện và nộp hồ sơ: Lê Văn Một');
      expect(task).toMatchObject({ state: 'overdue' });
      expect(task!.detail).toMatch(/quá hạn/);
    } finally {
      clock = new Date('2021-05-10T09:00:00+07:00');
    }
  });

  it('gives another commune officer none of these', async () => {
    const hd = await t.login('officerHD');
    expect((await tasks(hd)).map((x) => x.title).filter((x) => x.includes('hồ sơ'))).toEqual([]);
  });
});

describe('GET /api/home/tasks: the dossier as it moves (rows written straight to the dossiers table)', () => {
  const personDossier = async (status: 'draft' | 'returned' | 'submitted') => {
    const db = t.database.db;
    const [n] = await db.select().from(nominations).where(and(eq(nominations.campaignId, campaignId), eq(nominations.nomineePersonId, ttgrPeople[0]), eq(nominations.status, 'proposed')));
    const [existing] = await db.select({ id: dossiers.id }).from(dossiers).where(eq(dossiers.nominationId, n.id));
    if (existing) await db.update(dossiers).set({ status }).where(eq(dossiers.id, existing.id));
    else await db.insert(dossiers).values({ nominationId: n.id, campaignId, orgUnitId: n.proposingUnitId, status });
    return n.id;
  };
  const officerTask = async () => (await tasks(officerTTGR)).find((x) => x.title.endsWith(': Lê Văn Một'));

  it('a draft dossier is still to complete and submit; a returned one to correct and resubmit', async () => {
    const id = await personDossier('draft');
    expect(await officerTask()).toMatchObject({ title: 'Hoàn thiện và nộp hồ sơ: Lê Văn Một', state: 'todo', href: `/ho-so-khen-thuong/${id}` });
    await personDossier('returned');
    expect(await officerTask()).toMatchObject({ title: 'Sửa và nộp lại hồ sơ: Lê Văn Một', state: 'todo' });
  });

  it("once submitted: done for the unit, and waiting in Sở Nội vụ's queue", async () => {
    expect((await tasks(secretariat)).map((x) => x.title)).not.toContain('Tiếp nhận hồ sơ đề nghị khen thưởng');
    await personDossier('submitted');
    expect(await officerTask()).toMatchObject({ title: 'Đã nộp hồ sơ: Lê Văn Một', state: 'done' });
    expect((await tasks(secretariat)).find((x) => x.title === 'Tiếp nhận hồ sơ đề nghị khen thưởng')).toMatchObject({
      state: 'todo',
      detail: '1 hồ sơ đã nộp đang chờ Phòng Cải cách hành chính và Tổ chức phi chính phủ xử lý.',
      href: `/thi-dua/${campaignId}/ho-so-khen-thuong`,
    });
  });
});
