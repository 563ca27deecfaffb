import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { awardDecisionEntries, awardDecisions, awardProposals, campaigns, dossiers, feedbackThreads, nominations, orgUnits } from '../../../db/schema';
import { ERA_AG_2025 } from '../../../db/seed/orgTreeSeed';
import { docxText, pdfText } from '../../../documents/testing/extractText';
import { parseXlsx } from '../../../documents/tabular/xlsx';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';
import { createPerson, register } from '../../kit/testing/eligibilityFixtures';
import { makeEligibleUnit, setPublishedClass } from '../../kit/testing/nominationFixtures';
import type { Role } from '../../../domain/access/roles';
import { exportNominationsJob } from './nominationExportJob';

/**
 * Reports and dashboard (issue 12): every figure the API gives equals a count written here, independently, in SQL
 * over the same database (districts found by their path prefix, not by the API's grouping).
 */
let t: TestApp;
let campaignId: string;
let snv: Session;
let aggregatorGR: Session;
let officerTTGR: Session;
const clock = new Date('2021-05-20T09:00:00+07:00');
let gr: { id: string; path: string };
let hd: { id: string; path: string };
const communes: { id: string; name: string }[] = [];
let otherName = '';

type Row = Record<string, unknown>;
const rows = async (q: ReturnType<typeof sql>) => (await t.database.db.execute(q)).rows as Row[];

async function nominate(input: { unitId: string; personId?: string; proposingUnitId: string; quotaKey: string; status?: 'proposed' | 'withdrawn'; dossier?: string }) {
  const [n] = await t.database.db
    .insert(nominations)
    .values({ campaignId, nomineeKind: input.personId ? 'person' : 'unit', nomineeUnitId: input.unitId, nomineePersonId: input.personId ?? null, proposingUnitId: input.proposingUnitId, quotaKey: input.quotaKey, status: input.status ?? 'proposed' })
    .returning({ id: nominations.id });
  if (!input.dossier) return { nominationId: n.id, dossierId: null };
  const [d] = await t.database.db
    .insert(dossiers)
    .values({ nominationId: n.id, campaignId, orgUnitId: input.proposingUnitId, status: input.dossier as 'draft' })
    .returning({ id: dossiers.id });
  return { nominationId: n.id, dossierId: d.id };
}

beforeAll(async () => {
  t = await createTestApp(undefined, { now: () => clock });
  [snv, aggregatorGR, officerTTGR] = [await t.login('secretariat'), await t.login('aggregatorGR'), await t.login('officerTTGR')];
  campaignId = (await t.req(snv, { method: 'GET', url: '/api/campaigns' })).json().items.find((c: { planNumber: string; year: number }) => c.planNumber === '34/KH-UBND' && c.year === 2020).id;
  gr = await t.unit('906');
  hd = await t.unit('903');
  const db = t.database.db;
  communes.push(...(await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(and(eq(orgUnits.parentId, gr.id), eq(orgUnits.kind, 'commune'))).orderBy(orgUnits.code).limit(3)));
  const ttgr = await t.unit('30904');
  const tthd = await t.unit('30817');
  const snvUnit = await t.unit('SNV');
  // Registrations: two eligible communes (one with two people), a department, a commune still drafting.
  const [p1, p2] = await makeEligibleUnit(db, { campaignId, unitId: ttgr.id, people: ['Nguyễn Văn An', 'Trần Thị Bình'] });
  await makeEligibleUnit(db, { campaignId, unitId: tthd.id });
  await register(db, { campaignId, orgUnitId: snvUnit.id, status: 'submitted', individuals: [{ personId: await createPerson(db, snvUnit.id, 'Lê Văn Cường') }] });
  const other = communes.find((c) => c.id !== ttgr.id)!;
  otherName = other.name;
  await register(db, { campaignId, orgUnitId: other.id, status: 'draft' });
  await setPublishedClass(db, other.id, 'good');
  // Nominations at several stages.
  await nominate({ unitId: ttgr.id, proposingUnitId: gr.id, quotaKey: `commune_per_district:${gr.id}`, dossier: 'submitted' });
  await nominate({ unitId: ttgr.id, personId: p1, proposingUnitId: ttgr.id, quotaKey: `individuals_per_collective:${ttgr.id}` });
  await nominate({ unitId: ttgr.id, personId: p2, proposingUnitId: ttgr.id, quotaKey: `individuals_per_collective:${ttgr.id}`, status: 'withdrawn' });
  const awarded = await nominate({ unitId: tthd.id, proposingUnitId: hd.id, quotaKey: `commune_per_district:${hd.id}`, dossier: 'awarded' });
  await nominate({ unitId: other.id, proposingUnitId: gr.id, quotaKey: `commune_per_district:${gr.id}`, dossier: 'returned' });
  // One decision awarding Thị trấn Hòn Đất.
  const [proposal] = await db.insert(awardProposals).values({ campaignId, status: 'approved', number: '45/TTr-SNV' }).returning({ id: awardProposals.id });
  const [decision] = await db
    .insert(awardDecisions)
    .values({ campaignId, proposalId: proposal.id, number: '1234/QĐ-UBND', decisionDate: '2021-06-15', signerName: 'Lê Thị Minh Phụng', signerPosition: 'Phó Chủ tịch', snapshot: [], snapshotSha256: 'x', issuedAt: clock })
    .returning({ id: awardDecisions.id });
  await db.insert(awardDecisionEntries).values({ decisionId: decision.id, dossierId: awarded.dossierId!, nomineeKind: 'unit', orgUnitId: tthd.id, nomineeName: 'Thị trấn Hòn Đất', unitName: 'Thị trấn Hòn Đất', achievement: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020' });
  // Feedback: two open threads, one answered.
  for (const [unitId, status] of [[ttgr.id, 'open'], [snvUnit.id, 'open'], [tthd.id, 'answered']] as const) {
    await db.insert(feedbackThreads).values({ campaignId, orgUnitId: unitId, subject: 'Vướng mắc về hồ sơ', status, createdAt: clock, lastActivityAt: clock });
  }
});
afterAll(async () => t?.close());

const get = (as: Session, url: string, query: Record<string, string> = {}) => t.req(as, { method: 'GET', url: `/api/campaigns/${campaignId}${url}`, query });

/** Participating units (II.2.a) and those that have sent their registration, per district, counted by path prefix. */
async function registrationsPerDistrict(): Promise<Map<string, { units: number; registered: number; individuals: number }>> {
  const result = await rows(sql`
    select d.id, count(u.id)::int as units,
      count(r.id) filter (where r.status in ('submitted', 'accepted', 'forwarded'))::int as registered,
      coalesce(sum((select count(*) from registration_individuals ri where ri.registration_id = r.id)) filter (where r.status in ('submitted', 'accepted', 'forwarded')), 0)::int as individuals
    from org_units d
    join org_units u on u.path like d.path || '%' and u.era_id = d.era_id
      and (u.kind in ('district', 'commune', 'department') or (u.kind = 'par_unit' and u.par_unit_level is not null))
    left join registrations r on r.org_unit_id = u.id and r.campaign_id = ${campaignId}
    where d.kind = 'district' and d.era_id = 'kien-giang-2020'
    group by d.id`);
  return new Map(result.map((r) => [String(r.id), { units: Number(r.units), registered: Number(r.registered), individuals: Number(r.individuals) }]));
}

describe('the figures equal an independent count over the same database', () => {
  it('registrations by district, and the province level apart', async () => {
    const res = await get(snv, '/reports/registrations');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const expected = await registrationsPerDistrict();
    const districts = body.groups.filter((g: { groupKind: string }) => g.groupKind === 'district');
    expect(districts.length).toBe(expected.size);
    for (const g of districts) expect([g.groupName, g.units, g.registered, g.individuals]).toEqual([g.groupName, ...Object.values(expected.get(g.groupId)!)]);
    const gr906 = districts.find((g: { groupId: string }) => g.groupId === gr.id);
    expect([gr906.registered, gr906.individuals]).toEqual([1, 2]);
    // The province level: every participating unit not under a district.
    const [own] = await rows(sql`
      select count(*)::int as units, count(r.id) filter (where r.status in ('submitted', 'accepted', 'forwarded'))::int as registered
      from org_units u left join registrations r on r.org_unit_id = u.id and r.campaign_id = ${campaignId}
      where u.era_id = 'kien-giang-2020' and (u.kind = 'department' or (u.kind = 'par_unit' and u.par_unit_level is not null))
        and not exists (select 1 from org_units d where d.kind = 'district' and u.path like d.path || '%')`);
    const ownGroup = body.groups.find((g: { groupId: string }) => g.groupId === 'own');
    expect([ownGroup.units, ownGroup.registered]).toEqual([own.units, own.registered]);
    expect(body.totals.registered).toBe(body.groups.reduce((s: number, g: { registered: number }) => s + g.registered, 0));
  });

  it('nominations by stage (the lifecycle stage: withdrawn, else the dossier status, none = draft)', async () => {
    const dash = (await get(snv, '/dashboard')).json();
    const counted = await rows(sql`
      select case when n.status = 'withdrawn' then 'withdrawn' when d.id is null then 'draft' else d.status end as stage, count(*)::int as n
      from nominations n left join dossiers d on d.nomination_id = n.id where n.campaign_id = ${campaignId} group by 1`);
    const expected = Object.fromEntries(counted.map((r) => [r.stage, r.n]));
    const actual = Object.fromEntries(dash.nominations.byStage.filter((s: { count: number }) => s.count > 0).map((s: { stage: string; count: number }) => [s.stage, s.count]));
    expect(actual).toEqual(expected);
    expect(actual).toEqual({ submitted: 1, draft: 1, withdrawn: 1, awarded: 1, returned: 1 });
    const report = (await get(snv, '/reports/nominations', { stage: 'returned' })).json();
    expect(report.items.map((i: { nomineeName: string; stageLabel: string }) => [i.nomineeName, i.stageLabel])).toEqual([[otherName, 'Bị trả lại, cần bổ sung']]);
  });

  it('quota use by district: active nominations of each district commune quota, with its limit', async () => {
    const dash = (await get(snv, '/dashboard')).json();
    const used = await rows(sql`
      select split_part(quota_key, ':', 2) as district_id, count(*)::int as n from nominations
      where campaign_id = ${campaignId} and status = 'proposed' and quota_key like 'commune_per_district:%' group by 1`);
    for (const r of used) {
      const g = dash.quotas.groups.find((q: { groupId: string }) => q.groupId === r.district_id);
      expect(g.communesUsed, g.groupName).toBe(r.n);
    }
    const grLine = dash.quotas.groups.find((q: { groupId: string }) => q.groupId === gr.id);
    // Giồng Riềng has two commune places in KH 34 (its override), and used both.
    expect([grLine.communesUsed, grLine.communeLimit, grLine.peopleUsed]).toEqual([2, 2, 1]);
    expect(dash.quotas.provinceWide).toBeNull();
  });

  it('eligibility: every registered collective and individual counted in its district, the eligible ones among them', async () => {
    const dash = (await get(snv, '/dashboard')).json();
    expect(dash.eligibility.unavailable).toBeNull();
    const counted = await rows(sql`
      select d.id, count(distinct r.id)::int as collectives, count(ri.id)::int as individuals
      from registrations r join org_units u on u.id = r.org_unit_id
      join org_units d on d.kind = 'district' and u.path like d.path || '%'
      left join registration_individuals ri on ri.registration_id = r.id
      where r.campaign_id = ${campaignId} group by d.id`);
    for (const r of counted) {
      const g = dash.eligibility.groups.find((e: { groupId: string }) => e.groupId === r.id);
      expect([g.collectives, g.individuals]).toEqual([r.collectives, r.individuals]);
    }
    // Eligible: Thị trấn Giồng Riềng and its two people (made so), Thị trấn Hòn Đất; the drafting commune is not.
    const grLine = dash.eligibility.groups.find((e: { groupId: string }) => e.groupId === gr.id);
    const hdLine = dash.eligibility.groups.find((e: { groupId: string }) => e.groupId === hd.id);
    expect([grLine.collectivesEligible, grLine.individualsEligible, hdLine.collectivesEligible]).toEqual([1, 2, 1]);
    const api = (await t.req(snv, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility` })).json();
    const eligibleTotal = dash.eligibility.groups.reduce((s: number, g: { collectivesEligible: number; individualsEligible: number }) => s + g.collectivesEligible + g.individualsEligible, 0);
    expect(eligibleTotal).toBe(api.items.filter((i: { result: { eligible: boolean } }) => i.result.eligible).length);
  });

  it('dossiers at risk: nominations whose dossier is not sent, with the deadline near; open feedback', async () => {
    const dash = (await get(snv, '/dashboard', { withinDays: '30' })).json();
    expect(dash.atRisk.deadline).not.toBeNull();
    const [unsent] = await rows(sql`
      select count(*)::int as n from nominations n left join dossiers d on d.nomination_id = n.id
      where n.campaign_id = ${campaignId} and n.status = 'proposed' and (d.id is null or d.status in ('draft', 'returned'))`);
    expect(dash.atRisk.total).toBe(unsent.n);
    expect(dash.atRisk.items.map((i: { stage: string }) => i.stage).sort()).toEqual(['draft', 'returned']);
    const [open] = await rows(sql`select count(*)::int as n from feedback_threads where status = 'open' and campaign_id = ${campaignId}`);
    expect(dash.openFeedback).toBe(open.n);
    // A deadline further away than the window chosen puts nothing at risk.
    expect((await get(snv, '/dashboard', { withinDays: '0' })).json().atRisk.total).toBe(dash.atRisk.deadline.daysLeft <= 0 ? unsent.n : 0);
  });

  it('PAR classes per district equal the published snapshot counted by path', async () => {
    const dash = (await get(snv, '/dashboard')).json();
    const counted = await rows(sql`
      select d.id, count(*) filter (where s.item->>'classification' = 'excellent')::int as excellent, count(*) filter (where s.item->>'classification' = 'good')::int as good
      from par_publications p cross join lateral jsonb_array_elements(p.snapshot) s(item)
      join org_units u on u.id::text = s.item->>'unitId'
      join org_units d on d.kind = 'district' and u.path like d.path || '%'
      where p.year = 2020 group by d.id`);
    for (const r of counted) {
      const g = dash.parClasses.groups.find((p: { groupId: string }) => p.groupId === r.id);
      expect([g.counts.excellent, g.counts.good]).toEqual([r.excellent, r.good]);
    }
    expect(counted.length).toBeGreaterThan(0);
  });
});

describe('scope', () => {
  it('a district sees its communes as groups, and nothing of another district', async () => {
    const dash = (await get(aggregatorGR, '/dashboard')).json();
    expect(dash.view).toBe('district');
    expect(dash.groups.every((g: { groupKind: string }) => g.groupKind === 'commune' || g.groupKind === 'own')).toBe(true);
    const [communeCount] = await rows(sql`select count(*)::int as n from org_units where kind = 'commune' and parent_id = ${gr.id}`);
    expect(dash.groups.filter((g: { groupKind: string }) => g.groupKind === 'commune').length).toBe(communeCount.n);
    const awards = (await get(aggregatorGR, '/reports/awards')).json();
    expect(awards.items).toEqual([]);
    expect((await get(snv, '/reports/awards')).json().items.map((i: { nomineeName: string }) => i.nomineeName)).toEqual(['Thị trấn Hòn Đất']);
    const nominationsSeen = (await get(aggregatorGR, '/reports/nominations')).json().items;
    const [inDistrict] = await rows(sql`select count(*)::int as n from nominations n join org_units u on u.id = n.nominee_unit_id where n.campaign_id = ${campaignId} and u.path like ${`${gr.path}%`}`);
    expect(nominationsSeen.length).toBe(inDistrict.n);
  });

  it('filters by group; a unit reads its own dashboard but no report; bad input names the field', async () => {
    const filtered = (await get(snv, '/dashboard', { groupId: hd.id })).json();
    expect(filtered.registrations.groups.map((g: { groupId: string }) => g.groupId)).toEqual([hd.id]);
    expect(filtered.nominations.byStage.find((s: { stage: string }) => s.stage === 'awarded').count).toBe(1);
    expect(filtered.nominations.byStage.find((s: { stage: string }) => s.stage === 'submitted').count).toBe(0);
    const own = await get(officerTTGR, '/dashboard');
    expect(own.statusCode).toBe(200);
    expect(own.json().view).toBe('unit');
    expect(own.json().registrations.totals).toEqual({ units: 1, registered: 1, individuals: 2 });
    expect((await get(officerTTGR, '/reports/nominations')).statusCode).toBe(403);
    const bad = await get(snv, '/reports/nominations', { stage: 'lost' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Tình trạng hồ sơ');
  });
});

describe('files', () => {
  it('the nominations list as XLSX parses back to the rows on screen, and as DOCX and PDF in the NĐ 30 layout', async () => {
    const screen = (await get(snv, '/reports/nominations')).json();
    const xlsx = await get(snv, '/reports/nominations/file', { format: 'xlsx' });
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    const sheet = await parseXlsx(xlsx.rawPayload);
    expect(sheet[0]).toEqual(['Nhóm (huyện / xã)', 'STT', 'Loại', 'Tập thể, cá nhân được đề nghị', 'Chức vụ', 'Đơn vị', 'Đơn vị đề nghị', 'Tình trạng hồ sơ']);
    expect(sheet.slice(1).map((r) => [r[3], r[7]])).toEqual(screen.items.map((i: { nomineeName: string; stageLabel: string }) => [i.nomineeName, i.stageLabel]));
    // The background job reads the list by keyset pages and streams it: the same sheet, one progress report per page.
    const [me] = await rows(sql`select u.role, u.org_unit_id, o.path from users u join org_units o on o.id = u.org_unit_id where u.id = ${snv.userId}`);
    const reported: number[] = [];
    const job = await exportNominationsJob({
      db: t.database.db,
      actor: { userId: snv.userId, role: me.role as Role, unitId: String(me.org_unit_id), unitPath: String(me.path) },
      params: { campaignId },
      asOf: clock,
      progress: async (done: number) => void reported.push(done),
    } as Parameters<typeof exportNominationsJob>[0]);
    expect(await parseXlsx((job as { bytes: Buffer }).bytes)).toEqual(sheet);
    expect(reported).toEqual([0, 1]);
    const docx = await get(snv, '/reports/nominations/file', { format: 'docx', groupId: gr.id });
    const text = await docxText(docx.rawPayload);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG VÀ TÌNH TRẠNG HỒ SƠ');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Huyện Giồng Riềng');
    expect(text).not.toContain('Thị trấn Hòn Đất');
    const pdf = await get(snv, '/reports/nominations/file', { format: 'pdf' });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(await pdfText(pdf.rawPayload)).toContain('Đã gửi Sở Nội vụ');
  });

  it('the award list by decision as DOCX and XLSX', async () => {
    const docx = await get(snv, '/reports/awards/file', { format: 'docx' });
    const text = await docxText(docx.rawPayload);
    expect(text).toContain('DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN');
    expect(text).toContain('Quyết định số 1234/QĐ-UBND ngày 15/06/2021 (1)');
    expect(text).toContain('Thị trấn Hòn Đất');
    expect(text).toContain('1 tập thể và 0 cá nhân');
    const sheet = await parseXlsx((await get(snv, '/reports/awards/file', { format: 'xlsx' })).rawPayload);
    expect(sheet.slice(1).map((r) => [r[0], r[3]])).toEqual([['Quyết định số 1234/QĐ-UBND ngày 15/06/2021', 'Thị trấn Hòn Đất']]);
  });

  it('the eligibility list as XLSX has a line per nominee on screen', async () => {
    const screen = (await get(snv, '/reports/eligibility', { groupId: gr.id })).json();
    const sheet = await parseXlsx((await get(snv, '/reports/eligibility/file', { groupId: gr.id })).rawPayload);
    expect(sheet.length - 1).toBe(screen.items.length);
    expect(screen.items.filter((i: { eligible: boolean }) => i.eligible).length).toBe(3);
  });

  it('the PAR results table of a district re-imports through the PAR import', async () => {
    // Live results for 2020 (the 2019 scores again) instead of the eligibility fixtures' bare published classes.
    await t.database.db.execute(sql`delete from par_publications where year = 2020`);
    await t.database.db.execute(sql`
      insert into par_results (year, block_code, org_unit_id, self_score, appraised_score, survey_score, published_total, published_classification, source)
      select 2020, block_code, org_unit_id, self_score, appraised_score, survey_score, published_total, published_classification, 'thử' from par_results where year = 2019
      on conflict do nothing`);
    const screenRes = await get(snv, '/reports/par', { groupId: gr.id });
    expect(screenRes.statusCode, screenRes.body).toBe(200);
    const screen = screenRes.json();
    expect(screen.items.length).toBeGreaterThan(0);
    const file = await get(snv, '/reports/par/file', { groupId: gr.id });
    expect(file.statusCode, file.body).toBe(200);
    const sheet = await parseXlsx(file.rawPayload);
    expect(sheet.length - 1).toBe(screen.items.length);
    const dryRun = await t.req(snv, {
      method: 'POST',
      url: '/api/par-results/import',
      query: { year: '2020', format: 'xlsx', dryRun: 'true' },
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: file.rawPayload,
    });
    expect(dryRun.statusCode, dryRun.body).toBe(200);
    expect(dryRun.json().errors).toEqual([]);
  });

});

describe('a two-tier (An Giang 2025) campaign', () => {
  it('groups its reports by commune and ward instead of district', async () => {
    const kh34 = (await t.req(snv, { method: 'POST', url: `/api/campaigns/${campaignId}/clone`, payload: { year: 2026 } })).json();
    const id2026 = kh34.campaign.id;
    const [commune] = await t.database.db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_AG_2025), eq(orgUnits.code, '30904')));
    await register(t.database.db, { campaignId: id2026, orgUnitId: commune.id, status: 'submitted' });
    const [campaign] = await t.database.db.select({ eraId: campaigns.eraId }).from(campaigns).where(eq(campaigns.id, id2026));
    expect(campaign.eraId).toBe(ERA_AG_2025);
    const res = await t.req(snv, { method: 'GET', url: `/api/campaigns/${id2026}/reports/registrations` });
    expect(res.statusCode, res.body).toBe(200);
    const groups = res.json().groups as { groupId: string; groupKind: string; groupName: string; units: number; registered: number }[];
    expect(groups.some((g) => g.groupKind === 'district')).toBe(false);
    const [communeCount] = await rows(sql`
      select count(*)::int as n from org_units c join org_units p on p.id = c.parent_id
      where c.era_id = ${ERA_AG_2025} and c.kind = 'commune' and p.kind = 'province'`);
    expect(groups.filter((g) => g.groupKind === 'commune').length).toBe(communeCount.n);
    expect(groups.find((g) => g.groupId === commune.id)).toEqual(expect.objectContaining({ groupName: commune.name, units: 1, registered: 1 }));
    const dash = (await t.req(snv, { method: 'GET', url: `/api/campaigns/${id2026}/dashboard` })).json();
    expect(dash.campaign.twoTier).toBe(true);
    expect(dash.quotas.provinceWide).toEqual({ limit: 17, used: 0 });
  });
});
