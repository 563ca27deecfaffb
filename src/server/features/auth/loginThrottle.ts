import { and, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { loginAttempts } from '../../../db/schema';

/**
 * Failed logins for a username since its last success, within the window. Kept in the database so
 * that every app node behind the load balancer counts the same attempts.
 */
export async function recentFailures(db: DbOrTx, username: string, windowMinutes: number): Promise<{ count: number; oldest: Date | null }> {
  const since = sql`now() - make_interval(mins => ${windowMinutes})`;
  const lastSuccess = db
    .select({ at: sql`coalesce(max(${loginAttempts.at}), '-infinity'::timestamptz)` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), eq(loginAttempts.success, true)));
  const rows = await db
    .select({ count: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), eq(loginAttempts.success, false), gt(loginAttempts.at, since), sql`${loginAttempts.at} > (${lastSuccess})`));
  const row = rows[0];
  return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}
