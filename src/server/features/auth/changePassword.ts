import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { sessions, users } from '../../../db/schema';
import type { Role } from '../../../domain/access/roles';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { validation } from '../../errors';
import { hashPassword, verifyPassword } from '../../kit/passwords';
import { assertPasswordAllowed } from '../../kit/passwordPolicy';

/**
 * Changes the signed-in user's password and ends their other sessions, with its `user.changePassword` audit row, in
 * one transaction.
 * @throws validation when the current password is wrong, the new one equals it or breaks the password policy
 */
export async function changePassword(
  db: Db,
  ctx: AuditContext,
  user: { userId: string; username: string; role: Role; unitId: string; mustChangePassword: boolean },
  input: { sessionId: string; currentPassword: string; newPassword: string; asOf: Date },
): Promise<void> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.userId));
  if (!(await verifyPassword(row?.passwordHash ?? null, input.currentPassword))) {
    throw validation([{ path: 'currentPassword', message: 'Mật khẩu hiện tại: không đúng' }], 'Mật khẩu hiện tại không đúng.');
  }
  if (input.newPassword === input.currentPassword) {
    throw validation([{ path: 'newPassword', message: 'Mật khẩu mới: phải khác mật khẩu hiện tại' }]);
  }
  await assertPasswordAllowed('newPassword', 'Mật khẩu mới', { password: input.newPassword, username: user.username, role: user.role });
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: input.asOf, updatedAt: input.asOf })
      .where(eq(users.id, user.userId));
    await tx
      .update(sessions)
      .set({ revokedAt: input.asOf })
      .where(and(eq(sessions.userId, user.userId), ne(sessions.id, input.sessionId), isNull(sessions.revokedAt)));
    // The update-then-audit shape of every use case, on purpose (kit/audit.ts): the audit row is in the same transaction.
    await writeAudit(tx, ctx, {
      action: 'user.changePassword',
      entityType: 'user',
      entityId: user.userId,
      orgUnitId: user.unitId,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false },
    });
  });
}
