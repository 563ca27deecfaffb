import { asc, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits } from '../../db/schema';
import { totalRows } from './pagedList';
import { namedStatement } from './namedStatement';
import { createTestApp, type TestApp } from './testing/testApp';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('namedStatement', () => {
  it('gives the rows drizzle gives for the same select: dates as text, counts mapped to numbers, nulls, an array placeholder', async () => {
    const db = t.database.db;
    const columns = {
      id: orgUnits.id,
      code: orgUnits.code,
      kind: orgUnits.kind,
      depth: orgUnits.depth,
      validFrom: orgUnits.validFrom,
      validTo: orgUnits.validTo,
      parentId: orgUnits.parentId,
      isRoot: sql<boolean>`${orgUnits.parentId} is null`,
      total: totalRows(),
    };
    const select = (c: typeof columns) =>
      db
        .select(c)
        .from(orgUnits)
        .where(sql`${orgUnits.searchText} like all (${sql.placeholder('patterns')}::text[]) and ${like(orgUnits.code, sql.placeholder('code'))}`)
        .orderBy(asc(orgUnits.code))
        .limit(sql.placeholder('limit'));
    const values = { patterns: ['%giong rieng%'], code: '%', limit: 5 };
    const statement = namedStatement(db, 'named_statement_test', columns, select);
    const rows = await statement.execute(values);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(await select(columns).prepare('named_statement_test_drizzle').execute(values));
    expect(typeof rows[0].total).toBe('number');
    expect(rows[0].validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Run again: on PostgreSQL the connection now has the statement, and only its name and values are sent.
    expect(await statement.execute({ ...values, limit: 1 })).toEqual(rows.slice(0, 1));
    await expect(statement.execute({ patterns: [], code: '%' })).rejects.toThrow('No value for placeholder "limit"');
  });
});
