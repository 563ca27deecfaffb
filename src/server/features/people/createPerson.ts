import type { Db } from '../../../db/client';
import { people } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { mayManagePerson } from '../../../domain/access/policies/person';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { notFound } from '../../errors';
import { loadPersonUnit } from './people';
import { personFields } from './personFields';

export type PersonCreateInput = { fullName: string; position: string; orgUnitId: string; birthYear?: number | null; gender?: 'male' | 'female' | null; asOf: Date };

/**
 * Records a person (SPEC §2) in a unit within the actor's scope, with its audit row, in one transaction.
 * @returns the new person's id
 * @throws notFound when the unit does not exist or lies outside the actor's scope
 */
export async function createPerson(db: Db, ctx: AuditContext, actor: Actor, input: PersonCreateInput): Promise<string> {
  const unit = await loadPersonUnit(db, input.orgUnitId);
  if (!mayManagePerson(actor, unit)) throw notFound();
  const values = { ...personFields(input), orgUnitId: unit.id, birthYear: input.birthYear ?? null, gender: input.gender ?? null };
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(people).values({ ...values, createdAt: input.asOf, updatedAt: input.asOf }).returning({ id: people.id });
    await writeAudit(tx, ctx, { action: 'person.create', entityType: 'person', entityId: row.id, orgUnitId: unit.id, after: values });
    return row.id;
  });
}
