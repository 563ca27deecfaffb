import { sql, type Column, type SQL } from 'drizzle-orm';

/**
 * `column = any($1::uuid[])`: the whole list travels as ONE bind parameter. drizzle's `inArray` sends one parameter
 * per value, which PostgreSQL refuses past 65,535 (issue 13: the eligibility list failed above ~63,000 nominees) and
 * which makes every list length a different statement to plan. An empty list matches nothing.
 */
export function anyOf(column: Column | SQL, values: readonly string[], type: 'uuid' | 'text' = 'uuid'): SQL {
  if (values.length === 0) return sql`false`;
  return sql`${column} = any(${sql.param([...values])}::${sql.raw(type)}[])`;
}
