// Runs the database suite of `npm test` on PostgreSQL. Each test file creates (and drops) its own
// database through TEST_DATABASE_URL, which defaults to the local server our machines run.
// The domain project (src/domain, src/shared) is left out: its rules do no I/O and import nothing of the database,
// so a second run would repeat the PGlite phase's results exactly. Every file of the server projects runs.
import { spawnSync } from 'node:child_process';

const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
console.log(`Chạy bộ kiểm thử trên PostgreSQL: ${url.replace(/:[^:@/]*@/, ':***@')}`);
const result = spawnSync('npx', ['vitest', 'run', '--project', 'server', '--project', 'server-isolated', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE_URL: url },
});
process.exit(result.status ?? 1);
