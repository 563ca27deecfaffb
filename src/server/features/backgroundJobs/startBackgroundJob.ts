import type { Db } from '../../../db/client';
import { backgroundJobs } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { writeAudit, type AuditContext } from '../../kit/audit';
import type { JobQueue } from '../../kit/jobs/jobQueue';
import { BACKGROUND_JOB, type BackgroundJobData } from './runBackgroundJob';

/**
 * Starts a long piece of work (a report, a large export): its row (queued), its audit row and the queue job that a
 * worker takes, in one transaction, so the job exists exactly when the request that asked for it is committed.
 * `params` are what the work needs; the requester (actor) is kept with them, so the work sees what they may see.
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
