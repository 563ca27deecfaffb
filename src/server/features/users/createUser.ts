import type { Db } from '../../../db/client';
import { users } from '../../../db/schema';
import type { Role } from '../../../domain/access/roles';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError } from '../../errors';
import { hashPassword } from '../../kit/passwords';
import { assertPasswordAllowed, generatePassword } from '../../kit/passwordPolicy';
import { temporaryPassword } from './temporaryPassword';
import { assertAccountUnit } from './assertAccountUnit';

export type UserCreateInput = { username: string; fullName: string; email?: string | null; role: Role; orgUnitId: string; password?: string };

/**
 * Creates an account that must change its password at first login, with its audit row, in one transaction.
 * Without a password, a temporary one is generated and returned (shown once). A given password must pass the
 * password rule (src/domain/auth/passwordPolicy.ts) for the account's username and role.
 * @throws validation when the unit does not exist or does not suit the role (`accountUnitProblem`), or the password is refused; CONFLICT when the username is taken
 */
export async function createUser(db: Db, ctx: AuditContext, input: UserCreateInput): Promise<{ id: string; temporaryPassword: string | null }> {
  await assertAccountUnit(db, input.role, input.orgUnitId);
  const username = input.username.toLowerCase();
  const account = { username, role: input.role };
  if (input.password) await assertPasswordAllowed('password', 'Mật khẩu', { ...account, password: input.password });
  const temp = input.password ? null : await generatePassword(temporaryPassword, account);
  const passwordHash = await hashPassword(input.password ?? temp!);
  const id = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(users)
      .values({ username, fullName: input.fullName, email: input.email ?? null, role: input.role, orgUnitId: input.orgUnitId, passwordHash, mustChangePassword: true })
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id });
    if (inserted.length === 0) {
      throw new AppError('CONFLICT', `Tên đăng nhập "${username}" đã được dùng.`, [{ path: 'username', message: `Tên đăng nhập: "${username}" đã được dùng` }]);
    }
    const newId = inserted[0].id;
    await writeAudit(tx, ctx, {
      action: 'user.create',
      entityType: 'user',
      entityId: newId,
      orgUnitId: input.orgUnitId,
      after: { username, fullName: input.fullName, email: input.email ?? null, role: input.role, orgUnitId: input.orgUnitId },
    });
    return newId;
  });
  return { id, temporaryPassword: temp };
}
