import type { Db } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import type { AuditContext } from '../../kit/audit';
import { validation } from '../../errors';
import { lockAttestation, saveAttestation } from './saveAttestation';

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
    const before = await lockAttestation(tx, campaign.id, unit.id);
    return saveAttestation(tx, ctx, before, {
      campaignId: campaign.id,
      orgUnitId: unit.id,
      compliance: input.compliance === undefined ? (before?.compliance ?? null) : input.compliance,
      solidarity: input.solidarity === undefined ? (before?.solidarity ?? null) : input.solidarity,
      attestedById: actor.userId,
      attestedAt: input.asOf,
    });
  });
}
