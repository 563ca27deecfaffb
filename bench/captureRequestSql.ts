/**
 * The SQL one request runs, captured from the code: the real app is built in this process on the bench's PostgreSQL
 * database, node-postgres's `Client.prototype.query` is wrapped while one `inject()` of the request runs, and every
 * statement it sends (text, parameters, prepared-statement name) is recorded. bench/run.ts turns them into a pgbench
 * script, so pgbench sends exactly what the endpoint sends.
 */
import pg from 'pg';
import { openDatabase } from '../src/db/client';
import { buildApp } from '../src/server/app';
import { testConfig } from '../src/server/config';

export type CapturedStatement = { text: string; values: unknown[]; name?: string };

export async function captureRequestSql(databaseUrl: string, url: string, cookie: string): Promise<CapturedStatement[]> {
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 1 });
  const app = await buildApp(database, testConfig({ databaseUrl }));
  const recorded: CapturedStatement[] = [];
  let recording = false;
  const query = pg.Client.prototype.query;
  // node-postgres's query(config | text, values?, callback?): drizzle passes a config object and the values apart.
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (recording) {
      const [first, second] = args;
      const config = typeof first === 'string' ? { text: first } : (first as { text: string; values?: unknown[]; name?: string });
      const values = Array.isArray(second) ? second : (config.values ?? []);
      recorded.push({ text: config.text, values, ...(config.name ? { name: config.name } : {}) });
    }
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    // Once unrecorded, so lazily built things (prepared statements, caches) are as they are under load.
    await app.inject({ method: 'GET', url, headers: { cookie } });
    recording = true;
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    recording = false;
    if (res.statusCode !== 200) throw new Error(`capture of ${url}: ${res.statusCode} ${res.body}`);
    return recorded;
  } finally {
    pg.Client.prototype.query = query;
    await app.close();
    await database.close();
  }
}

/** A parameter as SQL text, for pgbench's simple mode (variables are pasted in as text there). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.replaceAll("'", "''")}'`;
}

/** A parameter as pgbench sends it in extended and prepared modes (a bind value, as text). */
function bindValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The pgbench script (one transaction = one request's statements, `$n` as `:s<i>_<n>`) and its `-D` variables for
 * each mode: in simple mode pgbench pastes a variable in as text, so strings carry their quotes; in extended and
 * prepared modes it binds it as a parameter.
 */
export function pgbenchScript(statements: CapturedStatement[]) {
  const simple: string[] = [];
  const bound: string[] = [];
  const lines = statements.map((s, i) => {
    s.values.forEach((v, n) => {
      simple.push(`s${i}_${n + 1}=${literal(v)}`);
      bound.push(`s${i}_${n + 1}=${bindValue(v)}`);
    });
    return `${s.text.replace(/\$(\d+)/g, (_m, n: string) => `:s${i}_${n}`).replace(/\s*\n\s*/g, ' ')};`;
  });
  return { script: lines.join('\n') + '\n', defines: { simple, prepared: bound } };
}
