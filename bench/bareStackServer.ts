/**
 * The stack's own ceiling for the list endpoint (issue 13 §1): a bare Fastify server that, on `GET /`, runs the
 * statements captured from one request of the real endpoint (BENCH_STATEMENTS, a JSON file written by bench/run.ts) on
 * a node-postgres pool of BENCH_POOL_SIZE, as named statements with the captured values, one after the other, and
 * answers their rows as JSON. No session, access, scope, validation, hooks or presenter: what Fastify and node-postgres
 * cost for the same database work, measured beside the endpoint and pgbench in the same run.
 */
import fs from 'node:fs';
import Fastify from 'fastify';
import pg from 'pg';
import type { CapturedStatement } from './captureRequestSql';
import { serveBench } from './support/benchProcess';

serveBench(async () => {
  const statements = JSON.parse(fs.readFileSync(process.env.BENCH_STATEMENTS!, 'utf8')) as CapturedStatement[];
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.BENCH_POOL_SIZE ?? 10), application_name: 'bench_bare' });
  const app = Fastify({ logger: false });
  app.get('/', async () => {
    const results: unknown[][][] = [];
    // In sequence, as the endpoint runs them (its list waits for the session it scopes).
    for (const [i, s] of statements.entries()) results.push((await pool.query<unknown[]>({ name: `bare_${i}`, text: s.text, values: s.values, rowMode: 'array' })).rows);
    return { results };
  });
  return { app, announce: { statements: statements.length }, close: () => pool.end() };
});
