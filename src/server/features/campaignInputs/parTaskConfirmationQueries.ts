import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { orgUnits, parTaskConfirmations, people } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';

/**
 * A year's confirmations that people carried out their CCHC tasks excellently (III.1.b), of the units in the actor's
 * scope (filtered in SQL), in unit then name order.
 */
export async function listParTaskConfirmations(db: DbOrTx, actor: Actor, year: number) {
  // Alike in shape to the other select/join queries on purpose: each names the columns its caller needs (no shared column lists).
  const rows = await db
    .select({
      year: parTaskConfirmations.year,
      personId: parTaskConfirmations.personId,
      fullName: people.fullName,
      position: people.position,
      orgUnitId: parTaskConfirmations.orgUnitId,
      orgUnitCode: orgUnits.code,
      orgUnitName: orgUnits.name,
      excellent: parTaskConfirmations.excellent,
      directlyDoesParWork: parTaskConfirmations.directlyDoesParWork,
      confirmedById: parTaskConfirmations.confirmedById,
      confirmedAt: parTaskConfirmations.confirmedAt,
    })
    .from(parTaskConfirmations)
    .innerJoin(people, eq(people.id, parTaskConfirmations.personId))
    .innerJoin(orgUnits, eq(orgUnits.id, parTaskConfirmations.orgUnitId))
    .where(and(eq(parTaskConfirmations.year, year), orgUnitScopeWhere(scopeOf(actor))))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`, sql`${people.sortKey} collate "C"`);
  return rows.map((r) => ({ ...r, confirmedAt: r.confirmedAt.toISOString() }));
}
