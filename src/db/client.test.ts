import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from './client';
import { createTestDatabase } from './test/testDatabase';

describe('openDatabase', () => {
  // PGlite only: PostgreSQL's answers arrive through the network, a turn for one or for several at once.
  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))('lets the event loop turn between the statements of concurrent requests on PGlite (it runs them in this process)', async () => {
    const database = await createTestDatabase();
    try {
      let turns = 0;
      let counting = true;
      const count = () => {
        if (!counting) return;
        turns += 1;
        setImmediate(count);
      };
      setImmediate(count);
      // Three requests of three statements each, started together. Without a turn between statements, PGlite ran
      // all nine in promise callbacks of one turn, and `count` not once.
      const request = async () => {
        for (let i = 0; i < 3; i++) await database.db.execute(sql`select ${i}::int as n`);
      };
      await Promise.all([request(), request(), request()]);
      counting = false;
      expect(turns).toBeGreaterThanOrEqual(9);
    } finally {
      await database.close();
    }
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('keeps serving on PostgreSQL after its pooled connections are ended (a restart, an administrator), instead of ending the process', async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const lost: Error[] = [];
    const database = await openDatabase({ kind: 'postgres', url, poolSize: 3, onIdleConnectionError: (err) => lost.push(err) });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await Promise.all([1, 2, 3].map((n) => database.db.execute(sql`select ${n}::int as n, pg_sleep(0.05)`)));
      const { rows } = await admin.query<{ ended: boolean }>(
        `select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and application_name = '' and backend_type = 'client backend' and pid in (select pid from pg_stat_activity where state = 'idle')`,
      );
      expect(rows.length).toBeGreaterThan(0);
      // Each ended connection is heard of (and dropped) once its socket closes; without a listener the first ended the process.
      await expect.poll(() => lost.length).toBe(rows.length);
      const [row] = (await database.db.execute(sql`select 42::int as answer`)).rows;
      expect(row).toEqual({ answer: 42 });
    } finally {
      await admin.end();
      await database.close();
    }
  });
});
