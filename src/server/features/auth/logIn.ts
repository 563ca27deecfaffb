import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { loginAttempts, orgUnits, sessions, users } from '../../../db/schema';
import { isRole, type Role } from '../../../domain/access/roles';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError } from '../../errors';
import { verifyPassword } from '../../kit/passwords';
import { hashToken, newToken } from '../../kit/session';
import { clearLoginAttempts, reserveLoginAttempt } from './loginThrottle';

export type LoggedIn = {
  token: string;
  csrfToken: string;
  user: { id: string; username: string; fullName: string; role: Role; orgUnitId: string; mustChangePassword: boolean };
  unitName: string;
  unitPath: string;
};

/**
 * Signs a user in: counts the attempt first (throttled per username), checks the password, then opens a session and
 * writes its `auth.login` audit row in one transaction. A failed attempt is recorded, never audited as a change.
 * @param input.sessionTtlHours how long the session lasts; it expires on the database's clock (sessions are checked
 *   against `now()` there), so its end is counted from the wall clock, not from the injected one
 * @throws TOO_MANY_ATTEMPTS when the username is locked for the window; INVALID_CREDENTIALS otherwise
 */
export async function logIn(
  db: Db,
  ctx: AuditContext,
  input: { username: string; password: string; ip: string | null; userAgent: string; maxFailures: number; windowMinutes: number; sessionTtlHours: number },
): Promise<LoggedIn> {
  const username = input.username.toLowerCase();
  // Count first, check the password after: a refused attempt never reaches verifyPassword.
  const reservation = await reserveLoginAttempt(db, username, input.maxFailures, input.windowMinutes);
  if (!reservation.allowed) {
    const minutes = Math.max(1, Math.ceil(reservation.retryAfterSeconds / 60));
    throw new AppError(
      'TOO_MANY_ATTEMPTS',
      `Tài khoản tạm khóa do đăng nhập sai ${reservation.attempts} lần. Vui lòng thử lại sau ${minutes} phút.`,
      [{ path: 'username', message: `Tên đăng nhập: tạm khóa, thử lại sau ${minutes} phút` }],
      { 'retry-after': String(minutes * 60) },
    );
  }
  const [row] = await db
    .select({ user: users, unitName: orgUnits.name, unitPath: orgUnits.path })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(eq(users.username, username))
    .limit(1);
  const ok = await verifyPassword(row?.user.passwordHash ?? null, input.password);
  if (!row || !ok || !row.user.active || !isRole(row.user.role)) {
    await db.insert(loginAttempts).values({ username, ip: input.ip, success: false });
    const message = row && ok && !row.user.active ? 'Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị hệ thống.' : 'Tên đăng nhập hoặc mật khẩu không đúng.';
    // The message names both fields already; a "Mật khẩu:" prefix would blame the password alone.
    throw new AppError('INVALID_CREDENTIALS', message, [{ path: 'password', message }]);
  }
  const user = row.user;
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + input.sessionTtlHours * 3600_000);
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({ id: hashToken(token), userId: user.id, csrfToken, expiresAt, ip: input.ip, userAgent: input.userAgent });
    await tx.insert(loginAttempts).values({ username, ip: input.ip, success: true });
    await clearLoginAttempts(tx, username);
    await writeAudit(
      tx,
      { ...ctx, actorUserId: user.id, actorUsername: user.username, actorUnitId: user.orgUnitId },
      { action: 'auth.login', entityType: 'session', entityId: user.id, orgUnitId: user.orgUnitId },
    );
  });
  return { token, csrfToken, user: { ...user, role: user.role as Role }, unitName: row.unitName, unitPath: row.unitPath };
}
