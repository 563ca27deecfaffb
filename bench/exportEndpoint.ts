/**
 * `npm run bench:export:endpoint`: a 100,000-row XLSX export downloaded over HTTP from the real server on
 * PostgreSQL, streamed (GET /api/ratings/export: keyset pages of EXPORT_PAGE_ROWS into ExcelJS's streaming writer)
 * against the same export built in memory as it was before (sendTable, bench/exportEndpointServer.ts).
 * The driver creates its own database on BENCH_PG_URL (postgres://postgres@127.0.0.1:5432), migrates and seeds it with
 * the product's code (Kiên Giang 2020 org tree), adds 100,000 people spread over the era's units, each with a 2020
 * quality rating (generate_series, one statement each), and a province secretariat account; then, for each mode and
 * run, starts a fresh server (tsx, its own process), logs in, warms it with a one-page export, and downloads the
 * export while sampling the server's VmRSS every 10 ms from /proc (Linux only). Printed: the peak RSS increase over
 * the RSS before the download, time to the first body byte, total time, bytes — min / median / max over the runs.
 * The database is dropped at the end. Options (env): BENCH_EXPORT_ROWS (100000), BENCH_REPEATS (3), BENCH_PG_URL,
 * BENCH_EXPORT_PAGE_ROWS (the page size of this checkout's server),
 * BENCH_EXPORT_MODES (stream,memory: which to run), BENCH_BEFORE_ROOT (another checkout, e.g. a git worktree of an older
 * commit with node_modules symlinked: its own code migrates and seeds a second database and serves its streamed export,
 * run alternately with this checkout's, so before and after are measured in one run).
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { hashPassword } from '../src/server/kit/passwords';
import { killBenchServer, rssBytes, sleep, startBenchServer, type BenchServer } from './support/benchProcess';

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'Bench@Export-2020';
const MODES = (process.env.BENCH_EXPORT_MODES ?? 'stream,memory').split(',') as ('stream' | 'memory')[];
const ROOT = path.resolve(import.meta.dirname, '..');
const BEFORE_ROOT = process.env.BENCH_BEFORE_ROOT ? path.resolve(process.env.BENCH_BEFORE_ROOT) : null;

type Server = BenchServer<object>;

const startServer = (databaseUrl: string, root: string) => startBenchServer<object>(path.join(root, 'bench/exportEndpointServer.ts'), { ...process.env, BENCH_DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' });

/** Creates the database and seeds it with the code of the checkout at `root`; returns its URL. */
async function seed(name: string, root: string): Promise<string> {
  const { migrateDatabase, openDatabase } = (await import(path.join(root, 'src/db/client.ts'))) as typeof import('../src/db/client');
  const { seedAll } = (await import(path.join(root, 'src/db/seed/seedAll.ts'))) as typeof import('../src/db/seed/seedAll');
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
  try {
    await migrateDatabase(database);
    await seedAll(database.db);
    const client = await database.pool!.connect();
    try {
      const t0 = performance.now();
      // 100,000 people over every unit of the era (round robin), each rated for 2020: plain rows through the schema.
      await client.query(
        `insert into people (full_name, position, org_unit_id, search_text, sort_key)
         select 'Nguyễn Văn Thử ' || n, 'Công chức', u.ids[1 + n % array_length(u.ids, 1)], 'nguyen van thu ' || n, 'nguyen van thu ' || lpad(n::text, 7, '0')
         from generate_series(1, $1::int) n, (select array_agg(id order by code) ids from org_units where era_id = $2) u`,
        [ROWS, ERA_KG_2020],
      );
      await client.query(
        `insert into ratings (year, kind, org_unit_id, person_id, rating, source)
         select 2020, 'overall', p.org_unit_id, p.id, (array['outstanding','good','adequate','failed'])[1 + (row_number() over (order by p.id)) % 4], 'import' from people p`,
      );
      const unit = await client.query(`select id from org_units where era_id = $1 and code = 'SNV-CCHC'`, [ERA_KG_2020]);
      await client.query(`insert into users (username, full_name, role, org_unit_id, password_hash) values ('bench.secretariat', 'Thư ký Sở Nội vụ', 'province_secretariat', $1, $2)`, [unit.rows[0].id, await hashPassword(PASSWORD)]);
      await client.query('analyze');
      console.error(`seeded ${ROWS} people and ratings in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } finally {
      client.release();
    }
  } finally {
    await database.close();
  }
  return url.toString();
}

async function login(s: Server): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${s.port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench.secretariat', password: PASSWORD }) });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('thidua_sid='))!;
  return cookie.split(';')[0];
}

type Result = { rssMb: number; firstByteMs: number; totalS: number; bytes: number };

async function download(url: string, cookie: string, onFirstByte?: () => void) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  let firstByteMs = -1;
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    if (firstByteMs < 0) {
      firstByteMs = performance.now() - t0;
      onFirstByte?.();
    }
    bytes += chunk.length;
  }
  return { firstByteMs, totalS: (performance.now() - t0) / 1000, bytes };
}

async function measure(databaseUrl: string, root: string, mode: 'stream' | 'memory'): Promise<Result> {
  const s = await startServer(databaseUrl, root);
  try {
    const cookie = await login(s);
    const base = `http://127.0.0.1:${s.port}`;
    const url = mode === 'stream' ? `${base}/api/ratings/export?year=2020&format=xlsx` : `${base}/bench/ratings-export-in-memory?year=2020`;
    // Warm-up (module loading, first queries planned) on a year with no rating: a header-only file either way.
    await download(url.replace('year=2020', 'year=2019'), cookie);
    await sleep(300);
    const baseline = rssBytes(s.pid);
    let peak = baseline;
    let running = true;
    const sampler = (async () => {
      while (running) {
        peak = Math.max(peak, rssBytes(s.pid));
        await sleep(10);
      }
    })();
    const r = await download(url, cookie);
    running = false;
    await sampler;
    return { ...r, rssMb: (peak - baseline) / 2 ** 20 };
  } finally {
    try {
      process.kill(s.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await killBenchServer(s);
  }
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor((sorted.length - 1) / 2)], max: sorted[sorted.length - 1] };
};

type Variant = { title: string; root: string; db: 'after' | 'before'; mode: 'stream' | 'memory' };

async function main() {
  const suffix = randomBytes(4).toString('hex');
  const names = { after: `thidua_bench_export_${suffix}`, before: `thidua_bench_export_${suffix}_before` };
  const variants: Variant[] = [
    ...(BEFORE_ROOT && MODES.includes('stream') ? [{ title: `streamed, before (${path.basename(BEFORE_ROOT)})`, root: BEFORE_ROOT, db: 'before' as const, mode: 'stream' as const }] : []),
    ...MODES.map((mode) => ({ title: mode === 'stream' ? 'streamed: `GET /api/ratings/export` (keyset pages → WorkbookWriter)' : 'in memory: the same rows through `sendTable` (before)', root: ROOT, db: 'after' as const, mode })),
  ];
  try {
    const urls = { after: await seed(names.after, ROOT), before: BEFORE_ROOT ? await seed(names.before, BEFORE_ROOT) : '' };
    const results = variants.map(() => [] as Result[]);
    for (let run = 1; run <= REPEATS; run += 1) {
      for (const [i, v] of variants.entries()) {
        const r = await measure(urls[v.db], v.root, v.mode);
        results[i].push(r);
        console.error(`run ${run} ${v.title}: +${r.rssMb.toFixed(0)} MB, first byte ${r.firstByteMs.toFixed(0)} ms, total ${r.totalS.toFixed(1)} s, ${(r.bytes / 2 ** 20).toFixed(1)} MB; load ${os.loadavg()[0].toFixed(1)}`);
      }
    }
    console.log(`\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${ROWS.toLocaleString('en')} ratings, ${REPEATS} runs (min / median / max)\n`);
    console.log(`| Export of ${ROWS.toLocaleString('en')} ratings (XLSX) | Peak RSS increase | First byte | Total | File |`);
    console.log('| --- | ---: | ---: | ---: | ---: |');
    const fmt = (values: number[], digits: number, unit: string) => {
      const { min, median, max } = stats(values);
      return `${min.toFixed(digits)} / **${median.toFixed(digits)}** / ${max.toFixed(digits)} ${unit}`;
    };
    for (const [i, v] of variants.entries()) {
      const rs = results[i];
      console.log(`| ${v.title} | ${fmt(rs.map((r) => r.rssMb), 0, 'MB')} | ${fmt(rs.map((r) => r.firstByteMs), 0, 'ms')} | ${fmt(rs.map((r) => r.totalS), 1, 's')} | ${(rs[0].bytes / 2 ** 20).toFixed(1)} MB |`);
    }
    const stream = results[variants.findIndex((v) => v.root === ROOT && v.mode === 'stream')];
    if (!stream) return;
    const ok = stats(stream.map((r) => r.rssMb)).max <= 200 && stats(stream.map((r) => r.firstByteMs)).max <= 1000;
    console.log(`\nBudget (streamed: ≤ 200 MB peak RSS increase, first byte ≤ 1 s): ${ok ? 'met' : 'MISSED'}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    for (const name of Object.values(names)) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
