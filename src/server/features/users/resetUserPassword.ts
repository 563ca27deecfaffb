import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { sessions, users } from '../../../db/schema';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { notFound } from '../../errors';
import { hashPassword } from '../../kit/passwords';
import { generatePassword } from '../../kit/passwordPolicy';
import { temporaryPassword } from './temporaryPassword';
import { findUser } from './userQueries';

/**
 * Gives an account a new temporary password (to change at next login) and ends its sessions, with its audit row,
 * in one transaction.
 * @returns the temporary password, shown once
 * @throws notFound for an unknown account
 */
export async function resetUserPassword(db: Db, ctx: AuditContext, input: { id: string; asOf: Date }): Promise<string> {
  const current = await findUser(db, input.id);
  if (!current) throw notFound('Tài khoản');
  const temp = await generatePassword(temporaryPassword, { username: current.username, role: current.role });
  const passwordHash = await hashPassword(temp);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: true, updatedAt: input.asOf }).where(eq(users.id, current.id));
    await tx.update(sessions).set({ revokedAt: input.asOf }).where(and(eq(sessions.userId, current.id), isNull(sessions.revokedAt)));
    await writeAudit(tx, ctx, { action: 'user.resetPassword', entityType: 'user', entityId: current.id, orgUnitId: current.orgUnitId, after: { mustChangePassword: true } });
  });
  return temp;
}
