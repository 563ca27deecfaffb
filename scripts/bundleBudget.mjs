/**
 * Web bundle budget (issue 13 §5): the JS and CSS a browser downloads on the first page load — the entry chunk, the
 * chunks it imports statically, and their CSS — must stay ≤ 250 kB gzip (1 kB = 1000 bytes, as Vite prints sizes). Pages loaded on demand (React.lazy) are
 * listed apart and do not count.
 *
 * Reads dist/web/.vite/manifest.json (vite.config.ts sets build.manifest), gzips each file with node:zlib
 * (level 9, as a server or CDN would), prints a table and exits 1 above the budget.
 * Run after `vite build` (`npm run build:web` does). BUNDLE_BUDGET_KB overrides the budget.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist', 'web');
const BUDGET_KB = Number(process.env.BUNDLE_BUDGET_KB ?? 250);

const manifestPath = path.join(DIST, '.vite', 'manifest.json');
if (!fs.existsSync(manifestPath)) {
  console.error(`Bundle budget: ${path.relative(ROOT, manifestPath)} not found — run \`vite build --config vite.config.ts\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));

const kb = (bytes) => bytes / 1000;
const fmt = (bytes) => kb(bytes).toFixed(1).padStart(8);
function sizes(file) {
  const buf = fs.readFileSync(path.join(DIST, file));
  return { file, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
}

// The initial load: every entry, its static imports (transitively) and the CSS of each.
const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const css of chunk.css ?? []) initial.add(css);
  for (const imp of chunk.imports ?? []) visit(imp);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

const everything = new Set();
for (const chunk of Object.values(manifest)) {
  everything.add(chunk.file);
  for (const css of chunk.css ?? []) everything.add(css);
}
const initialRows = [...initial].map(sizes).sort((a, b) => b.gzip - a.gzip);
const lazyRows = [...everything].filter((f) => !initial.has(f)).map(sizes).sort((a, b) => b.gzip - a.gzip);

const total = initialRows.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip }), { raw: 0, gzip: 0 });
const lazyTotal = lazyRows.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip }), { raw: 0, gzip: 0 });

console.log('\nWeb bundle (dist/web), kB = 1000 bytes, as Vite prints, gzip level 9');
console.log(`${'file'.padEnd(48)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)}`);
console.log('Initial load (entry + static imports + CSS):');
for (const r of initialRows) console.log(`  ${r.file.padEnd(46)} ${fmt(r.raw)} ${fmt(r.gzip)}`);
console.log(`  ${'total initial'.padEnd(46)} ${fmt(total.raw)} ${fmt(total.gzip)}`);
const SHOWN = 15;
console.log(`Loaded with their page (${lazyRows.length} files, largest ${Math.min(SHOWN, lazyRows.length)} shown):`);
for (const r of lazyRows.slice(0, SHOWN)) console.log(`  ${r.file.padEnd(46)} ${fmt(r.raw)} ${fmt(r.gzip)}`);
console.log(`  ${'total on demand'.padEnd(46)} ${fmt(lazyTotal.raw)} ${fmt(lazyTotal.gzip)}`);

const zodChunks = [...initial].filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(DIST, f), 'utf8').includes('ZodError'));
if (zodChunks.length > 0) console.log(`Note: zod is in the initial load (${zodChunks.join(', ')}).`);

const ok = kb(total.gzip) <= BUDGET_KB;
console.log(`Initial JS + CSS: ${kb(total.gzip).toFixed(1)} kB gzip, budget ${BUDGET_KB} kB — ${ok ? 'within budget' : 'OVER BUDGET'}\n`);
process.exit(ok ? 0 : 1);
