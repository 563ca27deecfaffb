import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../client';
import { seedAll } from '../seed/seedAll';
import { TEMPLATE_ENV, waitForNoSessions } from './testDatabaseTemplates';

/**
 * A fresh, migrated and seeded database for one test file: in-memory PGlite by default, or a new
 * PostgreSQL database (created and dropped here) when TEST_DATABASE_URL is set — the same suite runs on both.
 * When the run's global setup built templates (testDatabaseTemplates.ts), the database is a copy of one;
 * otherwise it is migrated and seeded here.
 */
export async function createTestDatabase(options: { seed?: boolean } = {}): Promise<Database> {
  const seed = options.seed !== false;
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = process.env[seed ? TEMPLATE_ENV.postgresSeeded : TEMPLATE_ENV.postgresEmpty];
    const database = await createPostgresDatabase(url, template);
    if (!template) await migrateAndSeed(database, seed);
    return database;
  }
  const dump = process.env[seed ? TEMPLATE_ENV.pgliteSeeded : TEMPLATE_ENV.pgliteEmpty];
  if (dump && fs.existsSync(dump)) {
    return openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: new Blob([fs.readFileSync(dump)]) });
  }
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await migrateAndSeed(database, seed);
  return database;
}

/**
 * Fills an empty DATA_DIR as a first start of the server or the CLI would leave it (migrated, seeded or not), for
 * the tests that run real processes on a data folder: a `tsx` child that finds no database runs initdb, the
 * migrations and the seed (≈ 10 s of CPU). With the run's templates the dump is unpacked by `tar` (its entries are
 * relative to PGlite's data folder, `DATA_DIR/pgdata` as openDatabase lays it out); without them it is built here.
 */
export async function createTestDataDir(dataDir: string, options: { seed?: boolean } = {}): Promise<void> {
  const seed = options.seed !== false;
  const dump = process.env[seed ? TEMPLATE_ENV.pgliteSeeded : TEMPLATE_ENV.pgliteEmpty];
  if (dump && fs.existsSync(dump)) {
    const pgdata = path.join(dataDir, 'pgdata');
    fs.mkdirSync(pgdata, { recursive: true });
    const tar = spawnSync('tar', ['-xf', dump, '-C', pgdata], { encoding: 'utf8' });
    if (tar.status !== 0) throw new Error(`tar -xf ${dump}: ${tar.stderr || tar.error?.message}`);
    return;
  }
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await migrateAndSeed(database, seed);
  } finally {
    await database.close();
  }
}

async function migrateAndSeed(database: Database, seed: boolean): Promise<void> {
  await migrateDatabase(database);
  if (seed) await seedAll(database.db);
}

async function createPostgresDatabase(url: string, template: string | undefined): Promise<Database> {
  const name = `thidua_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = '/' + name;
  const opened = await openDatabase({ kind: 'postgres', url: dbUrl.toString(), poolSize: 5 });
  return {
    ...opened,
    close: async () => {
      await opened.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      // pool.end() resolves before the server has closed the sessions; dropping "with (force)" while one is still
      // closing makes the server kill it, and pg reports that (57P01) as an unhandled error. Wait for them first.
      await waitForNoSessions(dropper, [name]);
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
