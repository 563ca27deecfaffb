import { PGlite } from '@electric-sql/pglite';
import { Column, is, Param, Placeholder, SQL } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from '../../db/client';

/** A selected field: a table column, or an sql`` expression (its `.mapWith()` decodes it). */
type Field = Column | SQL | SQL.Aliased;
type Query<Row> = { toSQL(): { sql: string; params: unknown[] }; execute(): Promise<Row[]> };
type Decoder = { mapFromDriverValue(value: unknown): unknown };

// Dates, timestamps, intervals and numeric arrays stay PostgreSQL's text, as drizzle's drivers read them (drizzle's
// columns decode that text): date, timestamp, timestamptz, interval and their arrays, numeric[].
const TEXT_TYPE_IDS = new Set([1082, 1114, 1184, 1186, 1182, 1115, 1185, 1187, 1231]);
const asText = (value: unknown) => value;
const pgTypes = {
  getTypeParser: ((id: number, format?: 'text' | 'binary') => (TEXT_TYPE_IDS.has(id) ? asText : pg.types.getTypeParser(id, format))) as typeof pg.types.getTypeParser,
};
const pgliteParsers = Object.fromEntries([...TEXT_TYPE_IDS].map((id) => [id, asText]));

/**
 * A select that runs on every request (the session lookup, the org-unit list), as a named statement sent straight to
 * the driver. drizzle builds its text and the order of its placeholders once; each run sends the statement's name and
 * values (PostgreSQL parses and plans it once per connection) and turns the driver's array rows into objects with the
 * selection's decoders, looked up once. drizzle's own prepared query does the same with, on every run, a tracing span,
 * a placeholder fill and, for every field of every row, `is()` walks of the prototype chain: 8% of the server's CPU
 * under the list benchmark (BENCHMARKS.md, issue 13 §1). The selection must be flat (no nested objects), as
 * `build` selects it. On PGlite, which has no statement names, the same text runs through its own query().
 */
export function namedStatement<S extends Record<string, Field>, Row>(db: Db, name: string, selection: S, build: (selection: S) => Query<Row>) {
  const { sql: text, params } = build(selection).toSQL();
  const keys = Object.keys(selection);
  const decoders: Decoder[] = Object.values(selection).map((field) => {
    if (is(field, Column)) return field;
    // drizzle keeps an expression's decoder (its mapWith) on the SQL object, untyped.
    return ((is(field, SQL) ? field : field.sql) as unknown as { decoder: Decoder }).decoder;
  });
  const bind = params.map((p): ((values: Record<string, unknown>) => unknown) => {
    if (is(p, Placeholder)) return (values) => valueOf(values, p.name);
    if (is(p, Param) && is(p.value, Placeholder)) {
      const { encoder } = p;
      const placeholder = p.value.name;
      return (values) => encoder!.mapToDriverValue(valueOf(values, placeholder));
    }
    return () => p;
  });
  const toRow = (raw: unknown[]): Row => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const value = raw[i];
      row[keys[i]!] = value === null ? null : decoders[i]!.mapFromDriverValue(value);
    }
    return row as Row;
  };
  const client = (db as unknown as { $client: pg.Pool | PGlite }).$client;
  const run: (values: unknown[]) => Promise<unknown[][]> =
    client instanceof PGlite
      ? async (values) => (await client.query<unknown[]>(text, values, { rowMode: 'array', parsers: pgliteParsers })).rows
      : async (values) => (await client.query<unknown[]>({ name, text, values, rowMode: 'array', types: pgTypes })).rows;
  return {
    /** The rows for these placeholder values (every placeholder of the statement must have a key, even if undefined). */
    async execute(values: Record<string, unknown>): Promise<Row[]> {
      const rows = await run(bind.map((b) => b(values)));
      return rows.map(toRow);
    },
  };
}

function valueOf(values: Record<string, unknown>, placeholder: string): unknown {
  if (!(placeholder in values)) throw new Error(`No value for placeholder "${placeholder}"`);
  return values[placeholder];
}
