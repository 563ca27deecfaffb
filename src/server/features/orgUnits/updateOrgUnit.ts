import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { orgUnits } from '../../../db/schema';
import { orgUnitDerived } from '../../../db/seed/orgUnitDerived';
import type { Actor } from '../../../domain/access/actor';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { notFound, validation } from '../../errors';
import { findOrgUnitInScope } from './orgUnitQueries';

export type OrgUnitChanges = Partial<{ name: string; shortName: string | null; email: string | null; adminType: string | null; parUnitLevel: 'province' | 'district' | null; validFrom: string; validTo: string | null }>;

/**
 * Changes a unit within the actor's scope (derived search and sort columns follow its names), with its audit row
 * (the sent fields before and after), in one transaction.
 * @returns the unit as it now is
 * @throws notFound outside the scope; validation when the validity ends before it starts
 */
export async function updateOrgUnit(db: Db, ctx: AuditContext, actor: Actor, input: { id: string; changes: OrgUnitChanges; asOf: Date }) {
  const { changes: body, asOf } = input;
  const current = await findOrgUnitInScope(db, actor, input.id);
  if (!current) throw notFound('Đơn vị');
  const next = { ...current, ...body };
  if (next.validTo && next.validTo < next.validFrom) {
    throw validation([{ path: 'validTo', message: 'Hiệu lực đến: phải sau hiệu lực từ' }]);
  }
  const changes = { ...body, ...orgUnitDerived(next), updatedAt: asOf };
  await db.transaction(async (tx) => {
    await tx.update(orgUnits).set(changes).where(eq(orgUnits.id, current.id));
    const before = Object.fromEntries(Object.keys(body).map((k) => [k, current[k as keyof typeof current]]));
    await writeAudit(tx, ctx, { action: 'orgUnit.update', entityType: 'orgUnit', entityId: current.id, orgUnitId: current.id, before, after: body });
  });
  return next;
}
