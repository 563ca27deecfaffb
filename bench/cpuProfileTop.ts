/**
 * `tsx bench/cpuProfileTop.ts <file.cpuprofile> [count=15] [--skip <seconds>] [--window <seconds>]`: the functions with
 * the most self time in a V8 CPU profile (`node --cpu-prof`, e.g. `BENCH_CPU_PROF=<folder> npm run bench`), by function
 * and file, as a Markdown table. `--skip 12` leaves out the first 12 s (start-up's module loading, which keeps the
 * process busier than a load run on a shared machine, and the bench's set-up requests); `--window 10` then counts only
 * the busiest 10 s of what is left. `--timeline` prints the busy share of each second first, to find where the load
 * runs are.
 * Idle time is left out of the percentages; then the same self time summed by package (our code, node, native).
 */
import fs from 'node:fs';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const args = process.argv.slice(2);
const windowAt = args.indexOf('--window');
const windowUs = windowAt >= 0 ? Number(args.splice(windowAt, 2)[1]) * 1e6 : Infinity;
const skipAt = args.indexOf('--skip');
const skipUs = skipAt >= 0 ? Number(args.splice(skipAt, 2)[1]) * 1e6 : 0;
const timelineAt = args.indexOf('--timeline');
if (timelineAt >= 0) args.splice(timelineAt, 1);
const [file, count = '15'] = args;
if (!file) throw new Error('usage: tsx bench/cpuProfileTop.ts <file.cpuprofile> [count] [--skip <seconds>] [--window <seconds>] [--timeline]');
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

/** "drizzle-orm/pg-core/dialect.js" for a dependency, the path under the project for our files, "node:…" for node's. */
function where(url: string): string {
  if (!url) return '';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const src = url.indexOf('/src/');
  return src >= 0 ? url.slice(src + 1) : url.replace(/^file:\/\//, '');
}

/** The package of a file: "drizzle-orm", "@fastify/cookie", "src" (ours), "node", or "native / VM" (no file). */
function owner(url: string): string {
  const at = where(url);
  if (!at) return 'native / VM';
  if (at.startsWith('node:')) return 'node';
  if (at.startsWith('src/')) return 'src';
  if (!url.includes('node_modules/')) return at;
  const parts = at.split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

const selfUs = new Map<string, number>();
const packageUs = new Map<string, number>();
let busyUs = 0;
let idleUs = 0;
if (timelineAt >= 0) console.log(`Busy share of each second: ${timeline(profile).map((share, s) => `${s}: ${Math.round(100 * share)}%`).join(', ')}\n`);
const [from, to] = busiestWindow(profile, windowUs, firstSampleAfter(profile, skipUs));
profile.samples.forEach((id, i) => {
  if (i < from || i >= to) return;
  const node = byId.get(id)!;
  const dt = profile.timeDeltas[i] ?? 0;
  const name = node.callFrame.functionName || '(anonymous)';
  if (name === '(idle)') {
    idleUs += dt;
    return;
  }
  busyUs += dt;
  const key = `${name}\t${where(node.callFrame.url)}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ''}`;
  selfUs.set(key, (selfUs.get(key) ?? 0) + dt);
  const pkg = owner(node.callFrame.url);
  packageUs.set(pkg, (packageUs.get(pkg) ?? 0) + dt);
});

console.log(`${file}: ${(busyUs / 1e6).toFixed(1)} s busy, ${(idleUs / 1e6).toFixed(1)} s idle\n`);
console.log('| Self ms | % of busy | Function | Where |');
console.log('| ---: | ---: | --- | --- |');
for (const [key, us] of [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
  const [name, at] = key.split('\t');
  console.log(`| ${Math.round(us / 1000)} | ${((100 * us) / busyUs).toFixed(1)} | \`${name}\` | ${at} |`);
}

const top = [...packageUs].sort((a, b) => b[1] - a[1]).slice(0, 8);
console.log(`\nBy package: ${top.map(([pkg, us]) => `${pkg} ${((100 * us) / busyUs).toFixed(0)}%`).join(', ')}`);

function idleIds(p: Profile): Set<number> {
  return new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
}

/** The index of the first sample taken `skip` µs or more after the profile started. */
function firstSampleAfter(p: Profile, skip: number): number {
  let elapsed = 0;
  for (let i = 0; i < p.samples.length; i++) {
    elapsed += p.timeDeltas[i] ?? 0;
    if (elapsed >= skip) return i;
  }
  return p.samples.length;
}

/** The non-idle share of each whole second of the profile. */
function timeline(p: Profile): number[] {
  const idle = idleIds(p);
  const busy: number[] = [];
  let elapsed = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    elapsed += dt;
    const second = Math.floor(elapsed / 1e6);
    while (busy.length <= second) busy.push(0);
    if (!idle.has(id)) busy[second]! += dt / 1e6;
  });
  return busy;
}

/** Sample indexes [from, to) of the span of `span` µs from sample `start` on with the most non-idle time; all of it when Infinity. */
function busiestWindow(p: Profile, span: number, start: number): [number, number] {
  if (!Number.isFinite(span)) return [start, p.samples.length];
  const idle = idleIds(p);
  let best: [number, number] = [start, start];
  let bestBusy = -1;
  let busy = 0;
  let elapsed = 0;
  let from = start;
  for (let to = start; to < p.samples.length; to++) {
    const dt = p.timeDeltas[to] ?? 0;
    elapsed += dt;
    if (!idle.has(p.samples[to]!)) busy += dt;
    while (elapsed > span && from < to) {
      const d = p.timeDeltas[from] ?? 0;
      elapsed -= d;
      if (!idle.has(p.samples[from]!)) busy -= d;
      from++;
    }
    if (busy > bestBusy) {
      bestBusy = busy;
      best = [from, to + 1];
    }
  }
  return best;
}
