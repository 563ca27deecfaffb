import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import { auditEvents, backgroundJobs, nominations } from '../../../db/schema';
import { docxText } from '../../../documents/testing/extractText';
import { testConfig } from '../../config';
import { createJobQueue, type JobQueue } from '../../kit/jobs/jobQueue';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';
import { startJobWorkers } from '../../jobWorkers';
import { startBackgroundJob } from '../backgroundJobs/startBackgroundJob';

/**
 * The evaluation report generated as a background job (issue 12, item 4) on a real database and the real pg-boss
 * queue and worker: started (audited), polled until done, downloaded as a DOCX that opens and holds the narrative and
 * the charts; a job is its requester's alone (anyone else: 404); a job that cannot be done ends failed with the reason.
 */
const clock = new Date('2021-05-20T09:00:00+07:00');
let t: TestApp;
let jobs: JobQueue;
let stopJobs: () => Promise<void>;
let snv: Session;
let campaignId: string;

const NARRATIVE = { results: 'Phong trào chạy nền được triển khai rộng khắp.', limits: 'Một số xã gửi hồ sơ chậm.', lessons: 'Cần nhắc hạn sớm hơn.', proposals: '' };

beforeAll(async () => {
  t = await createTestApp(undefined, { now: () => clock, jobs: (database) => (jobs = createJobQueue(database)) });
  stopJobs = await startJobWorkers({ db: t.database.db, config: testConfig(), now: () => clock, jobs }, { info: () => undefined, error: () => undefined });
  snv = await t.login('secretariat');
  campaignId = (await t.req(snv, { method: 'GET', url: '/api/campaigns' })).json().items.find((c: { planNumber: string; year: number }) => c.planNumber === '34/KH-UBND' && c.year === 2020).id;
}, 120_000);
afterAll(async () => {
  await stopJobs?.();
  await t?.close();
});

type Job = { id: string; status: string; percent: number; error: string | null; fileUrl: string | null; fileName: string | null; message: string | null };

/** Polls the job as its requester until it has finished (the worker polls the queue every two seconds). */
async function finished(id: string): Promise<Job> {
  for (let i = 0; i < 120; i += 1) {
    const res = await t.req(snv, { method: 'GET', url: `/api/background-jobs/${id}` });
    expect(res.statusCode).toBe(200);
    const job = res.json() as Job;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Công việc ${id} chưa xong sau một phút`);
}

const start = () => t.req(snv, { method: 'POST', url: `/api/campaigns/${campaignId}/evaluation-report/jobs` });

describe('evaluation report as a background job', () => {
  it('refuses to start before the narrative is written, as the direct download does', async () => {
    const res = await start();
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/hãy viết và lưu phần đánh giá chung/);
    expect(await t.database.db.select().from(backgroundJobs)).toHaveLength(0);
  });

  it('a job whose work fails ends failed with the reason in Vietnamese, and its file is not offered', async () => {
    const unit = await t.unit('SNV-CCHC');
    const actor = { userId: t.users.secretariat, role: 'province_secretariat' as const, unitId: unit.id, unitPath: unit.path };
    const id = await startBackgroundJob(t.database.db, jobs, { actorUserId: actor.userId, actorUsername: 'secretariat', actorUnitId: unit.id, ip: null, userAgent: null }, actor, { kind: 'khongCo.docx', params: {}, orgUnitId: unit.id });
    const job = await finished(id);
    expect(job.status).toBe('failed');
    expect(job.error).toBe('Loại công việc «khongCo.docx» không được hỗ trợ.');
    expect(job.fileUrl).toBeNull();
    const file = await t.req(snv, { method: 'GET', url: `/api/background-jobs/${id}/file` });
    expect(file.statusCode).toBe(409);
    expect(file.json().error.message).toMatch(/không thành công: Loại công việc/);
  }, 120_000);

  it('starts (audited), reports done with 100%, and the file is the DOCX with the narrative and the charts', async () => {
    expect((await t.req(snv, { method: 'PUT', url: `/api/campaigns/${campaignId}/evaluation-report/narrative`, payload: NARRATIVE })).statusCode).toBe(204);
    const res = await start();
    expect(res.statusCode).toBe(202);
    const id = res.json().id as string;
    const [row] = await t.database.db.select().from(backgroundJobs).where(eq(backgroundJobs.id, id));
    expect(row.createdById).toBe(t.users.secretariat);
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(audits.map((a) => a.action)).toEqual(['backgroundJob.start']);

    const job = await finished(id);
    expect(job).toMatchObject({ status: 'done', percent: 100, error: null, fileName: 'Báo cáo đánh giá thực hiện kế hoạch 2020.docx', fileUrl: `/api/background-jobs/${id}/file` });
    const file = await t.req(snv, { method: 'GET', url: job.fileUrl! });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(file.rawPayload);
    expect(Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f)).length).toBeGreaterThanOrEqual(3);
    expect(await docxText(file.rawPayload)).toContain('Phong trào chạy nền được triển khai rộng khắp.');
  }, 120_000);

  it('is its requester’s alone: another user gets 404 for the job and its file', async () => {
    const id = (await start()).json().id as string;
    for (const who of ['aggregatorGR', 'admin'] as const) {
      const other = await t.login(who);
      expect((await t.req(other, { method: 'GET', url: `/api/background-jobs/${id}` })).statusCode).toBe(404);
      expect((await t.req(other, { method: 'GET', url: `/api/background-jobs/${id}/file` })).statusCode).toBe(404);
    }
    await finished(id);
  }, 120_000);

  it('exports the nominations list as XLSX through a job: the same rows as the direct download', async () => {
    const gr = await t.unit('906');
    for (const code of ['30904', '30817']) {
      const unit = await t.unit(code);
      await t.database.db.insert(nominations).values({ campaignId, nomineeKind: 'unit', nomineeUnitId: unit.id, proposingUnitId: gr.id, quotaKey: `commune_per_district:${gr.id}`, status: 'proposed' });
    }
    const [{ n }] = (await t.database.db.execute(sql`select count(*)::int as n from nominations where campaign_id = ${campaignId}`)).rows as { n: number }[];
    expect(n).toBeGreaterThanOrEqual(2);
    const res = await t.req(snv, { method: 'POST', url: `/api/campaigns/${campaignId}/reports/nominations/jobs` });
    expect(res.statusCode).toBe(202);
    const job = await finished(res.json().id);
    expect(job).toMatchObject({ status: 'done', percent: 100, fileName: 'Danh sách đề nghị khen thưởng 2020.xlsx' });
    const sheetRows = async (bytes: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as never);
      const rows: string[][] = [];
      wb.worksheets[0].eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => String(v ?? ''))));
      return rows;
    };
    const generated = await sheetRows((await t.req(snv, { method: 'GET', url: job.fileUrl! })).rawPayload);
    const direct = await sheetRows((await t.req(snv, { method: 'GET', url: `/api/campaigns/${campaignId}/reports/nominations/file`, query: { format: 'xlsx' } })).rawPayload);
    expect(generated[0].join(' | ')).toMatch(/Tình trạng/);
    expect(generated).toHaveLength(1 + n);
    expect(generated).toEqual(direct);
  }, 120_000);
});
