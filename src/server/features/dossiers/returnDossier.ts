import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { dossiers } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { DOSSIER_STATUS_LABELS } from '../../../domain/dossiers/dossierChecklist';
import { AppError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { loadDossierContext } from './dossierQueries';

/**
 * Sở Nội vụ returns a submitted dossier for supplement (trả lại, yêu cầu bổ sung) with its reason: the unit can edit
 * it again and submit anew; earlier scans stay as versions. Status change and audit row in one transaction.
 */
export async function returnDossier(db: Db, ctx: AuditContext, actor: Actor, input: { nominationId: string; reason: string; asOf: Date }): Promise<void> {
  const context = await loadDossierContext(db, actor, input.nominationId);
  await db.transaction(async (tx) => {
    const [before] = context.dossier ? await tx.select().from(dossiers).where(eq(dossiers.id, context.dossier.id)).for('update') : [];
    if (!before || before.status !== 'submitted') {
      throw new AppError('CONFLICT', `Chỉ trả lại được hồ sơ đã gửi Sở Nội vụ; hồ sơ này đang «${DOSSIER_STATUS_LABELS[before?.status ?? 'draft']}».`);
    }
    const [after] = await tx
      .update(dossiers)
      .set({ status: 'returned', returnedAt: input.asOf, returnedById: actor.userId, returnReason: input.reason, updatedAt: input.asOf })
      .where(eq(dossiers.id, before.id))
      .returning();
    await writeAudit(tx, ctx, { action: 'dossier.return', entityType: 'dossier', entityId: before.id, orgUnitId: before.orgUnitId, before: { status: before.status }, after: { nominationId: before.nominationId, status: after.status, returnedAt: after.returnedAt }, reason: input.reason });
  });
}
