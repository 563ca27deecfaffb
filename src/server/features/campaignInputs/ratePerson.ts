import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { people } from '../../../db/schema';
import type { Rating } from '../../../domain/eligibility/eligibilityRules';
import type { AuditContext } from '../../kit/audit';
import { notFound } from '../../errors';
import { saveRating } from './saveRating';

/**
 * Sets (or with null, removes) a person's yearly quality rating, with its audit row, in one transaction.
 * @returns the person's unit, for the answer
 * @throws notFound for an unknown person
 */
export async function ratePerson(db: Db, ctx: AuditContext, input: { year: number; personId: string; overall: Rating | null; asOf: Date }): Promise<{ orgUnitId: string }> {
  const [person] = await db.select({ id: people.id, orgUnitId: people.orgUnitId }).from(people).where(eq(people.id, input.personId));
  if (!person) throw notFound('Cá nhân');
  await db.transaction(async (tx) => {
    await saveRating(tx, ctx, { year: input.year, kind: 'overall', orgUnitId: person.orgUnitId, personId: person.id, rating: input.overall, asOf: input.asOf });
  });
  return { orgUnitId: person.orgUnitId };
}
