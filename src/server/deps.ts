import type { Database, Db } from '../db/client';
import type { Config } from './config';
import type { JobQueue } from './kit/jobs/jobQueue';

/**
 * What every route plugin receives: the database, the settings and the clock. No globals.
 * `now` is the only clock services may read (tests pass a fixed one, e.g. 31/03/2020 23:59:59 +07:00),
 * and its value is handed to src/domain rules as `asOf`. `jobs` is the job queue in the database (kit/jobs): use cases
 * send jobs in their transaction; the node's workers (src/server/jobWorkers.ts) take them once it is started.
 */
export type AppDeps = { db: Db; database: Database; config: Config; now: () => Date; jobs: JobQueue };

/** The wall clock: the `now` of a running server (tests inject their own). The one place src/server reads it. */
export const systemClock = (): Date => new Date();
