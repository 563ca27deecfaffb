import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { writeAudit, type AuditContext } from '../../kit/audit';
import type { DossierRow } from './dossierQueries';
import { moveDossier } from './dossierTransition';

/**
 * Sở Nội vụ returns a submitted dossier for supplement (trả lại, yêu cầu bổ sung) with its reason: the lifecycle's
 * `return` (submitted → returned) as a guarded update, and its audit row, inside the caller's transaction (the
 * appraisal, which also records its outcome — passed as `auditDetails` into this one audit row — and notifies the unit). The unit can then edit and submit anew; every
 * submitted version is kept.
 * @throws AppError CONFLICT when the dossier is not (or no longer) submitted
 */
export async function returnDossier(tx: DbOrTx, ctx: AuditContext, actor: Actor, before: DossierRow, input: { reason: string; asOf: Date; auditDetails?: Record<string, unknown> }): Promise<DossierRow> {
  // Update then its audit row: alike in shape to the other save use cases on purpose (see writeAudit in kit/audit.ts).
  const after = await moveDossier(tx, before, 'return', { returnedAt: input.asOf, returnedById: actor.userId, returnReason: input.reason, updatedAt: input.asOf });
  await writeAudit(tx, ctx, {
    action: 'dossier.return',
    entityType: 'dossier',
    entityId: before.id,
    orgUnitId: before.orgUnitId,
    before: { status: before.status, version: before.version },
    after: { nominationId: before.nominationId, status: after.status, version: after.version, returnedAt: after.returnedAt, ...input.auditDetails },
    reason: input.reason,
  });
  return after;
}
