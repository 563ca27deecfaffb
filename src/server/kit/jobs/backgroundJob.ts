import type { Db } from '../../../db/client';
import { backgroundJobs } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { writeAudit, type AuditContext } from '../audit';
import type { JobQueue } from './jobQueue';

/**
 * The pieces of a background job that features start and run (kit, so every feature may start one: an import of
 * any feature, a report, an export); the worker that runs them is features/backgroundJobs/runBackgroundJob.ts.
 */

/** The queue of long work (imports, reports, large exports). */
export const BACKGROUND_JOB = 'background-job';
export type BackgroundJobData = { backgroundJobId: string };

/** Reports how far the work is: `done` steps of `total`, with what it is doing now. */
export type ReportProgress = (done: number, total: number, message?: string) => Promise<void>;

/** The file a piece of work produces for the requester to download. */
export type BackgroundJobFile = { bytes: Buffer; fileName: string; mimeType: string };

/** What a piece of work produces: a file, or a JSON answer (an import's report, as its route answers it). */
export type BackgroundJobResult = BackgroundJobFile | { result: unknown };

/** One kind of work: from the requester and the params it was started with, its result. */
export type BackgroundWork = (input: { db: Db; actor: Actor; params: Record<string, unknown>; asOf: Date; progress: ReportProgress }) => Promise<BackgroundJobResult>;

/**
 * Starts a long piece of work (an import, a report, a large export): its row (queued), its audit row and the queue
 * job that a worker takes, in one transaction, so the job exists exactly when the request that asked for it is
 * committed. `params` are what the work needs; the requester (actor) is kept with them, so the work sees what they
 * may see.
 */
export async function startBackgroundJob(
  db: Db,
  jobs: JobQueue,
  ctx: AuditContext,
  actor: Actor,
  input: { kind: string; params: Record<string, unknown>; orgUnitId: string },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(backgroundJobs)
      .values({ kind: input.kind, params: { ...input.params, actor }, orgUnitId: input.orgUnitId, createdById: actor.userId })
      .returning({ id: backgroundJobs.id });
    await writeAudit(tx, ctx, { action: 'backgroundJob.start', entityType: 'backgroundJob', entityId: row.id, orgUnitId: input.orgUnitId, after: { jobKind: input.kind, ...input.params } });
    await jobs.send<BackgroundJobData>(tx, BACKGROUND_JOB, { backgroundJobId: row.id });
    return row.id;
  });
}
