import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyOf } from './anyOf';
import { createTestApp, type TestApp } from './testing/testApp';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('anyOf', () => {
  it('matches a list of 70,000 ids with one parameter (inArray stops at 65,535), and nothing for an empty list', async () => {
    const ids = Array.from({ length: 70_000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const [unit] = (await t.database.db.execute<{ id: string }>(sql`select id from org_units limit 1`)).rows;
    const matched = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from org_units where ${anyOf(sql`id`, [...ids, unit.id])}`);
    expect(matched.rows[0].n).toBe(1);
    const none = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from org_units where ${anyOf(sql`id`, [])}`);
    expect(none.rows[0].n).toBe(0);
    const codes = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from org_units where ${anyOf(sql`code`, ['no-such-code'], 'text')}`);
    expect(codes.rows[0].n).toBe(0);
  });
});
