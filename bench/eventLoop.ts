/**
 * `npm run bench:eventloop`: nothing blocks the event loop (issue 13 §3). Starts the real server
 * (bench/eventLoopServer.ts) and, while one client calls GET /api/health back to back, runs at the same time a large
 * export (every org unit, XLSX, as the administrator), a heavy import (BENCH_IMPORT_ROWS units, 3,000: the exported
 * units repeated under new codes, checked as a dry run within the request) and a document batch (the registration form, BENCH_DOC_BATCH PDFs and as many DOCX, four requests at a time).
 * Prints the health checks' p50/p99/max (a check still waiting when the work ends counts with its wait so far), next
 * to the same figures for 1 s idle, and exits 1 when the p99 under load is above 100 ms. Then the server's event-loop
 * turns meanwhile in its main thread's CPU time (support/turnProbe.ts, Linux): what the checks' latency would be on
 * an otherwise idle machine, and the share of the wall time the main thread spent waiting for a core.
 * Database: PGlite in memory, or PostgreSQL when BENCH_DATABASE_URL is set (a database created and dropped for the run).
 */
import { parseXlsx, toXlsx } from '../src/documents/tabular/xlsx';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, startBenchServer } from './support/benchProcess';
import { summariseTurns, type Turn } from './support/turnProbe';

const P99_BUDGET_MS = 100;
const DOC_BATCH = Number(process.env.BENCH_DOC_BATCH ?? 30);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 3000);
type Session = { cookie: string; csrf: string };
type Server = { port: number; eraId: string; admin: Session; officer: Session; registrationId: string; database: string };
const turnsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-turns-')), 'turns.json');

const startServer = () => {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', TEST_DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '', BENCH_TURNS_FILE: turnsFile };
  if (!env.TEST_DATABASE_URL) delete env.TEST_DATABASE_URL;
  return startBenchServer<Server>('bench/eventLoopServer.ts', env);
};

const summary = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1] };
};

/** Calls /api/health back to back until `until` settles; returns each call's latency in ms. */
async function healthLoop(base: string, until: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    const t0 = performance.now();
    const answered = fetch(`${base}/api/health`).then(async (r) => {
      await r.arrayBuffer();
      if (!r.ok) throw new Error(`/api/health: ${r.status}`);
    });
    // A check still waiting when the work ends counts with its wait so far.
    await Promise.race([answered, until.then(() => undefined)]);
    latencies.push(performance.now() - t0);
    await answered;
  }
  return latencies;
}

async function timed(name: string, work: () => Promise<string>) {
  const t0 = performance.now();
  const detail = await work();
  return `${name}: ${detail} in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
}

async function main() {
  const server = await startServer();
  let loadWindow = { from: 0, to: 0 };
  let ok = false;
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const as = (s: Session) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf });
    const get = async (url: string, s: Session) => {
      const r = await fetch(base + url, { headers: as(s) });
      if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
      return Buffer.from(await r.arrayBuffer());
    };
    const exportUnits = () => get(`/api/org-units/export?eraId=${server.eraId}&format=xlsx`, server.admin);
    const importUnits = async (file: Buffer) => {
      const r = await fetch(`${base}/api/org-units/import?eraId=${server.eraId}&format=xlsx&dryRun=true`, {
        method: 'POST',
        headers: { ...as(server.admin), 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        body: new Uint8Array(file),
      });
      const body = (await r.json()) as { total?: number };
      if (!r.ok) throw new Error(`import: ${r.status} ${JSON.stringify(body)}`);
      return `${body.total ?? '?'} rows checked`;
    };
    const documents = async () => {
      const urls = Array.from({ length: DOC_BATCH * 2 }, (_, i) => `/api/registrations/${server.registrationId}/form?format=${i % 2 ? 'docx' : 'pdf'}`);
      const next = async () => {
        for (let url = urls.pop(); url; url = urls.pop()) await get(url, server.officer);
      };
      await Promise.all([next(), next(), next(), next()]);
      return `${DOC_BATCH} PDF + ${DOC_BATCH} DOCX`;
    };

    // Warm-up: every route once (and the worker threads started), then the idle figure.
    const [header, ...units] = await parseXlsx(await exportUnits(), { inProcess: true });
    // Codes (column 1) and names (column 2) made unique; each new unit keeps a real parent.
    const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => {
      const row = [...units[i % units.length]];
      row[0] = `B${i}-${row[0]}`;
      row[1] = `${row[1]} ${i}`;
      return row;
    });
    const file = await toXlsx('Đơn vị', header, rows);
    await importUnits(file);
    await get(`/api/registrations/${server.registrationId}/form?format=pdf`, server.officer);
    await get(`/api/registrations/${server.registrationId}/form?format=docx`, server.officer);
    const idle = summary(await healthLoop(base, new Promise((r) => setTimeout(r, 1000))));

    loadWindow.from = Date.now();
    const work = Promise.all([
      timed('Export of every org unit (XLSX)', async () => `${(await exportUnits()).length} bytes`),
      timed('Import of that file (dry run)', () => importUnits(file)),
      timed('Document batch (registration form)', documents),
    ]);
    const [loaded, lines] = await Promise.all([healthLoop(base, work), work]);
    loadWindow = { ...loadWindow, to: Date.now() };
    const load = summary(loaded);
    console.log(`\nEvent loop under load (bench/eventLoop.ts, ${server.database}):`);
    for (const line of lines) console.log(`  ${line}`);
    console.log('\n| GET /api/health | calls | p50 ms | p99 ms | max ms |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const [name, s] of [['idle (1 s)', idle], ['during export + import + documents', load]] as const) {
      console.log(`| ${name} | ${s.n} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.max.toFixed(1)} |`);
    }
    ok = load.p99 <= P99_BUDGET_MS;
    console.log(`\n/api/health p99 under load ${load.p99.toFixed(0)} ms (budget ≤ ${P99_BUDGET_MS} ms): ${ok ? 'met' : 'MISSED'}`);
  } finally {
    // SIGTERM, not SIGKILL: the server drops its PostgreSQL database as it closes.
    server.child.kill('SIGTERM');
    await server.exited;
  }
  if (loadWindow.to && fs.existsSync(turnsFile)) {
    const t = summariseTurns(JSON.parse(fs.readFileSync(turnsFile, 'utf8')) as Turn[], loadWindow.from, loadWindow.to);
    console.log(`\nServer event-loop turns meanwhile, in main-thread CPU (load ${os.loadavg()[0].toFixed(1)}):`);
    console.log('| turns | p99 CPU ms | max CPU ms | turns ≥ 50 ms CPU | main-thread CPU s | run-queue wait / wall |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
    console.log(`| ${t.turns} | ${t.p99.toFixed(1)} | ${t.max.toFixed(1)} | ${t.over50} | ${(t.busyMs / 1000).toFixed(2)} | ${(t.waitShare * 100).toFixed(0)} % |`);
  }
  fs.rmSync(path.dirname(turnsFile), { recursive: true, force: true });
  return ok;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
