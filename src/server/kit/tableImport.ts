import type { FastifyReply, FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orgUnits, storedFiles, users } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import type { Action } from '../../domain/access/permissions';
import { decide } from '../../domain/access/policy';
import { isRole } from '../../domain/access/roles';
import type { Config } from '../config';
import { forbidden, notFound } from '../errors';
import type { AuditContext } from './audit';
import { dataRowCount } from './importResult';
import { startBackgroundJob, type BackgroundWork, type ReportProgress } from './jobs/backgroundJob';
import type { JobQueue } from './jobs/jobQueue';
import { auditContext, requireUser } from './session';
import { readUploadedTable, XLSX_TYPE } from './tabularFiles';
import { storeFile } from './storeFile';

type Format = 'csv' | 'xlsx';

/** What an import's use case gets, whether its route runs it or a background job does. */
export type TableImportInput<P> = {
  db: Db;
  ctx: AuditContext;
  actor: Actor;
  /** What the route took from the request besides the file (year, era, campaign, dry run): plain JSON. */
  params: P;
  table: string[][];
  asOf: Date;
  /** Set when a background job runs it: the use case reports per chunk of rows. */
  progress?: ReportProgress;
};

/** One import of a table file, as its route answers it and as its background job (kind `import.<feature>`) runs it. */
export type TableImport<P extends Record<string, unknown>, R> = {
  kind: `import.${string}`;
  /** The route's declared access, checked again when the job runs, against the requester as they are then. */
  access: Action;
  run: (input: TableImportInput<P>) => Promise<R>;
};

/** A job's params: the route's, the stored upload and where the request came from (for the audit rows). */
type ImportJobParams<P> = { params: P; format: Format; fileSha256: string; origin: { ip: string | null; userAgent: string | null } };

/**
 * Answers an import route (every one of them): reads the uploaded table, then — when it has more data rows than
 * `config.importBackgroundRows` or the client asked `background=true` — stores the file (stored_files, by SHA-256),
 * starts a background job of `def.kind` with the route's params and answers 202 `{ id }`; the page polls
 * /api/background-jobs/:id for progress and the same report as `result`. Otherwise it runs the import and answers
 * its report, as before. The route has already authorised the request.
 */
export async function answerImport<P extends Record<string, unknown>, R>(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: { db: Db; jobs: JobQueue; config: Pick<Config, 'importBackgroundRows'>; now: () => Date },
  def: TableImport<P, R>,
  request: { format: Format; background?: boolean; params: P },
): Promise<R | FastifyReply> {
  const user = requireUser(req);
  const table = await readUploadedTable(req.body, request.format);
  const ctx = auditContext(req);
  if (!request.background && dataRowCount(table) <= deps.config.importBackgroundRows) {
    return def.run({ db: deps.db, ctx, actor: user, params: request.params, table, asOf: deps.now() });
  }
  const bytes = req.body as Buffer;
  const fileSha256 = await storeFile(deps.db, bytes, request.format === 'csv' ? 'text/csv' : XLSX_TYPE);
  const params: ImportJobParams<P> = { params: request.params, format: request.format, fileSha256, origin: { ip: ctx.ip, userAgent: ctx.userAgent } };
  const id = await startBackgroundJob(deps.db, deps.jobs, ctx, user, { kind: def.kind, params, orgUnitId: user.unitId });
  return reply.code(202).send({ id });
}

/**
 * The background work of an import (registered in jobWorkers.ts BACKGROUND_WORKS under `def.kind`): re-reads the
 * stored file (an XLSX in a worker thread), checks that the requester may still do it, and runs the same use case
 * with the requester's audit context (their name, and the ip and browser of the request that started it), reporting
 * progress; the job ends with the import's report as its `result`.
 */
export function tableImportWork<P extends Record<string, unknown>, R>(def: TableImport<P, R>): BackgroundWork {
  return async ({ db, actor, params: raw, asOf, progress }) => {
    const job = raw as ImportJobParams<P>;
    const requester = await loadRequester(db, actor.userId);
    if (!requester || !decide(requester, def.access).allowed) throw forbidden('Tài khoản yêu cầu nhập tệp không còn quyền nhập tệp này.');
    await progress(0, 1, 'Đang đọc tệp');
    const [file] = await db.select({ data: storedFiles.data }).from(storedFiles).where(eq(storedFiles.sha256, job.fileSha256));
    if (!file) throw notFound('Tệp đã tải lên');
    const table = await readUploadedTable(Buffer.from(file.data), job.format);
    const ctx: AuditContext = { actorUserId: requester.userId, actorUsername: requester.username, actorUnitId: requester.unitId, ip: job.origin.ip, userAgent: job.origin.userAgent };
    return { result: await def.run({ db, ctx, actor: requester, params: job.params, table, asOf, progress }) };
  };
}

/** The requester as they are now (role and unit may have changed since the request); null once deactivated. */
async function loadRequester(db: Db, userId: string): Promise<(Actor & { username: string }) | null> {
  const [row] = await db
    .select({ userId: users.id, username: users.username, role: users.role, active: users.active, unitId: orgUnits.id, unitPath: orgUnits.path })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(eq(users.id, userId));
  if (!row || !row.active || !isRole(row.role)) return null;
  return { userId: row.userId, username: row.username, role: row.role, unitId: row.unitId, unitPath: row.unitPath };
}
