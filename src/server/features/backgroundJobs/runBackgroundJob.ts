import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { backgroundJobs } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { AppError } from '../../errors';
import type { BackgroundJobFile, BackgroundWork, ReportProgress } from '../../kit/jobs/backgroundJob';
import { storeFile } from '../../kit/storeFile';

export { BACKGROUND_JOB, type BackgroundJobData, type BackgroundJobResult, type BackgroundWork, type ReportProgress } from '../../kit/jobs/backgroundJob';

/** Progress is written at most this often (a page-by-page export would otherwise write a row per page). */
const PROGRESS_EVERY_MS = 300;

const SYSTEM_FAILURE = 'Công việc không hoàn thành do lỗi hệ thống; không có gì được lưu. Hãy thử lại; nếu vẫn lỗi, báo quản trị hệ thống.';

/**
 * Runs one background job on this node (the worker of BACKGROUND_JOB): marks it running, lets the work report its
 * progress (throttled), stores the file once per SHA-256 (or keeps the JSON result) and marks it done — or failed, with the reason in
 * Vietnamese (an AppError's own message; anything else a general one, the detail going to the log). A job already
 * finished (a redelivery) is left alone. Never throws for a failure of the work, so pg-boss does not retry it.
 */
export async function runBackgroundJob(db: Db, works: Readonly<Record<string, BackgroundWork>>, backgroundJobId: string, now: () => Date, log?: (err: unknown) => void): Promise<void> {
  const [row] = await db
    .update(backgroundJobs)
    .set({ status: 'running', startedAt: now(), error: null })
    .where(and(eq(backgroundJobs.id, backgroundJobId), inArray(backgroundJobs.status, ['queued', 'running'])))
    .returning();
  if (!row) return;
  const { actor, ...params } = row.params as Record<string, unknown> & { actor: Actor };
  // The work does not wait for its progress row: an import reports from inside its transaction, and on PGlite (one
  // connection) a write from outside that transaction waits for it to end. The latest report is written when the
  // previous write is done; the job's last write waits for the pending one.
  let lastReport = 0;
  let latest: { progress: number; total: number; message: string | null } | null = null;
  let writing: Promise<void> = Promise.resolve();
  const writeLatest = async (): Promise<void> => {
    const next = latest;
    latest = null;
    if (next) await db.update(backgroundJobs).set(next).where(eq(backgroundJobs.id, row.id)).catch((err: unknown) => log?.(err));
  };
  const progress: ReportProgress = async (done, total, message) => {
    const t = Date.now();
    if (t - lastReport < PROGRESS_EVERY_MS && done < total) return;
    lastReport = t;
    const first = latest === null;
    latest = { progress: done, total, message: message ?? null };
    if (first) writing = writing.then(writeLatest);
  };
  try {
    const work = works[row.kind];
    if (!work) throw new AppError('VALIDATION', `Loại công việc «${row.kind}» không được hỗ trợ.`);
    const result = await work({ db, actor, params, asOf: now(), progress });
    await writing;
    if ('result' in result) {
      await db.update(backgroundJobs).set({ status: 'done', result: result.result, finishedAt: now(), message: 'Đã xong' }).where(eq(backgroundJobs.id, row.id));
      return;
    }
    const file: BackgroundJobFile = result;
    await db.transaction(async (tx) => {
      const sha256 = await storeFile(tx, file.bytes, file.mimeType);
      await tx
        .update(backgroundJobs)
        .set({ status: 'done', resultFileSha256: sha256, resultFileName: file.fileName, finishedAt: now(), message: 'Đã xong' })
        .where(eq(backgroundJobs.id, row.id));
    });
  } catch (err) {
    await writing;
    if (!(err instanceof AppError)) log?.(err);
    const error = err instanceof AppError ? err.message : SYSTEM_FAILURE;
    await db.update(backgroundJobs).set({ status: 'failed', error, finishedAt: now() }).where(eq(backgroundJobs.id, row.id));
  }
}
