import type { AuditAction } from '../../../shared/auditLabels';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { ratings } from '../../../db/schema';
import type { Rating } from '../../../domain/eligibility/eligibilityRules';
import type { RatingKind } from '../../../domain/ratings/ratingRows';
import { writeAudit, type AuditContext } from '../../kit/audit';

export type RatingChange = 'created' | 'updated' | 'deleted' | 'unchanged';

/**
 * Sets (or with null, removes) one rating of a unit or a person for a year, with its audit row. Run it inside the
 * caller's transaction; the row is locked first so two writers cannot both create it.
 * @returns what happened to the row
 */
export async function saveRating(
  tx: DbOrTx,
  ctx: AuditContext,
  input: { year: number; kind: RatingKind; orgUnitId: string; personId: string | null; rating: Rating | null; source?: string | null },
): Promise<RatingChange> {
  const subject = and(
    eq(ratings.year, input.year),
    eq(ratings.kind, input.kind),
    eq(ratings.orgUnitId, input.orgUnitId),
    input.personId === null ? isNull(ratings.personId) : eq(ratings.personId, input.personId),
  );
  const [current] = await tx.select().from(ratings).where(subject).for('update');
  const audit = (action: AuditAction, entityId: string, before: unknown, after: unknown) =>
    writeAudit(tx, ctx, { action, entityType: 'rating', entityId, orgUnitId: input.orgUnitId, before, after });
  if (input.rating === null) {
    if (!current) return 'unchanged';
    await tx.delete(ratings).where(eq(ratings.id, current.id));
    await audit('rating.delete', current.id, current, null);
    return 'deleted';
  }
  if (current) {
    if (current.rating === input.rating) return 'unchanged';
    const [row] = await tx
      .update(ratings)
      .set({ rating: input.rating, source: input.source ?? null, updatedAt: new Date() })
      .where(eq(ratings.id, current.id))
      .returning();
    await audit('rating.update', row.id, current, row);
    return 'updated';
  }
  const [row] = await tx
    .insert(ratings)
    .values({ year: input.year, kind: input.kind, orgUnitId: input.orgUnitId, personId: input.personId, rating: input.rating, source: input.source ?? null })
    .returning();
  await audit('rating.create', row.id, null, row);
  return 'created';
}
