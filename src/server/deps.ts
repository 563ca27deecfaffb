import type { Database, Db } from '../db/client';
import type { Config } from './config';

/** What every route plugin receives: the database and the settings. No globals. */
export type AppDeps = { db: Db; database: Database; config: Config };
