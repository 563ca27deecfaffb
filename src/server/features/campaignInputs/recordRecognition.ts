import type { Db } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import type { AuditContext } from '../../kit/audit';
import { validation } from '../../errors';
import type { CommuneRow } from './recognitionQueries';
import { lockRecognition, saveRecognition } from './saveRecognition';

/**
 * Records (or corrects) that the district recognised this commune as its most outstanding (III.1.a, second bullet),
 * with its audit row, in one transaction; the existing row is locked first.
 * @param commune loaded and scope-checked by the route
 * @throws validation when the unit is not a commune of a district, or not in the campaign's era
 */
export async function recordRecognition(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  input: { campaign: { id: string; eraId: string }; commune: CommuneRow; decisionReference?: string | null; recognisedAt?: string | null },
): Promise<void> {
  const { campaign, commune } = input;
  if (commune.kind !== 'commune' || commune.parentKind !== 'district' || !commune.parentId) {
    throw validation([{ path: 'communeUnitId', message: 'Đơn vị cấp xã: phải là xã, phường, thị trấn thuộc một huyện, thành phố' }]);
  }
  if (commune.eraId !== campaign.eraId) throw validation([{ path: 'communeUnitId', message: 'Đơn vị cấp xã: không thuộc cây đơn vị của đợt thi đua' }]);
  const values = {
    campaignId: campaign.id,
    districtUnitId: commune.parentId,
    communeUnitId: commune.id,
    decisionReference: input.decisionReference ?? null,
    recognisedAt: input.recognisedAt ?? null,
    createdById: actor.userId,
  };
  await db.transaction(async (tx) => {
    const before = await lockRecognition(tx, campaign.id, commune.id);
    await saveRecognition(tx, ctx, before, values);
  });
}
