import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { communeRecognitions } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { validation } from '../../errors';
import type { CommuneRow } from './recognitionQueries';

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
    const [before] = await tx
      .select()
      .from(communeRecognitions)
      .where(and(eq(communeRecognitions.campaignId, campaign.id), eq(communeRecognitions.communeUnitId, commune.id)))
      .for('update');
    const [saved] = await tx
      .insert(communeRecognitions)
      .values(values)
      .onConflictDoUpdate({ target: [communeRecognitions.campaignId, communeRecognitions.communeUnitId], set: values })
      .returning();
    await writeAudit(tx, ctx, {
      action: before ? 'communeRecognition.update' : 'communeRecognition.create',
      entityType: 'communeRecognition',
      entityId: saved.id,
      orgUnitId: commune.id,
      before: before ?? null,
      after: saved,
    });
  });
}
