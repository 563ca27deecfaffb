import { sql } from 'drizzle-orm';

/** The page a list asks for (1-based), as every list's querystring has it. */
export type PageRequest = { page: number; pageSize: number };

/** Selected as `total` beside a page's columns: how many rows the query's where matches, on every row (one round trip). */
export const totalRows = () => sql<number>`count(*) over ()`.mapWith(Number);

/** How many rows come before `page`: the query's `.offset()`. */
export const pageOffset = ({ page, pageSize }: PageRequest) => (page - 1) * pageSize;

/** A list's answer (`pageOf` in shared/contracts/page.ts): the page's rows presented, and the total its first row carries. */
export function toPage<R extends { total: number }, T>(rows: R[], present: (row: Omit<R, 'total'>) => T, { page, pageSize }: PageRequest) {
  return { items: rows.map(({ total: _total, ...row }) => present(row)), total: rows[0]?.total ?? 0, page, pageSize };
}
