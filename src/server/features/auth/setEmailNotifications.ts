import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { users } from '../../../db/schema';
import { writeAudit, type AuditContext } from '../../kit/audit';

/** Whether the signed-in user gets notices by e-mail, and the address the account has (null: none). */
export async function emailNotificationsOf(db: Db, userId: string): Promise<{ enabled: boolean; email: string | null }> {
  const [row] = await db.select({ enabled: users.emailNotifications, email: users.email }).from(users).where(eq(users.id, userId));
  return { enabled: row?.enabled ?? true, email: row?.email ?? null };
}

/**
 * Turns e-mail of the user's own notices on or off (issue 11, item 6), with its `user.emailNotifications` audit row in
 * the same transaction. A notice addressed to this user is then not e-mailed (notifyUnit, sendNotificationEmail);
 * notices to the whole unit still go to the unit's address.
 */
export async function setEmailNotifications(
  db: Db,
  ctx: AuditContext,
  user: { userId: string; unitId: string },
  input: { enabled: boolean; asOf: Date },
): Promise<{ enabled: boolean; email: string | null }> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ enabled: users.emailNotifications }).from(users).where(eq(users.id, user.userId)).for('update');
    const [row] = await tx
      .update(users)
      .set({ emailNotifications: input.enabled, updatedAt: input.asOf })
      .where(eq(users.id, user.userId))
      .returning({ enabled: users.emailNotifications, email: users.email });
    // The update-then-audit shape of every use case, on purpose (kit/audit.ts).
    await writeAudit(tx, ctx, {
      action: 'user.emailNotifications',
      entityType: 'user',
      entityId: user.userId,
      orgUnitId: user.unitId,
      before: { emailNotifications: before?.enabled ?? null },
      after: { emailNotifications: row.enabled },
    });
    return row;
  });
}
