import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { sessions, users } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import type { Role } from '../../../domain/access/roles';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { notFound, validation } from '../../errors';
import { findUser } from './userQueries';
import { assertAccountUnit } from './assertAccountUnit';

export type UserChanges = Partial<{ fullName: string; email: string | null; role: Role; orgUnitId: string; active: boolean }>;

/**
 * Changes an account — name, e-mail, role, unit — or deactivates or reactivates it, with its audit row
 * (`user.update`, `user.deactivate` or `user.activate`), in one transaction. Deactivation, or a new role or unit,
 * ends the user's sessions: their rights changed. No one deactivates themselves or drops their own admin role.
 * @throws notFound for an unknown account; validation for an unknown unit, a unit that does not suit the role, or a change to oneself that locks one out
 */
export async function updateUser(db: Db, ctx: AuditContext, actor: Actor, input: { id: string; changes: UserChanges; asOf: Date }): Promise<void> {
  const { changes: body, asOf } = input;
  const current = await findUser(db, input.id);
  if (!current) throw notFound('Tài khoản');
  // A new role is judged on the unit it will sit on, a new unit on the role it will carry.
  if (body.orgUnitId || body.role) await assertAccountUnit(db, body.role ?? current.role, body.orgUnitId ?? current.orgUnitId);
  if (current.id === actor.userId && (body.active === false || (body.role && body.role !== 'admin'))) {
    throw validation([{ path: body.active === false ? 'active' : 'role', message: 'Không thể tự vô hiệu hóa hoặc tự bỏ quyền quản trị của chính mình' }]);
  }
  await db.transaction(async (tx) => {
    await tx.update(users).set({ ...body, updatedAt: asOf }).where(eq(users.id, current.id));
    if (body.active === false || body.role || body.orgUnitId) {
      await tx.update(sessions).set({ revokedAt: asOf }).where(and(eq(sessions.userId, current.id), isNull(sessions.revokedAt)));
    }
    const before = Object.fromEntries(Object.keys(body).map((k) => [k, current[k as keyof typeof current]]));
    await writeAudit(tx, ctx, {
      action: body.active === false ? 'user.deactivate' : body.active === true && !current.active ? 'user.activate' : 'user.update',
      entityType: 'user',
      entityId: current.id,
      orgUnitId: body.orgUnitId ?? current.orgUnitId,
      before,
      after: body,
    });
  });
}
