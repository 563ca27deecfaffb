import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { campaigns } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import type { CampaignDefinition } from '../../../domain/campaigns/campaignDefinition';
import { CAMPAIGN_STATUS_LABELS, PLAN_EDITABLE_STATUSES } from '../../../domain/campaigns/campaignStatus';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError } from '../../errors';
import { loadCampaign, type CampaignRecord } from './campaignQueries';

/**
 * Corrects the plan data of a campaign while it may still change (before the ranking is published), with its audit
 * row, in one transaction; the status is checked under the row lock.
 * @throws CONFLICT when the campaign's status no longer allows plan changes
 */
export async function updateCampaignPlan(db: Db, ctx: AuditContext, actor: Actor, input: { id: string; definition: CampaignDefinition; asOf: Date }): Promise<CampaignRecord> {
  const { definition, asOf } = input;
  return db.transaction(async (tx) => {
    const current = await loadCampaign(tx, input.id, { forUpdate: true });
    if (!PLAN_EDITABLE_STATUSES.includes(current.status)) {
      throw new AppError('CONFLICT', `Không thể sửa kế hoạch khi đợt thi đua đang ở trạng thái «${CAMPAIGN_STATUS_LABELS[current.status]}»: kết quả xếp hạng đã công bố, tiêu chuẩn và chỉ tiêu không được thay đổi.`);
    }
    const [row] = await tx
      .update(campaigns)
      .set({ definition, year: definition.year, planNumber: definition.planNumber, planDate: definition.planDate, updatedAt: asOf })
      .where(eq(campaigns.id, current.id))
      .returning();
    await writeAudit(tx, ctx, { action: 'campaign.update', entityType: 'campaign', entityId: current.id, orgUnitId: actor.unitId, before: { definition: current.definition }, after: { definition } });
    return row as CampaignRecord;
  });
}
