import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { unitMeritCriteria } from '../../../db/schema';
import { normaliseCriteria, validateUnitMeritCriteria } from '../../../domain/eligibility/unitMeritCriteria';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { validation } from '../../errors';

/**
 * Replaces the Giấy khen criteria (Khoản 2, Mục III) an issuer set for a campaign, with its audit row
 * (`unitMeritCriteria.create` or `.update`), in one transaction; the existing row is locked first.
 * @param issuer loaded and checked (scope, era, may issue Giấy khen) by the route
 * @returns the saved row
 * @throws validation naming each bad criterion
 */
export async function setUnitMeritCriteria(
  db: Db,
  ctx: AuditContext,
  input: { campaignId: string; issuer: { id: string }; criteria: Parameters<typeof normaliseCriteria>[0]; asOf: Date },
) {
  const { campaignId, issuer, asOf } = input;
  const criteria = normaliseCriteria(input.criteria);
  const errors = validateUnitMeritCriteria(criteria);
  if (errors.length > 0) throw validation(errors);
  return db.transaction(async (tx) => {
    // Upsert then its audit row: alike in shape to the other save use cases on purpose (see writeAudit in kit/audit.ts).
    const [before] = await tx
      .select()
      .from(unitMeritCriteria)
      .where(and(eq(unitMeritCriteria.campaignId, campaignId), eq(unitMeritCriteria.issuerUnitId, issuer.id)))
      .for('update');
    const values = { campaignId, issuerUnitId: issuer.id, criteria, updatedAt: asOf };
    const [row] = await tx
      .insert(unitMeritCriteria)
      .values(values)
      .onConflictDoUpdate({ target: [unitMeritCriteria.campaignId, unitMeritCriteria.issuerUnitId], set: { criteria, updatedAt: values.updatedAt } })
      .returning();
    await writeAudit(tx, ctx, {
      action: before ? 'unitMeritCriteria.update' : 'unitMeritCriteria.create',
      entityType: 'unit_merit_criteria',
      entityId: row.id,
      orgUnitId: issuer.id,
      before: before ?? null,
      after: row,
    });
    return row;
  });
}
