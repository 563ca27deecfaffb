import { sql, type SQL } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Database, DbOrTx } from '../../../db/client';

/** What pg-boss runs its SQL through (its `db` option): text with $1… placeholders and their values. */
type SqlExecutor = { executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

/** The options a job is sent with (pg-boss's). */
export type JobOptions = PgBoss.SendOptions;
export type JobHandler<T> = (job: { id: string; data: T }) => Promise<void>;

/**
 * The job queue in the database (pg-boss 10, in its own schema `pgboss`). A job is sent inside the caller's
 * transaction, so it exists exactly when the change that asked for it is committed; any node that runs workers may
 * take it, and pg-boss hands each job to one of them (FOR UPDATE SKIP LOCKED).
 *
 * On PostgreSQL it shares the app's pool. On PGlite it runs over the one embedded connection of the process that
 * owns the data folder (the folder lock keeps every other process out): its polling queries simply queue behind the
 * app's, and its advisory locks are not needed for exclusion because there is only one session.
 */
export type JobQueue = {
  /** Sends a job inside `tx` (or on its own with the database); null when pg-boss dropped it as a duplicate. */
  send: <T extends object>(tx: DbOrTx, name: string, data: T, options?: JobOptions) => Promise<string | null>;
  /** Takes jobs of a queue one at a time on this node. */
  work: <T extends object>(name: string, handler: JobHandler<T>) => Promise<void>;
  /** Runs `name` on a cron schedule (each minute at most; one node fires it). */
  schedule: (name: string, cron: string) => Promise<void>;
  /** Creates pg-boss's schema (first start) and its queues; afterwards `send` works. */
  start: (queues: readonly string[]) => Promise<void>;
  stop: () => Promise<void>;
  readonly started: boolean;
};

/**
 * A pg-boss parameter as both drivers take it: undefined is null (drizzle would drop it and shift the rest), and a job's
 * data object goes as JSON text (node-postgres stringifies objects itself, PGlite does not).
 */
function param(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}

/** pg-boss's SQL as a drizzle query, so it runs inside a drizzle transaction on either driver. */
function drizzleQuery(text: string, values: readonly unknown[] = []): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  parts.forEach((part, i) => chunks.push(i % 2 === 0 ? sql.raw(part) : sql`${param(values[Number(part) - 1])}`));
  return sql.join(chunks);
}

function executorOf(db: DbOrTx): SqlExecutor {
  return { executeSql: async (text, values) => ({ rows: (await db.execute(drizzleQuery(text, values))).rows }) };
}

/** pg-boss's own statements (schema creation is several statements in one text) on the database itself. */
function rootExecutor(database: Database): SqlExecutor {
  if (database.kind === 'postgres') {
    const pool = database.pool!;
    return { executeSql: (text, values) => pool.query(text, values as unknown[] | undefined) };
  }
  const client = (database.db as unknown as { $client: { query: (t: string, v?: unknown[]) => Promise<{ rows: unknown[] }>; exec: (t: string) => Promise<{ rows: unknown[] }[]> } }).$client;
  return {
    // The simple protocol (exec) accepts several statements; the extended one (query) accepts parameters.
    executeSql: async (text, values) => (values && values.length > 0 ? client.query(text, values) : ((await client.exec(text)).at(-1) ?? { rows: [] })),
  };
}

/**
 * Creates a queue unless it exists: retries with backoff for a mail server that is down for a while, kept a week for
 * the record. Nodes that start together race here (PostgreSQL reports a deadlock or a duplicate to the loser), so a
 * failure is retried after a short random pause, when the winner's queue is usually there.
 */
async function ensureQueue(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 60, retryBackoff: true, retentionMinutes: 7 * 24 * 60 });
      return;
    } catch (err) {
      if (attempt >= 5) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 250 * attempt));
    }
  }
}

export function createJobQueue(database: Database, options: { onError?: (err: Error) => void } = {}): JobQueue {
  const boss = new PgBoss({ db: rootExecutor(database), schema: 'pgboss', supervise: true, schedule: true, migrate: true });
  boss.on('error', (err) => options.onError?.(err));
  let started = false;
  const queue: JobQueue = {
    get started() {
      return started;
    },
    async start(queues) {
      if (started) return;
      await boss.start();
      for (const name of queues) await ensureQueue(boss, name);
      started = true;
    },
    async send(tx, name, data, sendOptions = {}) {
      if (!started) throw new Error(`Hàng đợi công việc chưa khởi động: không gửi được công việc "${name}".`);
      return boss.send(name, data, { ...sendOptions, db: executorOf(tx) } as JobOptions);
    },
    async work(name, handler) {
      await boss.work<object>(name, { pollingIntervalSeconds: 2, batchSize: 1 }, async ([job]) => handler(job as never));
    },
    async schedule(name, cron) {
      await boss.schedule(name, cron, {}, { tz: 'Asia/Ho_Chi_Minh' });
    },
    async stop() {
      if (!started) return;
      started = false;
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
    },
  };
  return queue;
}
