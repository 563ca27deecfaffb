import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { initiatives, orgUnits } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { notFound } from '../../errors';
import { mayEditInitiative } from '../../../domain/access/policies/initiative';
import { checkInitiativeFields } from './initiatives';

export type InitiativeCreateInput = {
  orgUnitId: string;
  campaignId?: string | null;
  title: string;
  description: string;
  effect: string;
  periodFrom?: string | null;
  periodTo?: string | null;
  asOf: Date;
};

/**
 * Records an initiative (II.1.b) of a unit the actor records for, with its audit row, in one transaction.
 * @returns the new initiative's id
 * @throws notFound when the unit does not exist or is not one the actor records for; validation on bad fields
 */
export async function createInitiative(db: Db, ctx: AuditContext, actor: Actor, input: InitiativeCreateInput): Promise<string> {
  const { asOf, ...body } = input;
  const [unit] = await db.select({ id: orgUnits.id, path: orgUnits.path, kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, body.orgUnitId));
  if (!unit || !mayEditInitiative(actor, unit)) throw notFound('Đơn vị');
  await checkInitiativeFields(db, body);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(initiatives)
      .values({ ...body, campaignId: body.campaignId ?? null, periodFrom: body.periodFrom ?? null, periodTo: body.periodTo ?? null, createdById: actor.userId, createdAt: asOf, updatedAt: asOf })
      .returning();
    await writeAudit(tx, ctx, { action: 'initiative.create', entityType: 'initiative', entityId: row.id, orgUnitId: unit.id, after: row });
    return row.id;
  });
}
