import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
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
});
