/**
 * `npm run bench:xlsx` (also run at the end of `npm run bench`): three hostile XLSX uploads against the real app.
 * For each file a fresh server (bench/hostileXlsxServer.ts under tsx: buildApp on in-memory PGlite, the 34/KH-UBND
 * campaign, a unit officer's session) is started and warmed with one normal import; then the file is sent to
 * `POST /api/campaigns/{id}/registrations/import?format=xlsx&dryRun=true` while a second loop calls `/api/health`
 * back to back. Printed per file: status and time to answer, the server's peak RSS increase (VmRSS sampled every
 * 10 ms from /proc, Linux only) and the health checks' p50 / p99 / max latency meanwhile.
 * For comparison, the health checks' p99 with no upload (1 s just before) and a fourth file, about the largest the
 * limits accept, which is read in full.
 * Options (env): BENCH_XFD_ROWS (1500), BENCH_TIMEOUT_SECONDS (120), BENCH_FILES (comma list of xfd,expanded,strings,largest).
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { expandedSheetFile, largestAcceptedFile, manySharedStringsFile, xfdColumnFile } from '../src/documents/tabular/hostileXlsxFiles';
import { toXlsx } from '../src/documents/tabular/xlsx';
import { killBenchServer, percentile, rssBytes, sleep, startBenchServer, type BenchServer } from './support/benchProcess';

const XFD_ROWS = Number(process.env.BENCH_XFD_ROWS ?? 1500);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_SECONDS ?? 120) * 1000;
const ONLY = (process.env.BENCH_FILES ?? 'xfd,expanded,strings,largest').split(',');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Announced = { campaignId: string; cookie: string; csrf: string };
type Server = BenchServer<Announced>;

const startServer = () => startBenchServer<Announced>('bench/hostileXlsxServer.ts', { ...process.env, LOG_LEVEL: 'silent' });

async function upload(s: Server, file: Buffer) {
  const url = `http://127.0.0.1:${s.port}/api/campaigns/${s.campaignId}/registrations/import?format=xlsx&dryRun=true`;
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': XLSX, cookie: s.cookie, 'x-csrf-token': s.csrf }, body: new Uint8Array(file), signal: AbortSignal.timeout(TIMEOUT_MS) });
  return { status: res.status, body: await res.text() };
}

async function measure(title: string, file: Buffer) {
  const s = await startServer();
  try {
    // Warm-up: health, and one normal file so the first-use cost (worker start, module loading) is not counted.
    await fetch(`http://127.0.0.1:${s.port}/api/health`);
    const normal = await toXlsx('Đăng ký', ['Mã đơn vị', 'Tên đơn vị', 'Nội dung đăng ký tập thể', 'Họ và tên', 'Chức vụ', 'Nội dung đăng ký cá nhân'], [['30904', 'Thị trấn Giồng Riềng', '', 'Nguyễn Văn A', 'Công chức', '']]);
    const warm = await upload(s, normal);
    if (warm.status !== 200) throw new Error(`warm-up import: ${warm.status} ${warm.body}`);
    await sleep(300);
    const idle: number[] = [];
    for (const until = performance.now() + 1000; performance.now() < until; ) {
      const t0 = performance.now();
      await fetch(`http://127.0.0.1:${s.port}/api/health`);
      idle.push(performance.now() - t0);
      await sleep(5);
    }
    const baseline = rssBytes(s.pid);
    let peak = baseline;
    let running = true;
    const sampler = (async () => {
      while (running) {
        try {
          peak = Math.max(peak, rssBytes(s.pid));
        } catch {
          return;
        }
        await sleep(10);
      }
    })();
    const health: number[] = [];
    let pendingSince: number | null = null;
    const healthLoop = (async () => {
      while (running) {
        pendingSince = performance.now();
        try {
          await fetch(`http://127.0.0.1:${s.port}/api/health`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
        } catch {
          return;
        }
        if (!running) break;
        health.push(performance.now() - pendingSince);
        pendingSince = null;
        await sleep(5);
      }
    })();
    await sleep(50);
    const t0 = performance.now();
    const outcome = await Promise.race([
      upload(s, file).then(
        (r) => ({ answer: `${r.status} ${(JSON.parse(r.body)?.error?.message ?? r.body).slice(0, 110)}` }),
        // A dropped connection is usually the server dying: wait a moment for its exit to say so.
        async (e: Error) => ({ answer: await Promise.race([s.exited.then((why) => `server died (${why})`), sleep(3000).then(() => `no answer (${e.name}: ${e.message})`)]) }),
      ),
      s.exited.then((why) => ({ answer: `server died (${why})` })),
    ]);
    const seconds = (performance.now() - t0) / 1000;
    running = false;
    // A health check still waiting when the answer came counts with its wait so far.
    if (pendingSince !== null) health.push(performance.now() - pendingSince);
    await Promise.race([Promise.all([sampler, healthLoop]), sleep(2000)]);
    const sorted = [...health].sort((a, b) => a - b);
    return {
      title,
      size: file.length,
      answer: outcome.answer,
      seconds,
      rssMb: (peak - baseline) / 2 ** 20,
      health: { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN },
      idleP99: percentile(idle.sort((a, b) => a - b), 99),
    };
  } finally {
    // The launcher does not pass SIGKILL on: end the server's own process, then the launcher.
    try {
      process.kill(s.pid, 'SIGKILL');
    } catch {
      // already gone (crashed)
    }
    await killBenchServer(s);
  }
}

async function main() {
  const files: [string, () => Buffer][] = [
    ['xfd', () => xfdColumnFile(XFD_ROWS)],
    ['expanded', () => expandedSheetFile()],
    ['strings', () => manySharedStringsFile()],
    ['largest', () => largestAcceptedFile()],
  ];
  const titles: Record<string, string> = {
    xfd: `Header + a value in column XFD on rows 2–${XFD_ROWS + 1}`,
    expanded: 'Sheet XML expanding to 250 MB',
    strings: 'One million shared strings',
    largest: 'Largest accepted: 20,000 rows × 6 long cells (45 MB sheet)',
  };
  const results = [];
  for (const [key, build] of files) {
    if (!ONLY.includes(key)) continue;
    const file = build();
    results.push(await measure(titles[key], file));
    const r = results.at(-1)!;
    console.error(`${r.title}: ${r.answer} in ${r.seconds.toFixed(2)} s, +${Math.round(r.rssMb)} MB, health p99 ${r.health.p99.toFixed(0)} ms`);
  }
  console.log(`\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
  console.log('| File | Size | Answer | Time to answer | Peak RSS increase | /api/health p50 / p99 / max (n) meanwhile | /api/health p99 idle |');
  console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const h = r.health;
    console.log(
      `| ${r.title} | ${(r.size / 1024).toFixed(0)} KB | ${r.answer.replace(/\|/g, '/')} | ${r.seconds.toFixed(2)} s | ${Math.round(r.rssMb)} MB | ${h.p50.toFixed(0)} / ${h.p99.toFixed(0)} / ${h.max.toFixed(0)} ms (${h.n}) | ${r.idleP99.toFixed(0)} ms |`,
    );
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
