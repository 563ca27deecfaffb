import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvents, awardDecisionEntries, awardDecisions, awardProposals, dossiers, feedbackThreads, initiatives, nominations, orgUnits, registrations } from '../../../db/schema';
import { docxText, pdfText } from '../../../documents/testing/extractText';
import ExcelJS from 'exceljs';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';
import { createPerson, register } from '../../kit/testing/eligibilityFixtures';
import { makeEligibleUnit, setPublishedClass } from '../../kit/testing/nominationFixtures';

/**
 * The year-end evaluation report (IV.3): the narrative is saved with its audit row; the DOCX opens, holds the figures,
 * the narrative and three charts (word/media/*.png); every figure equals a count written here, independently, in SQL.
 */
let t: TestApp;
let campaignId: string;
let snv: Session;
let aggregatorGR: Session;
const clock = new Date('2021-05-20T09:00:00+07:00');

type Row = Record<string, unknown>;
const one = async (q: ReturnType<typeof sql>) => ((await t.database.db.execute(q)).rows as Row[])[0];
const n = (v: unknown) => Number(v);
const NARRATIVE = {
  results: 'Phong trào được triển khai rộng khắp.\nCác đơn vị hưởng ứng tích cực.',
  limits: 'Một số xã gửi hồ sơ chậm.',
  lessons: 'Cần nhắc hạn sớm hơn.',
  proposals: 'Đề nghị UBND tỉnh tiếp tục phát động năm sau.',
};

beforeAll(async () => {
  t = await createTestApp(undefined, { now: () => clock });
  [snv, aggregatorGR] = [await t.login('secretariat'), await t.login('aggregatorGR')];
  campaignId = (await t.req(snv, { method: 'GET', url: '/api/campaigns' })).json().items.find((c: { planNumber: string; year: number }) => c.planNumber === '34/KH-UBND' && c.year === 2020).id;
  const db = t.database.db;
  const gr = await t.unit('906');
  const hd = await t.unit('903');
  const ttgr = await t.unit('30904');
  const tthd = await t.unit('30817');
  const snvUnit = await t.unit('SNV');
  await makeEligibleUnit(db, { campaignId, unitId: ttgr.id, people: ['Nguyễn Văn An', 'Trần Thị Bình'] });
  await makeEligibleUnit(db, { campaignId, unitId: tthd.id });
  const late = await register(db, { campaignId, orgUnitId: snvUnit.id, status: 'submitted', individuals: [{ personId: await createPerson(db, snvUnit.id, 'Lê Văn Cường') }] });
  // Sent on 02/04/2020, after the deadline of 31/03/2020.
  await db.update(registrations).set({ submittedAt: new Date('2020-04-02T08:00:00+07:00') }).where(eq(registrations.id, late));
  const other = (await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.parentId, gr.id), eq(orgUnits.kind, 'commune'))).orderBy(orgUnits.code).limit(3)).find((c) => c.id !== ttgr.id)!;
  await register(db, { campaignId, orgUnitId: other.id, status: 'draft' });
  await setPublishedClass(db, other.id, 'good');
  await setPublishedClass(db, other.id, 'fair', 2019);
  await setPublishedClass(db, ttgr.id, 'good', 2019);
  for (const [unitId, title] of [[ttgr.id, 'Một cửa điện tử'], [ttgr.id, 'Tổ công nghệ số'], [tthd.id, 'Hẹn trả qua Zalo']] as const) {
    await db.insert(initiatives).values({ campaignId, orgUnitId: unitId, title, description: 'Mô tả', effect: 'Giảm thời gian chờ' });
  }
  const nominate = async (unitId: string, proposingUnitId: string, status: string) => {
    const [nom] = await db.insert(nominations).values({ campaignId, nomineeKind: 'unit', nomineeUnitId: unitId, proposingUnitId, quotaKey: `commune_per_district:${proposingUnitId}`, status: 'proposed' }).returning({ id: nominations.id });
    const [d] = await db.insert(dossiers).values({ nominationId: nom.id, campaignId, orgUnitId: proposingUnitId, status: status as 'draft' }).returning({ id: dossiers.id });
    return d.id;
  };
  await nominate(ttgr.id, gr.id, 'submitted');
  await nominate(other.id, gr.id, 'returned');
  const awarded = await nominate(tthd.id, hd.id, 'awarded');
  const [proposal] = await db.insert(awardProposals).values({ campaignId, status: 'approved', number: '45/TTr-SNV' }).returning({ id: awardProposals.id });
  const [decision] = await db
    .insert(awardDecisions)
    .values({ campaignId, proposalId: proposal.id, number: '1234/QĐ-UBND', decisionDate: '2021-06-15', signerName: 'Lê Thị Minh Phụng', signerPosition: 'Phó Chủ tịch', snapshot: [], snapshotSha256: 'x', issuedAt: clock })
    .returning({ id: awardDecisions.id });
  await db.insert(awardDecisionEntries).values({ decisionId: decision.id, dossierId: awarded, nomineeKind: 'unit', orgUnitId: tthd.id, nomineeName: 'Thị trấn Hòn Đất', unitName: 'Thị trấn Hòn Đất', achievement: 'Hoàn thành xuất sắc nhiệm vụ CCHC năm 2020' });
  for (const [unitId, status, answered] of [[ttgr.id, 'open', null], [snvUnit.id, 'closed', '2021-05-02T09:00:00+07:00'], [tthd.id, 'answered', '2021-05-03T09:00:00+07:00']] as const) {
    await db.insert(feedbackThreads).values({ campaignId, orgUnitId: unitId, subject: 'Vướng mắc về hồ sơ', status, createdAt: new Date('2021-05-01T09:00:00+07:00'), firstAnsweredAt: answered ? new Date(answered) : null, lastActivityAt: clock });
  }
});
afterAll(async () => t?.close());

describe('evaluation report (IV.3)', () => {
  it('only Sở Nội vụ writes and generates it', async () => {
    expect((await t.req(aggregatorGR, { method: 'GET', url: `/api/campaigns/${campaignId}/evaluation-report` })).statusCode).toBe(403);
    expect((await t.req(aggregatorGR, { method: 'PUT', url: `/api/campaigns/${campaignId}/evaluation-report/narrative`, payload: NARRATIVE })).statusCode).toBe(403);
  });

  it('refuses to generate before the narrative is written, and names an empty part in Vietnamese', async () => {
    const early = await t.req(snv, { method: 'GET', url: `/api/campaigns/${campaignId}/evaluation-report/file` });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('hạn chế và bài học kinh nghiệm');
    const empty = await t.req(snv, { method: 'PUT', url: `/api/campaigns/${campaignId}/evaluation-report/narrative`, payload: { ...NARRATIVE, lessons: '   ' } });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toContain('Bài học kinh nghiệm');
  });

  it('saves the narrative with its audit row', async () => {
    const res = await t.req(snv, { method: 'PUT', url: `/api/campaigns/${campaignId}/evaluation-report/narrative`, payload: NARRATIVE });
    expect(res.statusCode).toBe(204);
    const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'evaluationReport.save'), eq(auditEvents.entityId, campaignId)));
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ limits: NARRATIVE.limits });
    const page = (await t.req(snv, { method: 'GET', url: `/api/campaigns/${campaignId}/evaluation-report` })).json();
    expect(page.narrative).toEqual(NARRATIVE);
  });

  it('gives figures equal to independent SQL counts', async () => {
    const { figures } = (await t.req(snv, { method: 'GET', url: `/api/campaigns/${campaignId}/evaluation-report` })).json();
    const reg = await one(sql`select count(*) filter (where status in ('submitted', 'accepted', 'forwarded')) as registered,
      (select count(*) from registration_individuals ri join registrations r2 on r2.id = ri.registration_id where r2.campaign_id = ${campaignId} and r2.status in ('submitted', 'accepted', 'forwarded')) as people
      from registrations where campaign_id = ${campaignId}`);
    expect(figures.participation.totals.registered).toBe(n(reg.registered));
    expect(figures.participation.totals.individuals).toBe(n(reg.people));
    expect(n(reg.registered)).toBeGreaterThan(0);
    const ini = await one(sql`select count(*) as total, count(distinct org_unit_id) as units from initiatives where campaign_id = ${campaignId}`);
    expect(figures.initiatives).toMatchObject({ total: n(ini.total), units: n(ini.units) });
    expect(n(ini.total)).toBe(3);
    for (const [key, year] of [['current', 2020], ['previous', 2019]] as const) {
      const par = await one(sql`select count(*) as units, count(*) filter (where published_classification = 'good') as good, count(*) filter (where published_classification = 'fair') as fair from par_results where year = ${year}`);
      expect(figures.par[key]).toMatchObject({ year, units: n(par.units), counts: expect.objectContaining({ good: n(par.good), fair: n(par.fair) }) });
    }
    const stages = await one(sql`select count(*) as total, count(*) filter (where d.status = 'awarded') as awarded, count(*) filter (where d.status = 'returned') as returned
      from nominations n left join dossiers d on d.nomination_id = n.id where n.campaign_id = ${campaignId}`);
    expect(figures.nominations.total).toBe(n(stages.total));
    expect(figures.nominations.byStage.awarded).toBe(n(stages.awarded));
    expect(figures.nominations.byStage.returned).toBe(n(stages.returned));
    const aw = await one(sql`select count(distinct d.id) as decisions, count(*) filter (where e.nominee_kind = 'unit') as units from award_decision_entries e join award_decisions d on d.id = e.decision_id where d.campaign_id = ${campaignId}`);
    expect(figures.awards).toMatchObject({ decisions: n(aw.decisions), collectives: n(aw.units) });
    const lateReg = await one(sql`select count(*) as late from registrations where campaign_id = ${campaignId} and submitted_at >= '2020-04-01T00:00:00+07:00'`);
    expect(figures.deadlines.lateRegistrations).toBe(n(lateReg.late));
    expect(n(lateReg.late)).toBe(1);
    const fb = await one(sql`select count(*) as total, count(*) filter (where status = 'open') as open, count(*) filter (where status = 'closed') as closed,
      avg(extract(epoch from first_answered_at - created_at) / 3600) as hours from feedback_threads where campaign_id = ${campaignId}`);
    expect(figures.feedback).toMatchObject({ total: n(fb.total), open: n(fb.open), closed: n(fb.closed), averageHoursToAnswer: Math.round(n(fb.hours) * 10) / 10 });
  });

  it('generates a DOCX that opens, with the figures, the narrative and three PNG charts', async () => {
    const res = await t.req(snv, { method: 'GET', url: `/api/campaigns/${campaignId}/evaluation-report/file` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const buffer = res.rawPayload;
    const text = await docxText(buffer);
    const { figures } = (await t.req(snv, { method: 'GET', url: `/api/campaigns/${campaignId}/evaluation-report` })).json();
    const p = figures.participation.totals;
    expect(text).toContain(`Có ${p.registered}/${p.units} đơn vị tham gia đã gửi bản đăng ký thi đua`);
    expect(text).toContain(`Có ${figures.initiatives.total} giải pháp, sáng kiến của ${figures.initiatives.units} đơn vị`);
    expect(text).toContain(`${figures.awards.decisions} quyết định khen thưởng khen ${figures.awards.collectives} tập thể`);
    expect(text).toContain('Bản đăng ký gửi sau hạn: 1.');
    expect(text).toContain('Các đơn vị hưởng ứng tích cực.');
    expect(text).toContain('BÀI HỌC KINH NGHIỆM');
    expect(text).toContain('Biểu đồ 2. Xếp loại Chỉ số CCHC năm 2020 so với năm 2019');
    const zip = await JSZip.loadAsync(buffer);
    const media = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(3);
    for (const f of media) {
      const png = await zip.file(f)!.async('nodebuffer');
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    }
    expect(await zip.file('word/document.xml')!.async('string')).toContain('<pic:pic');
  });

  it('prints the same report as PDF, charts included', async () => {
    const res = await t.req(snv, { method: 'GET', url: `/api/campaigns/${campaignId}/evaluation-report/file`, query: { format: 'pdf' } });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.includes(Buffer.from('/Subtype /Image'))).toBe(true);
    const text = (await pdfText(res.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toContain('Biểu đồ 3. Đề nghị khen thưởng theo tình trạng hồ sơ');
    expect(text).toContain('Cần nhắc hạn sớm hơn.');
  });

  it('gives the annex as XLSX with the figures tables', async () => {
    const res = await t.req(snv, { method: 'GET', url: `/api/campaigns/${campaignId}/evaluation-report/annex` });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toHaveLength(6);
    const rows: string[][] = [];
    wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows[0][0]).toBe('Bảng 1. Tham gia đăng ký thi đua theo địa bàn');
    const { figures } = (await t.req(snv, { method: 'GET', url: `/api/campaigns/${campaignId}/evaluation-report` })).json();
    const total = rows.find((r) => r[1] === 'Tổng cộng')!;
    expect(total.slice(2, 4)).toEqual([String(figures.participation.totals.units), String(figures.participation.totals.registered)]);
  });
});
