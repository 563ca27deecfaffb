/**
 * `npm run bench`: one run that measures, with the same load generator (autocannon), a bare Fastify
 * hello-world and an authenticated, scoped list endpoint of the real server, and prints the ratio.
 * Databases: PGlite in a temporary folder, then PostgreSQL in the same run: a database created for the run on
 * BENCH_PG_URL (postgres://postgres@127.0.0.1:5432/postgres) and dropped after, or BENCH_DATABASE_URL (an existing
 * fresh database) when set; BENCH_DATABASES=pglite or =postgres measures one. On PostgreSQL the same run drives pgbench with exactly the statements one request of the endpoint runs (captured
 * from the code, bench/captureRequestSql.ts; same parameters; as many connections as the server's pool), in simple
 * and prepared mode, and the same statements from a bare Fastify + node-postgres server (bench/bareStackServer.ts: the
 * stack's own ceiling), and prints endpoint req/s ÷ pgbench tps, the bare server's ratio and, per request, the CPU of
 * the server, its database backends and the load generator; it fails when a BUDGETS figure is missed.
 * Options (env): BENCH_SECONDS (10), BENCH_CONNECTIONS (the server's pool size: as many clients as pgbench gets), BENCH_REPEATS (3: endpoint and pgbench alternate, the
 * ratios are taken within each repeat), BENCH_POOL_SIZE (the server's pool and pgbench's -c: 10),
 * BENCH_CPU_PROF (a folder: the server runs under `node --cpu-prof` and writes its profile there on exit), BENCH_LOG_LEVEL (the
 * server's LOG_LEVEL: warn, no line per request; `info`, the default of `npm start`, logs two per request).
 * Then checks the web bundle budget (`npm run build:web`, scripts/bundleBudget.mjs) unless BENCH_SKIP_BUNDLE=1, and
 * runs `npm run bench:xlsx` (bench/hostileXlsx.ts: hostile XLSX uploads) unless BENCH_SKIP_XLSX=1, documents per second
 * (bench/documents.ts) unless BENCH_SKIP_DOCS=1, the event loop under load (bench/eventLoop.ts, on each database
 * as above) unless BENCH_SKIP_EVENTLOOP=1, the 100,000-row streamed export (bench/exportEndpoint.ts, PostgreSQL)
 * unless BENCH_SKIP_EXPORT=1, and national scale (bench/nationalScale.ts, PostgreSQL) when
 * BENCH_NATIONAL=1; a goal either misses counts as a missed budget.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { captureRequestSql, pgbenchScript } from './captureRequestSql';
import { startBenchServer } from './support/benchProcess';
import { machineCpuMs, processesCpuMs } from './support/cpuSplit';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? 10);
// The endpoint gets as many clients as pgbench (-c, the pool size): "the same connection count" of issue 13 §1.
// More clients than pooled connections only queue in Node and add their wait to every latency.
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? POOL_SIZE);
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASES = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',').map((d) => d.trim());
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'warn';
const PGBENCH = fs.existsSync('/usr/lib/postgresql/15/bin/pgbench') ? '/usr/lib/postgresql/15/bin/pgbench' : 'pgbench';

/**
 * Issue 13 §1, on PostgreSQL (the medians of the repeats): the endpoint does at least this share of what pgbench does
 * with the same statements prepared, and answers 99% of requests within this time under BENCH_CONNECTIONS connections.
 */
const BUDGETS = { minRatioToPreparedPgbench: 0.5, maxP99Ms: 50 };

/** Runs `script` under tsx; with `nodeArgs` (e.g. --cpu-prof, refused in NODE_OPTIONS) as `node <args> --import tsx`. */
function start(script: string, env: NodeJS.ProcessEnv, ready: RegExp, nodeArgs: string[] = []): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const [command, args] = nodeArgs.length ? [process.execPath, [...nodeArgs, '--import', 'tsx', script]] : [TSX, [script]];
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    let started = false;
    const onData = (d: Buffer) => {
      // Once started, the output (a log line per request at LOG_LEVEL=info) is read and dropped, not kept and searched.
      if (started) return;
      out += d.toString();
      const m = ready.exec(out);
      if (m) {
        started = true;
        resolve({ child, port: Number(m[1]) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${script} exited ${code}: ${out}`)));
  });
}

/**
 * CPU time (ms) used so far by a process and its descendants (the server under tsx is tsx's child), from /proc, split
 * into user (JavaScript, parsing, GC) and system (the kernel: socket writes and reads, over loopback to PostgreSQL and
 * to the load generator): a figure per request that other users' load does not inflate the way req/s are deflated.
 * null off Linux.
 */
function treeCpuMs(pid: number): { user: number; system: number } | null {
  const ticks = 100; // USER_HZ, 100 on Linux
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = { user: (Number(fields[11]) * 1000) / ticks, system: (Number(fields[12]) * 1000) / ticks };
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      for (const child of fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) {
        const c = treeCpuMs(Number(child));
        ms.user += c?.user ?? 0;
        ms.system += c?.system ?? 0;
      }
    }
    return ms;
  } catch {
    return null;
  }
}

/**
 * The PostgreSQL backends of the pool measured (the server's, once warmed up), for their CPU time: those connected to
 * the database of `dbUrl` under `applicationName` (the server's pool sets none; its job queue's is 'pgboss'; the bare
 * server's 'bench_bare').
 */
async function backendPids(dbUrl: string, applicationName: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: dbUrl, application_name: 'bench_probe' });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and application_name = $1`,
      [applicationName],
    );
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

/**
 * Loads `url` (a 2 s warm-up, then BENCH_SECONDS) and, per request: the server's CPU (`serverPid` and its children),
 * the database's (the backends of `dbUrl`, which serve the server's pool), the load generator's (autocannon runs in
 * this process) and the machine's busy and idle time — where the two cores went.
 */
async function measure(title: string, url: string, headers: Record<string, string> = {}, serverPid?: number, db?: { url: string; applicationName: string }) {
  await autocannon({ url, connections: 10, duration: 2, headers });
  const backends = db ? await backendPids(db.url, db.applicationName) : [];
  const cpuBefore = serverPid ? treeCpuMs(serverPid) : null;
  const dbBefore = processesCpuMs(backends);
  const machineBefore = machineCpuMs();
  const loadBefore = process.cpuUsage();
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  const load = process.cpuUsage(loadBefore);
  const machineAfter = machineCpuMs();
  const dbAfter = processesCpuMs(backends);
  const cpuAfter = serverPid ? treeCpuMs(serverPid) : null;
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${title}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  const perRequest = (ms: number) => ms / r.requests.total;
  const cpu = cpuBefore && cpuAfter ? { user: perRequest(cpuAfter.user - cpuBefore.user), system: perRequest(cpuAfter.system - cpuBefore.system) } : null;
  const cpuMsPerRequest = cpu ? cpu.user + cpu.system : null;
  const split = {
    databaseMs: backends.length ? perRequest(dbAfter - dbBefore) : null,
    loadGeneratorMs: perRequest((load.user + load.system) / 1000),
    machine: machineBefore && machineAfter ? { busyMs: perRequest(machineAfter.busy - machineBefore.busy), idleMs: perRequest(machineAfter.idle - machineBefore.idle) } : null,
  };
  return { title, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, cpuMsPerRequest, cpu, split };
}

type Measured = Awaited<ReturnType<typeof measure>>;
type PgbenchResult = { mode: 'simple' | 'prepared'; tps: number; latencyMs: number; /** machine busy ms per transaction (pgbench and the backends) */ machineBusyMs: number | null };
type Repeat = { endpoint: Measured; bare: Measured | null; simple: PgbenchResult | null; prepared: PgbenchResult | null; load: number };

const pgbenchThreads = () => Math.min(POOL_SIZE, os.cpus().length);

/**
 * Captures the statements of one request of `pathAndQuery` and returns a runner of pgbench over them: one transaction
 * per request, as many clients as the server's pool, for BENCH_SECONDS.
 */
async function pgbenchFor(dbUrl: string, pathAndQuery: string, cookie: string, dir: string) {
  const statements = await captureRequestSql(dbUrl, pathAndQuery, cookie);
  const { script, defines } = pgbenchScript(statements);
  const file = path.join(dir, 'request.pgbench.sql');
  fs.writeFileSync(file, script);
  const statementsFile = path.join(dir, 'request.statements.json');
  fs.writeFileSync(statementsFile, JSON.stringify(statements));
  console.log(`\nThe ${statements.length} statements of one request (${file}):`);
  for (const s of statements) console.log(`  ${s.name ? `[prepared as ${s.name}] ` : ''}${s.text}\n    parameters: ${JSON.stringify(s.values)}`);
  const run = (mode: 'simple' | 'prepared'): Promise<PgbenchResult> =>
    new Promise((resolve, reject) => {
      const args = ['-n', '-M', mode, '-c', String(POOL_SIZE), '-j', String(pgbenchThreads()), '-T', String(SECONDS), '-f', file];
      for (const d of defines[mode]) args.push('-D', d);
      const machineBefore = machineCpuMs();
      const child = spawn(PGBENCH, [...args, dbUrl], { cwd: ROOT });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('error', reject);
      child.on('exit', (code) => {
        const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
        const latency = /latency average = ([\d.]+) ms/.exec(out);
        const failed = /number of failed transactions: (\d+)/.exec(out);
        const machineAfter = machineCpuMs();
        const processed = /number of transactions actually processed: (\d+)/.exec(out);
        if (code !== 0 || !tps || !latency || !processed || (failed && failed[1] !== '0')) reject(new Error(`pgbench -M ${mode} exited ${code}:\n${out}`));
        else {
          const machineBusyMs = machineBefore && machineAfter ? (machineAfter.busy - machineBefore.busy) / Number(processed[1]) : null;
          resolve({ mode, tps: Number(tps[1]), latencyMs: Number(latency[1]), machineBusyMs });
        }
      });
    });
  return { run, statementsFile };
}

/**
 * A PostgreSQL database for this run: BENCH_DATABASE_URL as given, or one created on BENCH_PG_URL and dropped by
 * `drop()`; null when no PostgreSQL answers (the run then says PostgreSQL was not measured, and fails).
 */
async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, drop: async () => {} };
  const name = `thidua_bench_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
  } catch (err) {
    console.log(`\nPostgreSQL at ${PG_ADMIN_URL} did not answer (${(err as Error).message}): not measured.`);
    return null;
  } finally {
    await admin.end().catch(() => {});
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** The list endpoint against the ceiling, on PGlite (dbUrl '') or PostgreSQL (with pgbench); returns missed budgets. */
async function endpointRun(dbUrl: string, ceiling: Measured): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
  const children: ChildProcess[] = [];
  try {
    const cpuProf = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : [];
    const app = await start(
      'src/server/main.ts',
      { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: dbUrl, DATABASE_POOL_SIZE: String(POOL_SIZE), BOOTSTRAP_ADMIN_PASSWORD: 'Bench@2020-quantri', LOG_LEVEL: LOG_LEVEL },
      /localhost:(\d+)/,
      cpuProf,
    );
    children.push(app.child);
    const base = `http://127.0.0.1:${app.port}`;
    const post = async (url: string, body: unknown, cookie = '', csrf = '') => {
      const res = await fetch(base + url, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return { json: await res.json(), cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '' };
    };
    const admin = await post('/api/auth/login', { username: 'admin', password: 'Bench@2020-quantri' });
    const units = await (await fetch(`${base}/api/org-units?q=giong%20rieng&kind=district`, { headers: { cookie: admin.cookie } })).json();
    const district = units.items[0];
    await post('/api/users', { username: 'bench.huyen', fullName: 'Đo Hiệu Năng', role: 'district_aggregator', orgUnitId: district.id, password: 'Bench@2020' }, admin.cookie, admin.json.csrfToken);
    const agg = await post('/api/auth/login', { username: 'bench.huyen', password: 'Bench@2020' });
    // A password set by the administrator is temporary: the API serves nothing else until it is changed.
    await post('/api/auth/password', { currentPassword: 'Bench@2020', newPassword: 'Bench@2021-huyen' }, agg.cookie, agg.json.csrfToken);
    const listUrl = `${base}/api/org-units?parentId=${district.id}&pageSize=50`;
    const check = await (await fetch(listUrl, { headers: { cookie: agg.cookie } })).json();
    if (check.total !== 20) throw new Error(`expected the district's 20 units, got ${check.total}`);

    const db = dbUrl ? 'PostgreSQL' : 'PGlite';
    const captured = dbUrl ? await pgbenchFor(dbUrl, listUrl.slice(base.length), agg.cookie, dataDir) : null;
    const pgbench = captured?.run ?? null;
    // The same statements from a bare Fastify + node-postgres server: what the stack costs with no application code.
    const bare = captured
      ? await startBenchServer<object>('bench/bareStackServer.ts', { ...process.env, DATABASE_URL: dbUrl, BENCH_STATEMENTS: captured.statementsFile, BENCH_POOL_SIZE: String(POOL_SIZE) })
      : null;
    if (bare) children.push(bare.child);
    const repeats: Repeat[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const endpoint = await measure(`GET /api/org-units?parentId=<Giồng Riềng> as district aggregator (${db})`, listUrl, { cookie: agg.cookie }, app.child.pid, dbUrl ? { url: dbUrl, applicationName: '' } : undefined);
      const bareRun = bare ? await measure('bare Fastify + node-postgres, the same statements (PostgreSQL)', `http://127.0.0.1:${bare.port}/`, {}, bare.pid, { url: dbUrl, applicationName: 'bench_bare' }) : null;
      const simple = pgbench ? await pgbench('simple') : null;
      const prepared = pgbench ? await pgbench('prepared') : null;
      repeats.push({ endpoint, bare: bareRun, simple, prepared, load: os.loadavg()[0]! });
    }
    console.log(`\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
    console.log(`Load: autocannon, ${CONNECTIONS} connections, ${SECONDS} s after a 2 s warm-up; server pool ${POOL_SIZE}, LOG_LEVEL ${LOG_LEVEL}; ${REPEATS} repeats`);
    if (pgbench) console.log(`pgbench: -c ${POOL_SIZE} -j ${pgbenchThreads()} -T ${SECONDS}, the captured statements of one request per transaction`);
    console.log('\nCPU ms per request (per transaction for pgbench): the server (user + system), the database backends serving it,');
    console.log('the load generator (autocannon, in the bench process), and the whole machine busy / idle (2 cores = 2 ms per ms).');
    console.log('\n| Repeat | Target | req/s (tps) | p50 ms | p99 ms | server CPU | database CPU | load generator CPU | machine busy / idle | load avg (1 min) |');
    console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    console.log(`| | ${ceiling.title} | ${Math.round(ceiling.rps)} | ${ceiling.p50} | ${ceiling.p99} | | | | | |`);
    const f2 = (x: number | null | undefined) => (x === null || x === undefined ? '' : x.toFixed(2));
    const row = (i: number, m: Measured, load: number) => {
      const cpu = m.cpu ? `${f2(m.cpu.user + m.cpu.system)} (${f2(m.cpu.user)} + ${f2(m.cpu.system)})` : '';
      const machine = m.split.machine ? `${f2(m.split.machine.busyMs)} / ${f2(m.split.machine.idleMs)}` : '';
      console.log(`| ${i + 1} | ${m.title} | ${Math.round(m.rps)} | ${m.p50} | ${m.p99} | ${cpu} | ${f2(m.split.databaseMs)} | ${f2(m.split.loadGeneratorMs)} | ${machine} | ${load.toFixed(2)} |`);
    };
    repeats.forEach(({ endpoint, bare: bareRun, simple, prepared, load }, i) => {
      row(i, endpoint, load);
      if (bareRun) row(i, bareRun, load);
      for (const p of [simple, prepared]) if (p) console.log(`| ${i + 1} | pgbench -M ${p.mode}, same statements | ${Math.round(p.tps)} | | ${p.latencyMs.toFixed(1)} (average) | | | | ${f2(p.machineBusyMs)} / | |`);
    });
    const spread = (xs: number[], digits: number) => {
      const s = [...xs].sort((a, b) => a - b);
      return { text: `${s[0]!.toFixed(digits)} / ${s[Math.floor(s.length / 2)]!.toFixed(digits)} / ${s[s.length - 1]!.toFixed(digits)}`, median: s[Math.floor(s.length / 2)]! };
    };
    const ceilingRatio = spread(repeats.map((r) => r.endpoint.rps / ceiling.rps), 3);
    const p99 = spread(repeats.map((r) => r.endpoint.p99), 0);
    console.log(`\nmin / median / max over ${REPEATS} repeats:`);
    console.log(`  endpoint req/s: ${spread(repeats.map((r) => r.endpoint.rps), 0).text}; p99 ms: ${p99.text}`);
    console.log(`  endpoint / hello-world ceiling: ${ceilingRatio.text}`);
    const cpu = repeats.map((r) => r.endpoint.cpuMsPerRequest).filter((x): x is number => x !== null);
    if (cpu.length) {
      const part = (key: 'user' | 'system') => spread(repeats.map((r) => r.endpoint.cpu?.[key] ?? 0), 2).text;
      console.log(`  server CPU ms per request (Node, all threads): ${spread(cpu, 2).text} (user ${part('user')}, system ${part('system')})`);
    }
    const missed: string[] = [];
    if (pgbench) {
      const simple = spread(repeats.map((r) => r.endpoint.rps / r.simple!.tps), 3);
      const prepared = spread(repeats.map((r) => r.endpoint.rps / r.prepared!.tps), 3);
      console.log(`  bare Fastify + node-postgres (same statements) / pgbench -M prepared: ${spread(repeats.map((r) => r.bare!.rps / r.prepared!.tps), 3).text} — the stack's own ceiling for this ratio`);
      console.log(`  endpoint / bare Fastify + node-postgres: ${spread(repeats.map((r) => r.endpoint.rps / r.bare!.rps), 3).text} — what the application adds`);
      console.log(`  endpoint / pgbench -M simple: ${simple.text}`);
      console.log(`  endpoint / pgbench -M prepared: ${prepared.text} (budget ≥ ${BUDGETS.minRatioToPreparedPgbench})`);
      console.log(`  endpoint p99 budget ≤ ${BUDGETS.maxP99Ms} ms`);
      if (prepared.median < BUDGETS.minRatioToPreparedPgbench) missed.push(`endpoint / pgbench -M prepared ${prepared.median.toFixed(3)} < ${BUDGETS.minRatioToPreparedPgbench}`);
      if (p99.median > BUDGETS.maxP99Ms) missed.push(`endpoint p99 ${p99.median} ms > ${BUDGETS.maxP99Ms} ms`);
    } else {
      console.log('  (PGlite: no pgbench to compare with, and no budget: one single-threaded PostgreSQL inside the Node process)');
    }
    return missed;
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The hello-world ceiling once, then the endpoint on each database of BENCH_DATABASES; returns missed budgets. */
async function main(): Promise<string[]> {
  const hello = await start('bench/helloWorld.ts', { PORT: '0' }, /listening (\d+)/);
  let ceiling: Measured;
  try {
    ceiling = await measure('Fastify hello-world (ceiling)', `http://127.0.0.1:${hello.port}/`);
  } finally {
    hello.child.kill('SIGTERM');
  }
  const missed: string[] = [];
  if (DATABASES.includes('pglite')) missed.push(...(await endpointRun('', ceiling)));
  if (DATABASES.includes('postgres')) {
    const database = await postgresDatabase();
    if (!database) return [...missed, 'PostgreSQL not reachable: endpoint / pgbench not measured'];
    try {
      missed.push(...(await endpointRun(database.url, ceiling)));
    } finally {
      await database.drop();
    }
  }
  return missed;
}

/** The hostile-XLSX benchmark, in its own process (it starts its own servers). */
function hostileXlsx(): Promise<void> {
  return new Promise((resolve, reject) => {
    console.log('\nHostile XLSX uploads (npm run bench:xlsx):');
    const child = spawn(TSX, ['bench/hostileXlsx.ts'], { cwd: ROOT, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench/hostileXlsx.ts exited ${code}`))));
  });
}

/**
 * The web bundle budget (issue 13 §5): builds dist/web and runs scripts/bundleBudget.mjs, which prints the sizes and
 * exits non-zero when the first page load's JS + CSS exceeds 250 kB gzip. BENCH_SKIP_BUNDLE=1 skips it.
 */
function bundleBudget(): Promise<void> {
  return new Promise((resolve, reject) => {
    console.log('\nWeb bundle budget (npm run build:web):');
    const child = spawn('npm', ['run', '--silent', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`web bundle over budget or build failed (exit ${code})`))));
  });
}

let missedBudgets: string[] = [];

/** A benchmark in its own process; a non-zero exit is a missed budget, and the rest still runs. */
function budgetProcess(title: string, script: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve) => {
    console.log(`\n${title}:`);
    const child = spawn(TSX, [script], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => {
      if (code !== 0) missedBudgets.push(`${script} exited ${code}`);
      resolve();
    });
  });
}

main()
  .then((missed) => {
    missedBudgets = missed;
  })
  .then(() => (process.env.BENCH_SKIP_BUNDLE === '1' ? undefined : bundleBudget()))
  .then(() => (process.env.BENCH_SKIP_XLSX === '1' ? undefined : hostileXlsx()))
  .then(() => (process.env.BENCH_SKIP_DOCS === '1' ? undefined : budgetProcess('Documents per second (npm run bench:documents)', 'bench/documents.ts')))
  .then(async () => {
    if (process.env.BENCH_SKIP_EVENTLOOP === '1') return;
    // bench/eventLoop.ts makes its own database from this URL (the tests' template mechanism) and drops it.
    if (DATABASES.includes('pglite')) await budgetProcess('Event loop under load, PGlite (npm run bench:eventloop)', 'bench/eventLoop.ts', { BENCH_DATABASE_URL: '' });
    const pgTest = process.env.BENCH_DATABASE_URL ?? new URL('/test', PG_ADMIN_URL).toString();
    if (DATABASES.includes('postgres')) await budgetProcess('Event loop under load, PostgreSQL', 'bench/eventLoop.ts', { BENCH_DATABASE_URL: pgTest });
  })
  .then(() =>
    process.env.BENCH_SKIP_EXPORT === '1' || !DATABASES.includes('postgres')
      ? undefined
      : budgetProcess('100,000-row XLSX export streamed by the real endpoint, PostgreSQL (npm run bench:export:endpoint)', 'bench/exportEndpoint.ts'),
  )
  // Long (it builds a 300,000-person country on PostgreSQL): only when asked.
  .then(() => (process.env.BENCH_NATIONAL === '1' ? budgetProcess('National scale (bench/nationalScale.ts)', 'bench/nationalScale.ts') : undefined))
  .then(() => {
    if (missedBudgets.length) throw new Error(`Budgets missed (issue 13):\n  ${missedBudgets.join('\n  ')}`);
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
