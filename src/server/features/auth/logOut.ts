import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { sessions } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { writeAudit, type AuditContext } from '../../kit/audit';

/** Ends the current session, with its `auth.logout` audit row, in one transaction. */
export async function logOut(db: Db, ctx: AuditContext, actor: Actor, input: { sessionId: string; asOf: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(sessions).set({ revokedAt: input.asOf }).where(eq(sessions.id, input.sessionId));
    await writeAudit(tx, ctx, { action: 'auth.logout', entityType: 'session', entityId: actor.userId, orgUnitId: actor.unitId });
  });
}
