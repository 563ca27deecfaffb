import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite, type ExecProtocolOptions } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';
import { lockDataDir, type DataDirLock } from './dataDirLock';

export type Schema = typeof schema;
/** The drizzle database. PGlite's drizzle has the same query API; we type both as the node-postgres one. */
export type Db = NodePgDatabase<Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or a transaction: what services take so they can run inside a caller's transaction. */
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for messages: a folder, "memory", or the URL without password. */
  location: string;
  close: () => Promise<void>;
  /** The node-postgres pool (PostgreSQL only), for session-level advisory locks. */
  pool?: pg.Pool;
};

/**
 * PGlite runs every statement on the event loop (PostgreSQL as WebAssembly in this process), and the statements of
 * concurrent requests, queued on its one connection, follow each other in promise callbacks without the loop ever
 * turning: the queries of a few requests made turns of 20–40 ms CPU in which nothing else was answered (issue 13 §3).
 * This PGlite lets the event loop turn before each statement (its Parse or simple Query message), so requests that
 * need no database, and the network, are served in between. Inside a transaction too: the statement holds the
 * connection meanwhile, so nothing else runs on it and the transaction stays whole.
 */
class InterleavingPGlite extends PGlite {
  override async execProtocolStream(message: Uint8Array, options?: ExecProtocolOptions) {
    if (message[0] === 0x50 /* P */ || message[0] === 0x51 /* Q */) await new Promise<void>((resolve) => setImmediate(resolve));
    return super.execProtocolStream(message, options);
  }
}

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export type OpenOptions =
  | { kind: 'postgres'; url: string; poolSize?: number; /** a pooled connection lost while idle (default: a warning on stderr) */ onIdleConnectionError?: (err: Error) => void }
  | { kind: 'pglite'; dataDir: string | null /* null = in memory */; /** a dumped data folder to start from (tests) */ loadDataDir?: Blob };

/**
 * Opens the database. PGlite takes the data-folder lock first (see dataDirLock.ts).
 * @throws DataDirLockedError when another process holds the folder
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // A connection lost while idle in the pool (PostgreSQL restarted, the backend ended by an administrator, a network
    // cut) is an 'error' on the pool: unheard, it would end the process. The pool has already dropped that connection
    // and opens a new one for the next query, so it is only reported.
    pool.on('error', options.onIdleConnectionError ?? ((err) => console.warn(`PostgreSQL: a pooled connection was lost (${err.message}); the next query opens a new one`)));
    const db = drizzlePg(pool, { schema });
    return {
      db,
      kind: 'postgres',
      location: options.url.replace(/:[^:@/]*@/, ':***@'),
      close: () => pool.end(),
      pool,
    };
  }
  let lock: DataDirLock | null = null;
  if (options.dataDir) lock = lockDataDir(options.dataDir);
  try {
    const client = options.dataDir ? new InterleavingPGlite(path.join(options.dataDir, 'pgdata')) : new InterleavingPGlite({ loadDataDir: options.loadDataDir });
    await client.waitReady;
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      location: options.dataDir ?? 'memory',
      close: async () => {
        await client.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/**
 * Applies the committed migrations. On PostgreSQL an advisory lock makes several app nodes that
 * start together apply them once.
 */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  const client = await database.pool!.connect();
  try {
    await client.query('select pg_advisory_lock(727274)');
    await migratePg(database.db, { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock(727274)').catch(() => undefined);
    client.release();
  }
}
