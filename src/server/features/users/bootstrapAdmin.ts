import { randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { orgUnits, users } from '../../../db/schema';
import { ERA_KG_2020 } from '../../../db/seed/orgTreeSeed';
import { writeAudit } from '../../kit/audit';
import { hashPassword } from '../../kit/passwords';
import { generatePassword, passwordFieldErrors } from '../../kit/passwordPolicy';

/**
 * On an empty database, creates the first administrator `admin` in the province unit. A given password
 * (BOOTSTRAP_ADMIN_PASSWORD) must pass the password rule for an administrator, or nothing is created.
 * @throws Error naming BOOTSTRAP_ADMIN_PASSWORD and the reasons when it does not
 * @returns the generated password when none was given (to print once), or null
 */
export async function bootstrapAdmin(db: Db, password: string | null): Promise<{ created: boolean; generatedPassword: string | null }> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  if (n > 0) return { created: false, generatedPassword: null };
  const [province] = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.eraId, ERA_KG_2020), isNull(orgUnits.parentId)));
  if (!province) throw new Error('Chưa có cây đơn vị: không tạo được tài khoản quản trị đầu tiên');
  const account = { username: 'admin', role: 'admin' as const };
  if (password) {
    const problems = await passwordFieldErrors('BOOTSTRAP_ADMIN_PASSWORD', 'BOOTSTRAP_ADMIN_PASSWORD', { ...account, password });
    if (problems.length > 0) throw new Error(`Không tạo được tài khoản quản trị đầu tiên: ${problems.map((p) => p.message).join('; ')}`);
  }
  const generated = password ? null : await generatePassword(() => randomBytes(12).toString('base64url'), account);
  const passwordHash = await hashPassword(password ?? generated!);
  await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin', orgUnitId: province.id, passwordHash, mustChangePassword: !password })
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id });
    if (!created) return;
    await writeAudit(
      tx,
      { actorUserId: null, actorUsername: 'system', actorUnitId: null, ip: null, userAgent: null },
      { action: 'user.bootstrapAdmin', entityType: 'user', entityId: created.id, orgUnitId: province.id, after: { username: 'admin', role: 'admin' } },
    );
  });
  return { created: true, generatedPassword: generated };
}
