import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { attestations } from '../../../db/schema';
import { writeAudit, type AuditContext } from '../../kit/audit';

export type AttestationRow = typeof attestations.$inferSelect;

/** The unit's attestation for the campaign, locked until the caller's transaction ends, or undefined. */
export async function lockAttestation(tx: DbOrTx, campaignId: string, orgUnitId: string): Promise<AttestationRow | undefined> {
  const [row] = await tx
    .select()
    .from(attestations)
    .where(and(eq(attestations.campaignId, campaignId), eq(attestations.orgUnitId, orgUnitId)))
    .for('update');
  return row;
}

/**
 * Writes a unit's attestation (insert, or replace the one there) with its audit row (`attestation.create` or
 * `.update`) in the caller's transaction — the one write of the form (attestUnit) and of the import.
 * @param before the row as `lockAttestation` found it
 * @returns the saved row
 */
export async function saveAttestation(
  tx: DbOrTx,
  ctx: AuditContext,
  before: AttestationRow | undefined,
  values: { campaignId: string; orgUnitId: string; compliance: boolean | null; solidarity: boolean | null; attestedById: string; attestedAt: Date },
): Promise<AttestationRow> {
  // Upsert then its audit row: alike in shape to the other save use cases on purpose (see writeAudit in kit/audit.ts).
  const [saved] = await tx
    .insert(attestations)
    .values(values)
    .onConflictDoUpdate({ target: [attestations.campaignId, attestations.orgUnitId], set: values })
    .returning();
  await writeAudit(tx, ctx, {
    action: before ? 'attestation.update' : 'attestation.create',
    entityType: 'attestation',
    entityId: saved.id,
    orgUnitId: values.orgUnitId,
    before: before ?? null,
    after: saved,
  });
  return saved;
}
