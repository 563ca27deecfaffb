import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { backgroundJobs, storedFiles } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { AppError } from '../../errors';

/** The queue of long work (reports, large exports). */
export const BACKGROUND_JOB = 'background-job';
export type BackgroundJobData = { backgroundJobId: string };

/** Reports how far the work is: `done` steps of `total`, with what it is doing now. */
export type ReportProgress = (done: number, total: number, message?: string) => Promise<void>;

/** What a piece of work produces: the file the requester downloads. */
export type BackgroundJobResult = { bytes: Buffer; fileName: string; mimeType: string };

/** One kind of work: from the requester and the params it was started with, the file. */
export type BackgroundWork = (input: { db: Db; actor: Actor; params: Record<string, unknown>; asOf: Date; progress: ReportProgress }) => Promise<BackgroundJobResult>;

/** Progress is written at most this often (a page-by-page export would otherwise write a row per page). */
const PROGRESS_EVERY_MS = 300;

const SYSTEM_FAILURE = 'Không tạo được tệp do lỗi hệ thống. Hãy thử lại; nếu vẫn lỗi, báo quản trị hệ thống.';

/**
 * Runs one background job on this node (the worker of BACKGROUND_JOB): marks it running, lets the work report its
 * progress (throttled), stores the file once per SHA-256 and marks it done — or failed, with the reason in
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
  let lastWrite = 0;
  const progress: ReportProgress = async (done, total, message) => {
    const t = Date.now();
    if (t - lastWrite < PROGRESS_EVERY_MS && done < total) return;
    lastWrite = t;
    await db.update(backgroundJobs).set({ progress: done, total, message: message ?? null }).where(eq(backgroundJobs.id, row.id));
  };
  try {
    const work = works[row.kind];
    if (!work) throw new AppError('VALIDATION', `Loại công việc «${row.kind}» không được hỗ trợ.`);
    const result = await work({ db, actor, params, asOf: now(), progress });
    const sha256 = createHash('sha256').update(result.bytes).digest('hex');
    await db.transaction(async (tx) => {
      await tx.insert(storedFiles).values({ sha256, size: result.bytes.length, mimeType: result.mimeType, data: result.bytes }).onConflictDoNothing();
      await tx
        .update(backgroundJobs)
        .set({ status: 'done', resultFileSha256: sha256, resultFileName: result.fileName, finishedAt: now(), message: 'Đã xong' })
        .where(eq(backgroundJobs.id, row.id));
    });
  } catch (err) {
    if (!(err instanceof AppError)) log?.(err);
    const error = err instanceof AppError ? err.message : SYSTEM_FAILURE;
    await db.update(backgroundJobs).set({ status: 'failed', error, finishedAt: now() }).where(eq(backgroundJobs.id, row.id));
  }
}
