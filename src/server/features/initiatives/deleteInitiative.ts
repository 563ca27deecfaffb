import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { initiatives } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { notFound } from '../../errors';
import { mayEditInitiative } from '../../../domain/access/policies/initiative';
import type { InitiativeRow } from './initiatives';

/**
 * Deletes an initiative of a unit the actor records for, with its audit row (the whole record as it was), in one
 * transaction.
 * @param current the initiative as loaded (and scope-checked) by the route
 * @throws notFound when the actor may not edit it
 */
export async function deleteInitiative(db: Db, ctx: AuditContext, actor: Actor, current: InitiativeRow): Promise<void> {
  if (!mayEditInitiative(actor, { id: current.initiative.orgUnitId, path: current.unitPath, kind: current.unitKind })) throw notFound('Sáng kiến, giải pháp');
  await db.transaction(async (tx) => {
    await tx.delete(initiatives).where(eq(initiatives.id, current.initiative.id));
    await writeAudit(tx, ctx, { action: 'initiative.delete', entityType: 'initiative', entityId: current.initiative.id, orgUnitId: current.initiative.orgUnitId, before: current.initiative });
  });
}
