import { randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { orgUnits, users } from '../../../db/schema';
import { ERA_KG_2020 } from '../../../db/seed/orgTreeSeed';
import { writeAudit } from '../../kit/audit';
import { hashPassword } from '../../kit/passwords';

/**
 * On an empty database, creates the first administrator `admin` in the province unit.
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
  const generated = password ? null : randomBytes(12).toString('base64url');
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
