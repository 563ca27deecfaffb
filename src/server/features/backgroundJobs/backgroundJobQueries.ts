import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { backgroundJobs, storedFiles } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import type { BackgroundJob } from '../../../shared/contracts/backgroundJobs';
import { notFound } from '../../errors';

export type BackgroundJobRow = typeof backgroundJobs.$inferSelect;

/** The job if `actor` started it; anyone else's (or no such job) answers 404, so an id reveals nothing. */
export async function loadOwnBackgroundJob(db: DbOrTx, actor: Actor, id: string): Promise<BackgroundJobRow> {
  const [row] = await db.select().from(backgroundJobs).where(eq(backgroundJobs.id, id));
  if (!row || row.createdById !== actor.userId) throw notFound('Công việc');
  return row;
}

/** The result file's bytes and type. */
export async function loadBackgroundJobFile(db: DbOrTx, sha256: string): Promise<{ data: Buffer; mimeType: string }> {
  const [file] = await db.select({ data: storedFiles.data, mimeType: storedFiles.mimeType }).from(storedFiles).where(eq(storedFiles.sha256, sha256));
  if (!file) throw notFound('Tệp kết quả');
  return { data: Buffer.from(file.data), mimeType: file.mimeType };
}

export function presentBackgroundJob(row: BackgroundJobRow): BackgroundJob {
  const percent = row.status === 'done' ? 100 : row.total && row.total > 0 ? Math.min(99, Math.floor((row.progress * 100) / row.total)) : 0;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress: row.progress,
    total: row.total,
    percent,
    message: row.message,
    error: row.error,
    fileName: row.status === 'done' ? row.resultFileName : null,
    fileUrl: row.status === 'done' && row.resultFileSha256 ? `/api/background-jobs/${row.id}/file` : null,
    result: row.status === 'done' ? (row.result ?? null) : null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
  };
}
