import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../client';
import { seedAll } from '../seed/seedAll';

/**
 * Vitest global setup (vitest.config.ts): builds, once per run, the migrated database of every test file — empty and
 * seeded with the real Kiên Giang 2020 data — so that a test file copies it instead of migrating and seeding again.
 * On PGlite a fresh in-memory instance runs initdb (≈ 4 s here) and then the migrations and seed (≈ 0.7 s); loading
 * a dumped data folder takes ≈ 1.2 s. On PostgreSQL each file's database is `create database … template …`.
 * The templates are named to the test files through environment variables (inherited by Vitest's workers).
 */
export const TEMPLATE_ENV = {
  pgliteSeeded: 'THIDUA_TEST_PGLITE_SEEDED',
  pgliteEmpty: 'THIDUA_TEST_PGLITE_EMPTY',
  postgresSeeded: 'THIDUA_TEST_PG_SEEDED',
  postgresEmpty: 'THIDUA_TEST_PG_EMPTY',
} as const;

export default async function setup(): Promise<() => Promise<void>> {
  // Several projects of one run list this setup (server and server-isolated): the first builds the templates, the
  // others use them, and the first's teardown removes them at the end of the run.
  const run = globalThis as { thiduaTestTemplates?: Promise<() => Promise<void>> };
  if (run.thiduaTestTemplates) {
    await run.thiduaTestTemplates;
    return async () => undefined;
  }
  const url = process.env.TEST_DATABASE_URL;
  run.thiduaTestTemplates = url ? setupPostgres(url) : setupPglite();
  return run.thiduaTestTemplates;
}

async function setupPglite(): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-test-templates-'));
  const dump = async (seed: boolean, file: string) => {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrateDatabase(database);
    if (seed) await seedAll(database.db);
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const blob = await client.dumpDataDir('none');
    fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
    await database.close();
  };
  const seeded = path.join(dir, 'seeded.tar');
  const empty = path.join(dir, 'empty.tar');
  await Promise.all([dump(true, seeded), dump(false, empty)]);
  process.env[TEMPLATE_ENV.pgliteSeeded] = seeded;
  process.env[TEMPLATE_ENV.pgliteEmpty] = empty;
  return async () => fs.rmSync(dir, { recursive: true, force: true });
}

async function setupPostgres(url: string): Promise<() => Promise<void>> {
  const suffix = randomBytes(4).toString('hex');
  const names = { seeded: `thidua_tpl_seeded_${suffix}`, empty: `thidua_tpl_empty_${suffix}` };
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const build = async (name: string, seed: boolean) => {
    await admin.query(`create database ${name}`);
    const dbUrl = new URL(url);
    dbUrl.pathname = '/' + name;
    const database: Database = await openDatabase({ kind: 'postgres', url: dbUrl.toString(), poolSize: 2 });
    await migrateDatabase(database);
    if (seed) await seedAll(database.db);
    await database.close();
  };
  await build(names.seeded, true);
  await build(names.empty, false);
  // A template may have no session open when it is copied; pool.end() resolves before the server has closed them.
  await waitForNoSessions(admin, Object.values(names));
  process.env[TEMPLATE_ENV.postgresSeeded] = names.seeded;
  process.env[TEMPLATE_ENV.postgresEmpty] = names.empty;
  await admin.end();
  return async () => {
    const dropper = new pg.Client({ connectionString: url });
    await dropper.connect();
    for (const name of Object.values(names)) await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  };
}

/** Waits until no session is connected to any of these databases (at most ~5 s). */
export async function waitForNoSessions(client: pg.Client, databases: string[]): Promise<void> {
  for (let i = 0; i < 250; i += 1) {
    const { rows } = await client.query('select count(*)::int as n from pg_stat_activity where datname = any($1::text[])', [databases]);
    if (rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
