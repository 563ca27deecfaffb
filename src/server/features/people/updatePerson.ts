import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { people } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { mayManagePerson } from '../../../domain/access/policies/person';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { notFound } from '../../errors';
import { loadPersonUnit, type PersonRow } from './people';
import { personFields } from './personFields';

export type PersonChanges = Partial<{ fullName: string; position: string; orgUnitId: string; birthYear: number | null; gender: 'male' | 'female' | null }>;

/**
 * Changes a person, with its audit row (the sent fields before and after), in one transaction. Moving the person to
 * another unit needs the right on that unit too.
 * @param current the person as loaded (and scope-checked) by the route
 * @throws notFound when the new unit does not exist or lies outside the actor's scope
 */
export async function updatePerson(db: Db, ctx: AuditContext, actor: Actor, input: { current: PersonRow; changes: PersonChanges; asOf: Date }): Promise<void> {
  const { changes: body, asOf } = input;
  const before = input.current.person;
  if (body.orgUnitId && body.orgUnitId !== before.orgUnitId) {
    const unit = await loadPersonUnit(db, body.orgUnitId);
    if (!mayManagePerson(actor, unit)) throw notFound();
  }
  const changes = { ...body, ...(body.fullName !== undefined || body.position !== undefined ? personFields({ fullName: body.fullName ?? before.fullName, position: body.position ?? before.position }) : {}) };
  await db.transaction(async (tx) => {
    await tx.update(people).set({ ...changes, updatedAt: asOf }).where(eq(people.id, before.id));
    const keys = Object.keys(body) as (keyof typeof body)[];
    await writeAudit(tx, ctx, {
      action: 'person.update',
      entityType: 'person',
      entityId: before.id,
      orgUnitId: changes.orgUnitId ?? before.orgUnitId,
      before: Object.fromEntries(keys.map((k) => [k, before[k]])),
      after: Object.fromEntries(keys.map((k) => [k, changes[k]])),
    });
  });
}
