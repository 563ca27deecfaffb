import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { auditEvents, backgroundJobs, orgUnits } from '../../../db/schema';
import { ERA_KG_2020 } from '../../../db/seed/orgTreeSeed';
import { parseXlsx, toXlsx } from '../../../documents/tabular/xlsx';
import { testConfig } from '../../config';
import { createJobQueue, type JobQueue } from '../../kit/jobs/jobQueue';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';
import { XLSX_TYPE } from '../../kit/tabularFiles';
import { startJobWorkers } from '../../jobWorkers';
import { orgUnitImport } from '../orgUnits/importOrgUnits';

/**
 * Large imports as background jobs (issue 12, "long work shows progress"), on a real database and the real pg-boss
 * queue and worker: above `importBackgroundRows` data rows the route answers 202 with the job; the job reports its
 * progress and ends with the same report the synchronous import gives for the same file (counts and per-row errors),
 * saves the rows with audit rows naming the requester, and is its requester's alone.
 */
const clock = new Date('2021-05-20T09:00:00+07:00');
const ROWS = 2500;
let t: TestApp;
let jobs: JobQueue;
let stopJobs: () => Promise<void>;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp({ importBackgroundRows: 2000 }, { now: () => clock, jobs: (database) => (jobs = createJobQueue(database)) });
  stopJobs = await startJobWorkers({ db: t.database.db, config: testConfig(), now: () => clock, jobs }, { info: () => undefined, error: () => undefined });
  admin = await t.login('admin');
}, 120_000);
afterAll(async () => {
  await stopJobs?.();
  await t?.close();
});

const HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Cấp chuyên trách CCHC', 'Mã đơn vị cấp trên'];
/** ROWS new PAR units under Giồng Riềng (906); `bad` rows name a parent that does not exist. */
function unitRows(prefix: string, bad: number[] = []): string[][] {
  return Array.from({ length: ROWS }, (_, i) => [`${prefix}-${i + 1}`, `Tổ CCHC số ${i + 1}`, 'Đơn vị chuyên trách CCHC', 'Cấp huyện', bad.includes(i) ? '999' : '906']);
}

type Job = { id: string; status: string; percent: number; progress: number; total: number | null; message: string | null; error: string | null; fileUrl: string | null; result: unknown };

/** Polls the job as its requester until it has finished (the worker polls the queue every two seconds). */
async function finished(id: string, as = admin): Promise<Job> {
  for (let i = 0; i < 240; i += 1) {
    const res = await t.req(as, { method: 'GET', url: `/api/background-jobs/${id}` });
    expect(res.statusCode).toBe(200);
    const job = res.json() as Job;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Công việc ${id} chưa xong sau hai phút`);
}

const importFile = (file: Buffer, query: Record<string, string>) =>
  t.req(admin, { method: 'POST', url: '/api/org-units/import', query: { eraId: ERA_KG_2020, format: 'xlsx', ...query }, headers: { 'content-type': XLSX_TYPE, 'user-agent': 'kiem-thu-nhap-lon' }, payload: file });

/** What the synchronous import (the same use case, run as the route runs it) answers for the same file. */
async function directAnswer(file: Buffer, dryRun: boolean) {
  const unit = await t.unit('91');
  return orgUnitImport.run({
    db: t.database.db,
    ctx: { actorUserId: t.users.admin, actorUsername: 'admin', actorUnitId: unit.id, ip: null, userAgent: null },
    actor: { userId: t.users.admin, role: 'admin', unitId: unit.id, unitPath: unit.path },
    params: { eraId: ERA_KG_2020, dryRun },
    table: await parseXlsx(file),
    asOf: clock,
  });
}

describe('an import above the row threshold runs as a background job', () => {
  it('a file with bad rows: 202, then the same report (counts and per-row errors) as the direct import, nothing saved', async () => {
    const file = await toXlsx('Đơn vị', HEADER, unitRows('LOI', [7, 1999]));
    const res = await importFile(file, { dryRun: 'false' });
    expect(res.statusCode).toBe(202);
    const job = await finished(res.json().id);
    expect(job).toMatchObject({ status: 'done', percent: 100, error: null, fileUrl: null });
    const direct = await directAnswer(file, false);
    expect(direct.errors).toEqual([
      { row: 9, field: 'Mã đơn vị cấp trên', message: 'Không tìm thấy đơn vị cấp trên có mã "999".' },
      { row: 2001, field: 'Mã đơn vị cấp trên', message: 'Không tìm thấy đơn vị cấp trên có mã "999".' },
    ]);
    expect(job.result).toEqual(direct);
    expect(await t.database.db.select().from(orgUnits).where(like(orgUnits.code, 'LOI-%'))).toHaveLength(0);
  }, 240_000);

  it('a dry run and then the real import: progress, the direct report, rows saved, audit rows naming the requester', async () => {
    const file = await toXlsx('Đơn vị', HEADER, unitRows('TO'));
    const dry = await importFile(file, {});
    expect(dry.statusCode).toBe(202);
    const dryJob = await finished(dry.json().id);
    expect(dryJob.result).toEqual(await directAnswer(file, true));
    expect(dryJob.result).toMatchObject({ dryRun: true, ok: true, total: ROWS, created: ROWS });
    expect(await t.database.db.select().from(orgUnits).where(like(orgUnits.code, 'TO-%'))).toHaveLength(0);

    const res = await importFile(file, { dryRun: 'false' });
    expect(res.statusCode).toBe(202);
    const id = res.json().id as string;
    const [row] = await t.database.db.select().from(backgroundJobs).where(eq(backgroundJobs.id, id));
    expect(row).toMatchObject({ kind: 'import.orgUnits', createdById: t.users.admin });
    const job = await finished(id);
    // The last progress report is the last chunk of rows written (the message then becomes "Đã xong").
    expect(job).toMatchObject({ status: 'done', percent: 100, progress: ROWS, total: ROWS, message: 'Đã xong' });
    expect(job.result).toMatchObject({ dryRun: false, ok: true, total: ROWS, created: ROWS, updated: 0, errors: [] });
    expect(await t.database.db.select().from(orgUnits).where(like(orgUnits.code, 'TO-%'))).toHaveLength(ROWS);

    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'orgUnit.import.create'));
    expect(audits).toHaveLength(ROWS);
    expect(new Set(audits.map((a) => `${a.actorUserId} ${a.actorUsername} ${a.userAgent}`))).toEqual(new Set([`${t.users.admin} admin kiem-thu-nhap-lon`]));
    const [started] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'backgroundJob.start'), eq(auditEvents.entityId, id)));
    expect(started.actorUsername).toBe('admin');
  }, 240_000);

  it('a small file asked background=true runs as a job too; without it, it is answered at once', async () => {
    const file = await toXlsx('Đơn vị', HEADER, [['NHO-1', 'Tổ nhỏ', 'Đơn vị chuyên trách CCHC', 'Cấp huyện', '906']]);
    const direct = await importFile(file, {});
    expect(direct.statusCode).toBe(200);
    expect(direct.json()).toMatchObject({ dryRun: true, ok: true, created: 1 });
    const res = await importFile(file, { background: 'true' });
    expect(res.statusCode).toBe(202);
    expect((await finished(res.json().id)).result).toEqual(direct.json());
  }, 240_000);

  it('is its requester’s alone: another user gets 404 for the job', async () => {
    const file = await toXlsx('Đơn vị', HEADER, [['NHO-2', 'Tổ nhỏ hai', 'Đơn vị chuyên trách CCHC', 'Cấp huyện', '906']]);
    const res = await importFile(file, { background: 'true' });
    expect(res.statusCode).toBe(202);
    for (const who of ['secretariat', 'aggregatorGR'] as const) {
      const other = await t.login(who);
      expect((await t.req(other, { method: 'GET', url: `/api/background-jobs/${res.json().id}` })).statusCode).toBe(404);
    }
    await finished(res.json().id);
  }, 240_000);

  it('an unreadable file is refused at once, naming the field, with no job started', async () => {
    const before = (await t.database.db.select().from(backgroundJobs)).length;
    const res = await importFile(Buffer.from('không phải excel'), { background: 'true' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('file');
    expect(await t.database.db.select().from(backgroundJobs)).toHaveLength(before);
  });
});
