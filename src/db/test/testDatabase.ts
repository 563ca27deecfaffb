import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../client';
import { seedAll } from '../seed/seedAll';

/**
 * A fresh, migrated and seeded database for one test file: in-memory PGlite by default, or a new
 * PostgreSQL database (created and dropped here) when TEST_DATABASE_URL is set — the same suite runs on both.
 */
export async function createTestDatabase(options: { seed?: boolean } = {}): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  let database: Database;
  if (url) {
    const name = `thidua_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const dbUrl = new URL(url);
    dbUrl.pathname = '/' + name;
    const opened = await openDatabase({ kind: 'postgres', url: dbUrl.toString(), poolSize: 5 });
    database = {
      ...opened,
      close: async () => {
        await opened.close();
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        // pool.end() resolves before the server has closed the sessions; dropping "with (force)" while one is still
        // closing makes the server kill it, and pg reports that (57P01) as an unhandled error. Wait for them first.
        for (let i = 0; i < 50; i += 1) {
          const { rows } = await dropper.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await dropper.query(`drop database if exists ${name} with (force)`);
        await dropper.end();
      },
    };
  } else {
    database = await openDatabase({ kind: 'pglite', dataDir: null });
  }
  await migrateDatabase(database);
  if (options.seed !== false) await seedAll(database.db);
  return database;
}
