/**
 * `npm run bench`: one run that measures, with the same load generator (autocannon), a bare Fastify
 * hello-world and an authenticated, scoped list endpoint of the real server, and prints the ratio.
 * Database: PGlite in a temporary folder, or PostgreSQL when BENCH_DATABASE_URL is set.
 * Options (env): BENCH_SECONDS (10), BENCH_CONNECTIONS (50).
 * Then checks the web bundle budget (`npm run build:web`, scripts/bundleBudget.mjs) unless BENCH_SKIP_BUNDLE=1, and
 * runs `npm run bench:xlsx` (bench/hostileXlsx.ts: hostile XLSX uploads) unless BENCH_SKIP_XLSX=1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

function start(script: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [script], { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${script} exited ${code}: ${out}`)));
  });
}

async function measure(title: string, url: string, headers: Record<string, string> = {}) {
  // Warm-up, then the measured run.
  await autocannon({ url, connections: 10, duration: 2, headers });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${title}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { title, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-'));
  const dbUrl = process.env.BENCH_DATABASE_URL ?? '';
  const children: ChildProcess[] = [];
  try {
    const hello = await start('bench/helloWorld.ts', { PORT: '0' }, /listening (\d+)/);
    children.push(hello.child);
    const app = await start(
      'src/server/main.ts',
      { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: dbUrl, BOOTSTRAP_ADMIN_PASSWORD: 'Bench@2020-quantri', LOG_LEVEL: 'warn' },
      /localhost:(\d+)/,
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

    const results = [
      await measure('Fastify hello-world (ceiling)', `http://127.0.0.1:${hello.port}/`),
      await measure(`GET /api/org-units?parentId=<Giồng Riềng> as district aggregator (${dbUrl ? 'PostgreSQL' : 'PGlite'})`, listUrl, { cookie: agg.cookie }),
    ];
    const [ceiling, endpoint] = results;
    console.log(`\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
    console.log(`Load: autocannon, ${CONNECTIONS} connections, ${SECONDS} s after a 2 s warm-up\n`);
    console.log('| Target | req/s | p50 ms | p99 ms |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const r of results) console.log(`| ${r.title} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} |`);
    console.log(`\nRatio endpoint / ceiling: ${(endpoint.rps / ceiling.rps).toFixed(3)}`);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
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

main()
  .then(() => (process.env.BENCH_SKIP_BUNDLE === '1' ? undefined : bundleBudget()))
  .then(() => (process.env.BENCH_SKIP_XLSX === '1' ? undefined : hostileXlsx()))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
