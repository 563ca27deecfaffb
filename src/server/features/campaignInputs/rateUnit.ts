import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { orgUnits, ratings } from '../../../db/schema';
import type { Rating } from '../../../domain/eligibility/eligibilityRules';
import type { RatingKind } from '../../../domain/ratings/ratingRows';
import type { AuditContext } from '../../kit/audit';
import { notFound, validation } from '../../errors';
import { eraForYear } from '../orgUnits/eraForYear';
import { saveRating } from './saveRating';

/**
 * Sets a unit's yearly quality rating and PAR-task rating (a field left out stays; null removes it), each with its
 * audit row, in one transaction.
 * @returns both ratings as they now are
 * @throws notFound for an unknown unit; validation when the unit is not in the org tree of that year
 */
export async function rateUnit(
  db: Db,
  ctx: AuditContext,
  input: { year: number; orgUnitId: string; overall?: Rating | null; parTask?: Rating | null; asOf: Date },
): Promise<{ overall: Rating | null; parTask: Rating | null }> {
  const { year, asOf } = input;
  const [unit] = await db.select({ id: orgUnits.id, eraId: orgUnits.eraId }).from(orgUnits).where(eq(orgUnits.id, input.orgUnitId));
  if (!unit) throw notFound('Đơn vị');
  if (unit.eraId !== (await eraForYear(db, year))) {
    throw validation([{ path: 'orgUnitId', message: `Đơn vị: không thuộc cây đơn vị áp dụng cho năm ${year}` }]);
  }
  const wanted: [RatingKind, Rating | null | undefined][] = [
    ['overall', input.overall],
    ['par_task', input.parTask],
  ];
  await db.transaction(async (tx) => {
    for (const [kind, rating] of wanted) {
      if (rating !== undefined) await saveRating(tx, ctx, { year, kind, orgUnitId: unit.id, personId: null, rating, asOf });
    }
  });
  const saved = await db
    .select({ kind: ratings.kind, rating: ratings.rating })
    .from(ratings)
    .where(and(eq(ratings.year, year), eq(ratings.orgUnitId, unit.id), isNull(ratings.personId)));
  const of = (kind: RatingKind) => (saved.find((r) => r.kind === kind)?.rating as Rating | undefined) ?? null;
  return { overall: of('overall'), parTask: of('par_task') };
}
