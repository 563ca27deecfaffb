import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { initiatives } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { notFound } from '../../errors';
import { mayEditInitiative } from '../../../domain/access/policies/initiative';
import { checkInitiativeFields, type InitiativeRow } from './initiatives';

export type InitiativeChanges = Partial<{
  campaignId: string | null;
  title: string;
  description: string;
  effect: string;
  periodFrom: string | null;
  periodTo: string | null;
}>;

/**
 * Changes an initiative of a unit the actor records for, with its audit row (the changed fields before and after),
 * in one transaction.
 * @param current the initiative as loaded (and scope-checked) by the route
 * @throws notFound when the actor may not edit it; validation on bad fields
 */
export async function updateInitiative(db: Db, ctx: AuditContext, actor: Actor, input: { current: InitiativeRow; changes: InitiativeChanges; asOf: Date }): Promise<void> {
  const { current, changes, asOf } = input;
  if (!mayEditInitiative(actor, { id: current.initiative.orgUnitId, path: current.unitPath, kind: current.unitKind })) throw notFound('Sáng kiến, giải pháp');
  await checkInitiativeFields(db, { ...current.initiative, ...changes });
  await db.transaction(async (tx) => {
    await tx.update(initiatives).set({ ...changes, updatedAt: asOf }).where(eq(initiatives.id, current.initiative.id));
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, current.initiative[k as keyof typeof current.initiative]]));
    await writeAudit(tx, ctx, { action: 'initiative.update', entityType: 'initiative', entityId: current.initiative.id, orgUnitId: current.initiative.orgUnitId, before, after: changes });
  });
}
