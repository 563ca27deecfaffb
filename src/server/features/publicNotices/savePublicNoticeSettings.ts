import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { campaigns } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { publicNoticeSettingsOf, type PublicNoticeSettings } from '../../../domain/publicNotices/publicNoticeRules';
import { AppError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { loadCampaign } from '../campaigns/campaignQueries';

/**
 * Sets the campaign's "Công khai lấy ý kiến" option (definition.publicNotice) at any stage before the campaign is
 * closed: unlike the criteria and quotas, which freeze when the ranking is published, whether to consult the public is
 * decided when the list is ready (after the council). A list already published keeps its own period.
 */
export async function savePublicNoticeSettings(db: Db, ctx: AuditContext, actor: Actor, input: { campaignId: string; settings: PublicNoticeSettings; asOf: Date }) {
  return db.transaction(async (tx) => {
    const campaign = await loadCampaign(tx, input.campaignId, { forUpdate: true });
    if (campaign.status === 'closed') throw new AppError('CONFLICT', 'Đợt thi đua đã kết thúc; không đổi được chế độ công khai lấy ý kiến.');
    const before = publicNoticeSettingsOf(campaign.definition);
    const definition = { ...campaign.definition, publicNotice: input.settings };
    await tx.update(campaigns).set({ definition, updatedAt: input.asOf }).where(eq(campaigns.id, campaign.id));
    await writeAudit(tx, ctx, { action: 'campaign.publicNotice.settings', entityType: 'campaign', entityId: campaign.id, orgUnitId: actor.unitId, before: { publicNotice: before }, after: { publicNotice: input.settings } });
    return input.settings;
  });
}
