import type { AuditAction } from '../../../shared/auditLabels';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { ratings } from '../../../db/schema';
import type { Rating } from '../../../domain/eligibility/eligibilityRules';
import type { RatingKind } from '../../../domain/ratings/ratingRows';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError } from '../../errors';

export type RatingChange = 'created' | 'updated' | 'deleted' | 'unchanged';

/**
 * Sets (or with null, removes) one rating of a unit or a person for a year, with its audit row. Run it inside the
 * caller's transaction. An existing row is locked first; a missing one is inserted with ON CONFLICT DO NOTHING, so
 * when another writer creates the same rating at the same moment (two nodes, two tabs) this one waits for it and
 * then updates that row like any existing one — never a duplicate key error, and each audit row says what it did.
 * @returns what happened to the row
 */
export async function saveRating(
  tx: DbOrTx,
  ctx: AuditContext,
  input: { year: number; kind: RatingKind; orgUnitId: string; personId: string | null; rating: Rating | null; source?: string | null; asOf: Date },
): Promise<RatingChange> {
  const subject = and(
    eq(ratings.year, input.year),
    eq(ratings.kind, input.kind),
    eq(ratings.orgUnitId, input.orgUnitId),
    input.personId === null ? isNull(ratings.personId) : eq(ratings.personId, input.personId),
  );
  const lockCurrent = async () => (await tx.select().from(ratings).where(subject).for('update'))[0];
  let current = await lockCurrent();
  const audit = (action: AuditAction, entityId: string, before: unknown, after: unknown) =>
    writeAudit(tx, ctx, { action, entityType: 'rating', entityId, orgUnitId: input.orgUnitId, before, after });
  if (input.rating === null) {
    if (!current) return 'unchanged';
    await tx.delete(ratings).where(eq(ratings.id, current.id));
    await audit('rating.delete', current.id, current, null);
    return 'deleted';
  }
  if (!current) {
    const [created] = await tx
      .insert(ratings)
      .values({ year: input.year, kind: input.kind, orgUnitId: input.orgUnitId, personId: input.personId, rating: input.rating, source: input.source ?? null })
      .onConflictDoNothing()
      .returning();
    if (created) {
      await audit('rating.create', created.id, null, created);
      return 'created';
    }
    // Created meanwhile by a writer whose transaction has now committed: this statement sees it.
    current = await lockCurrent();
    // …unless it was removed again in between: the caller retries, nothing is half done.
    if (!current) throw new AppError('CONFLICT', 'Xếp loại này vừa được người khác thay đổi; hãy thử lại.');
  }
  if (current.rating === input.rating) return 'unchanged';
  const [row] = await tx
    .update(ratings)
    .set({ rating: input.rating, source: input.source ?? null, updatedAt: input.asOf })
    .where(eq(ratings.id, current.id))
    .returning();
  await audit('rating.update', row.id, current, row);
  return 'updated';
}
