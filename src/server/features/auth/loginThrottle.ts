import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { loginThrottle } from '../../../db/schema';

/** Allowed to check the password, or refused: the attempts counted and the seconds until the window ends. */
export type LoginReservation = { allowed: true } | { allowed: false; attempts: number; retryAfterSeconds: number };

/**
 * Reserves one login attempt for `username` BEFORE its password is checked, in one atomic statement: the
 * upsert locks the username's row, so parallel logins — on this node or any other on the same database —
 * take the slots one after another and at most `maxAttempts` of them per window get to check a password.
 * The window starts at the first attempt and lasts `windowMinutes`; a later attempt in a new window starts
 * the count again. A full window leaves the row untouched (the count never passes the limit).
 */
export async function reserveLoginAttempt(db: DbOrTx, username: string, maxAttempts: number, windowMinutes: number): Promise<LoginReservation> {
  const expired = sql`${loginThrottle.windowStart} <= now() - make_interval(mins => ${windowMinutes})`;
  const reserved = await db
    .insert(loginThrottle)
    .values({ username, attempts: 1 })
    .onConflictDoUpdate({
      target: loginThrottle.username,
      set: {
        attempts: sql`case when ${expired} then 1 else ${loginThrottle.attempts} + 1 end`,
        windowStart: sql`case when ${expired} then now() else ${loginThrottle.windowStart} end`,
      },
      setWhere: sql`${loginThrottle.attempts} < ${maxAttempts} or ${expired}`,
    })
    .returning({ attempts: loginThrottle.attempts });
  if (reserved.length > 0 && reserved[0].attempts <= maxAttempts) return { allowed: true };
  const [row] = await db
    .select({
      attempts: loginThrottle.attempts,
      // The database's clock, the one the window was started on.
      retryAfterSeconds: sql<number>`greatest(0, ceil(extract(epoch from ${loginThrottle.windowStart} + make_interval(mins => ${windowMinutes}) - now())))::int`,
    })
    .from(loginThrottle)
    .where(eq(loginThrottle.username, username));
  return { allowed: false, attempts: row?.attempts ?? maxAttempts, retryAfterSeconds: row?.retryAfterSeconds ?? 0 };
}

/** After a successful login: the username's count starts again (failures are counted since the last success). */
export async function clearLoginAttempts(db: DbOrTx, username: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.username, username));
}
