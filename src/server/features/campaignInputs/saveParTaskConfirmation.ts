import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { parTaskConfirmations } from '../../../db/schema';
import { writeAudit, type AuditContext } from '../../kit/audit';

export type ParTaskConfirmationRow = typeof parTaskConfirmations.$inferSelect;
export type ParTaskConfirmationChange = 'created' | 'updated' | 'deleted' | 'unchanged';

/**
 * Writes (or with `excellent: null`, removes) a person's confirmation for a year with its audit row, in the caller's
 * transaction — the one write of the form (confirmParTasks) and of the ratings import. The row is locked first;
 * concurrent first confirmations meet on the (year, person) unique key and the later one updates.
 * @returns what happened to the row
 */
export async function saveParTaskConfirmation(
  tx: DbOrTx,
  ctx: AuditContext,
  input: { year: number; personId: string; orgUnitId: string; excellent: boolean | null; directlyDoesParWork: boolean; confirmedById: string | null; asOf: Date },
): Promise<ParTaskConfirmationChange> {
  const subject = and(eq(parTaskConfirmations.year, input.year), eq(parTaskConfirmations.personId, input.personId));
  const [before] = await tx.select().from(parTaskConfirmations).where(subject).for('update');
  const audit = (action: 'parTaskConfirmation.create' | 'parTaskConfirmation.update' | 'parTaskConfirmation.delete', entityId: string, after: unknown) =>
    writeAudit(tx, ctx, { action, entityType: 'parTaskConfirmation', entityId, orgUnitId: input.orgUnitId, before: before ?? null, after });
  if (input.excellent === null) {
    if (!before) return 'unchanged';
    await tx.delete(parTaskConfirmations).where(eq(parTaskConfirmations.id, before.id));
    await audit('parTaskConfirmation.delete', before.id, null);
    return 'deleted';
  }
  if (before && before.excellent === input.excellent && before.directlyDoesParWork === input.directlyDoesParWork && before.orgUnitId === input.orgUnitId) {
    return 'unchanged';
  }
  const values = {
    year: input.year,
    personId: input.personId,
    orgUnitId: input.orgUnitId,
    excellent: input.excellent,
    directlyDoesParWork: input.directlyDoesParWork,
    confirmedById: input.confirmedById,
    confirmedAt: input.asOf,
  };
  const [saved] = await tx
    .insert(parTaskConfirmations)
    .values(values)
    .onConflictDoUpdate({ target: [parTaskConfirmations.year, parTaskConfirmations.personId], set: values })
    .returning();
  await audit(before ? 'parTaskConfirmation.update' : 'parTaskConfirmation.create', saved.id, saved);
  return before ? 'updated' : 'created';
}
