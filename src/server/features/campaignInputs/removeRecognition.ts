import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { communeRecognitions } from '../../../db/schema';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { notFound } from '../../errors';

/**
 * Removes a commune's recognition in a campaign, with its audit row, in one transaction.
 * @param commune loaded and scope-checked by the route
 * @throws notFound when the commune was not recognised
 */
export async function removeRecognition(db: Db, ctx: AuditContext, input: { campaign: { id: string }; commune: { id: string } }): Promise<void> {
  const { campaign, commune } = input;
  await db.transaction(async (tx) => {
    const [before] = await tx
      .delete(communeRecognitions)
      .where(and(eq(communeRecognitions.campaignId, campaign.id), eq(communeRecognitions.communeUnitId, commune.id)))
      .returning();
    if (!before) throw notFound('Công nhận xã tiêu biểu');
    await writeAudit(tx, ctx, {
      action: 'communeRecognition.delete',
      entityType: 'communeRecognition',
      entityId: before.id,
      orgUnitId: commune.id,
      before,
      after: null,
    });
  });
}
