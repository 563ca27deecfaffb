import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { attestations } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { validation } from '../../errors';

/**
 * Records the unit head's attestation of compliance and solidarity (III.1.a) for a campaign — a field left out keeps
 * its value — with its audit row (`attestation.create` or `.update`), in one transaction; the row is locked first.
 * @param unit loaded and scope-checked by the route
 * @returns the saved row
 * @throws validation when the unit is not in the campaign's era
 */
export async function attestUnit(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  input: { campaign: { id: string; eraId: string }; unit: { id: string; eraId: string }; compliance?: boolean | null; solidarity?: boolean | null; asOf: Date },
) {
  const { campaign, unit } = input;
  if (unit.eraId !== campaign.eraId) throw validation([{ path: 'orgUnitId', message: 'Đơn vị: không thuộc cây đơn vị của đợt thi đua' }]);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(attestations)
      .where(and(eq(attestations.campaignId, campaign.id), eq(attestations.orgUnitId, unit.id)))
      .for('update');
    const values = {
      campaignId: campaign.id,
      orgUnitId: unit.id,
      compliance: input.compliance === undefined ? (before?.compliance ?? null) : input.compliance,
      solidarity: input.solidarity === undefined ? (before?.solidarity ?? null) : input.solidarity,
      attestedById: actor.userId,
      attestedAt: input.asOf,
    };
    const [saved] = await tx
      .insert(attestations)
      .values(values)
      .onConflictDoUpdate({ target: [attestations.campaignId, attestations.orgUnitId], set: values })
      .returning();
    await writeAudit(tx, ctx, {
      action: before ? 'attestation.update' : 'attestation.create',
      entityType: 'attestation',
      entityId: saved.id,
      orgUnitId: unit.id,
      before: before ?? null,
      after: saved,
    });
    return saved;
  });
}
