/**
 * `tsx bench/nationalScale.ts` (or `BENCH_NATIONAL=1 npm run bench`): national scale (issue 13 §2). For each scale
 * (1/10, then full) it builds the synthetic country on PostgreSQL (bench/nationalData.ts), starts the real server on
 * it and measures, as Sở Nội vụ (province_secretariat): the eligibility list (first page, a later page, every page at
 * 500 a page), the eligibility XLSX export, the PAR ranking (live, first page) and its publication, the province
 * consolidation and a what-if; each BENCH_NATIONAL_RUNS times (3) with min/median/max, and the server's peak RSS
 * (VmRSS sampled every 25 ms). Then the growth full ÷ tenth. Exits 1 when eligibility first page + ranking at full
 * size exceeds 2 s (median) or the peak RSS exceeds 1 GB.
 * Options (env): BENCH_PG (postgres://postgres@127.0.0.1:5432), BENCH_NATIONAL_SCALES ("0.1,1"), BENCH_NATIONAL_RUNS
 * (3), BENCH_NATIONAL_REUSE=1 (keep a database generated before), BENCH_NATIONAL_ALL_PAGES=0 (skip the all-pages walk),
 * BENCH_NATIONAL_DATABASES ("0.1:my_tenth,1:my_full": other database names than bench_national_<scale>, so sessions
 * sharing the server keep their own).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateNation, PG_SERVER, recreateDatabase } from './nationalData';
import { rssBytes } from './support/benchProcess';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_NATIONAL_RUNS ?? 3);
const SCALES = (process.env.BENCH_NATIONAL_SCALES ?? '0.1,1').split(',').map(Number);
const ALL_PAGES = process.env.BENCH_NATIONAL_ALL_PAGES !== '0';
const ADMIN_PASSWORD = 'Bench@2020-quantri';
/** Another checkout to run the server from (e.g. the code before a change, `git archive <commit>` with node_modules linked). */
const SERVER_ROOT = process.env.BENCH_SERVER_ROOT ?? ROOT;
/** Only the measures whose title matches (e.g. "first page|ranking"), for a long "before" run. */
const ONLY = process.env.BENCH_NATIONAL_ONLY ? new RegExp(process.env.BENCH_NATIONAL_ONLY, 'i') : null;

const DATABASES = new Map((process.env.BENCH_NATIONAL_DATABASES ?? '').split(',').filter(Boolean).map((pair) => {
  const [scale, name] = pair.split(':');
  return [Number(scale), name] as const;
}));

type Server = { child: ChildProcess; port: number; pid: number };

function startServer(url: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    // node itself (not the tsx wrapper), so the pid whose VmRSS is sampled is the server's.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: SERVER_ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: url, BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD, LOG_LEVEL: 'warn' },
    });
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /localhost:(\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]), pid: child.pid! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type Measure = { title: string; ms: number[]; peakRss: number };

async function benchScale(scale: number): Promise<{ scale: number; generationS: number | null; nominees: number; measures: Measure[] }> {
  const name = DATABASES.get(scale) ?? `bench_national_${String(scale).replace('.', '_')}`;
  const url = `${PG_SERVER}/${name}`;
  let generationS: number | null = null;
  const reuse = process.env.BENCH_NATIONAL_REUSE === '1' && (await hasData(url));
  if (!reuse) {
    console.log(`\nGenerating scale ${scale} (${name}):`);
    const t0 = performance.now();
    await recreateDatabase(name);
    await generateNation(url, scale);
    generationS = (performance.now() - t0) / 1000;
    console.log(`  total ${generationS.toFixed(1)} s`);
  }
  const server = await startServer(url);
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const call = async (method: string, route: string, session: { cookie: string; csrf: string }, body?: unknown) => {
      const res = await fetch(base + route, {
        method,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const buffer = Buffer.from(await res.arrayBuffer());
      if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${buffer.toString().slice(0, 300)}`);
      return { res, buffer, json: () => JSON.parse(buffer.toString()) };
    };
    const none = { cookie: '', csrf: '' };
    const login = async (username: string, password: string) => {
      const r = await call('POST', '/api/auth/login', none, { username, password });
      return { cookie: r.res.headers.get('set-cookie')!.split(';')[0], csrf: r.json().csrfToken as string };
    };
    const admin = await login('admin', ADMIN_PASSWORD);
    const province = (await call('GET', '/api/org-units?kind=province&pageSize=5', admin)).json().items.find((u: { code: string }) => u.code === '91');
    const provinceId: string = province?.id ?? (await sql.query(`select id from org_units where era_id = 'kien-giang-2020' and kind = 'province'`)).rows[0].id;
    // Sở Nội vụ's secretariat: created once per database; a password set by the administrator must be changed first.
    const exists = (await sql.query(`select 1 from users where username = 'bench.sonoivu'`)).rowCount! > 0;
    if (!exists) {
      await call('POST', '/api/users', admin, { username: 'bench.sonoivu', fullName: 'Đo Hiệu Năng', role: 'province_secretariat', orgUnitId: provinceId, password: 'Tam@thoi-2020-xyz' });
      await call('POST', '/api/auth/password', await login('bench.sonoivu', 'Tam@thoi-2020-xyz'), { currentPassword: 'Tam@thoi-2020-xyz', newPassword: 'Doi@mat-khau-2021' });
    }
    const snv = await login('bench.sonoivu', 'Doi@mat-khau-2021');
    const campaignId: string = (await sql.query(`select id from campaigns where era_id = 'kien-giang-2020' and year = 2020`)).rows[0].id;
    const publish = async () => {
      await sql.query('delete from par_publications where year = 2020');
      await call('POST', '/api/par-results/2020/publication', snv, { decisionNumber: '999/QĐ-UBND', decisionDate: '2021-04-15', signer: 'Chủ tịch UBND tỉnh (thử)' });
    };
    await publish(); // the eligibility below reads the published PAR classes
    const elig = `/api/campaigns/${campaignId}/eligibility`;
    // The nominee count comes from a first eligibility page, skipped when BENCH_NATIONAL_ONLY leaves eligibility out.
    const nominees: number = !ONLY || ONLY.test('Eligibility') ? (await call('GET', `${elig}?page=1&pageSize=50`, snv)).json().total : NaN;
    const laterPage = Math.max(1, Math.floor(nominees / 50 / 2));

    const steps: [string, () => Promise<unknown>][] = [
      ['Eligibility, first page (50)', () => call('GET', `${elig}?page=1&pageSize=50`, snv)],
      [`Eligibility, page ${laterPage} (50)`, () => call('GET', `${elig}?page=${laterPage}&pageSize=50`, snv)],
      ['Eligibility, verdict filter "pass", first page', () => call('GET', `${elig}?verdict=pass&page=1&pageSize=50`, snv)],
      // The list reads stored verdicts; these two time their refresh: one unit's, and the whole campaign's.
      ['Eligibility, first page after one person’s rating changed', async () => {
        await sql.query(`update ratings set rating = case rating when 'good' then 'outstanding' else 'good' end where id = (select id from ratings where person_id is not null and year = 2020 limit 1)`);
        return call('GET', `${elig}?page=1&pageSize=50`, snv);
      }],
      ['Eligibility, first page after a whole-campaign change (rule set, publication)', async () => {
        await sql.query('insert into eligibility_stale (campaign_id) values ($1)', [campaignId]);
        return call('GET', `${elig}?page=1&pageSize=50`, snv);
      }],
      ['PAR ranking 2020 (live, first page)', () => call('GET', '/api/par-results?year=2020&source=live&page=1&pageSize=100', snv)],
      ['PAR ranking publication', publish],
      ['Province consolidation', () => call('GET', `/api/campaigns/${campaignId}/consolidations/province`, snv)],
      ['What-if (class A threshold: excellent or good)', () => call('POST', `${elig}/what-if`, snv, { overrides: { criteria: { 'collective.A.parClass': { classes: ['excellent', 'good'] } } } })],
      ['Eligibility XLSX export', () => call('GET', `${elig}/export?format=xlsx`, snv)],
    ];
    if (ALL_PAGES) {
      steps.push([
        `Eligibility, all ${Math.ceil(nominees / 500)} pages (500)`,
        async () => {
          for (let page = 1; (page - 1) * 500 < nominees; page++) await call('GET', `${elig}?page=${page}&pageSize=500`, snv);
        },
      ]);
    }
    const measures: Measure[] = [];
    for (const [title, run] of steps.filter(([title]) => !ONLY || ONLY.test(title))) {
      const m: Measure = { title, ms: [], peakRss: 0 };
      for (let i = 0; i < RUNS; i++) {
        let sampling = true;
        const sampler = (async () => {
          while (sampling) {
            m.peakRss = Math.max(m.peakRss, rssBytes(server.pid));
            await new Promise((r) => setTimeout(r, 25));
          }
        })();
        const t0 = performance.now();
        await run();
        m.ms.push(performance.now() - t0);
        sampling = false;
        await sampler;
      }
      console.log(`  ${title}: ${m.ms.map((x) => Math.round(x)).join(' / ')} ms, peak RSS ${(m.peakRss / 2 ** 20).toFixed(0)} MB`);
      measures.push(m);
    }
    return { scale, generationS, nominees, measures };
  } finally {
    await sql.end();
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
  }
}

async function hasData(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const r = await client.query(`select count(*)::int as n from registrations`);
    return r.rows[0].n > 0;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main() {
  console.log(`National scale (issue 13 §2): ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}`);
  const results = [];
  for (const scale of SCALES) {
    console.log(`\nScale ${scale}:`);
    results.push(await benchScale(scale));
  }
  const fmt = (m: Measure) => `${Math.round(Math.min(...m.ms))} / ${Math.round(median(m.ms))} / ${Math.round(Math.max(...m.ms))}`;
  console.log(`\nRuns: ${RUNS} (min / median / max ms); load average now ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  console.log(`| Measure | ${results.map((r) => `scale ${r.scale} (${r.nominees} nominees) ms`).join(' | ')} | ${results.map((r) => `peak RSS MB (${r.scale})`).join(' | ')} |${results.length === 2 ? ' growth (median) |' : ''}`);
  console.log(`| --- | ${results.map(() => '---:').join(' | ')} | ${results.map(() => '---:').join(' | ')} |${results.length === 2 ? ' ---: |' : ''}`);
  for (let i = 0; i < results[0].measures.length; i++) {
    const row = results.map((r) => r.measures[i]);
    const growth = row.length === 2 ? ` ×${(median(row[1].ms) / median(row[0].ms)).toFixed(1)} |` : '';
    console.log(`| ${row[0].title} | ${row.map(fmt).join(' | ')} | ${row.map((m) => (m.peakRss / 2 ** 20).toFixed(0)).join(' | ')} |${growth}`);
  }
  for (const r of results) if (r.generationS !== null) console.log(`Generation at scale ${r.scale}: ${r.generationS.toFixed(1)} s`);
  const full = results.find((r) => r.scale === 1);
  if (full) {
    const byTitle = (start: string) => full.measures.find((m) => m.title.startsWith(start));
    const firstPage = median(byTitle('Eligibility, first page')?.ms ?? [NaN]);
    const ranking = median(byTitle('PAR ranking 2020')?.ms ?? [NaN]);
    const peak = Math.max(...full.measures.map((m) => m.peakRss));
    const ok = !(firstPage + ranking > 2000) && !Number.isNaN(firstPage + ranking) && peak <= 2 ** 30;
    console.log(`\nGoal at full size: eligibility first page + ranking ${Math.round(firstPage + ranking)} ms (≤ 2000), peak RSS ${(peak / 2 ** 20).toFixed(0)} MB (≤ 1024): ${ok ? 'met' : 'MISSED'}`);
    if (!ok) process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
