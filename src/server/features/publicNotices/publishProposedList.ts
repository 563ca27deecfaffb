import type { Db } from '../../../db/client';
import { publicNotices } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { formatPlanSource } from '../../../domain/campaigns/campaignDefinition';
import { commentPeriod, noticePhase, publicNoticeSettingsOf } from '../../../domain/publicNotices/publicNoticeRules';
import { formatVnDateTimeInVietnam } from './publicNoticeTime';
import { AppError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { loadCampaign } from '../campaigns/campaignQueries';
import { listCampaignNotices, listProposedEntries, type NoticeRow } from './publicNoticeQueries';

/**
 * Sở Nội vụ puts the campaign's proposed list (the council's list, PROPOSED_LIST_STATUSES) on the public page for
 * the campaign's comment period: opens now, closes `commentDays` later. The entries are frozen in the notice (name,
 * position, unit only). Refused when the campaign has not turned the option on, when nobody is on the list, or while
 * another list of the campaign is still open. Write and audit row in one transaction, the campaign row locked so two
 * clicks publish once.
 */
export async function publishProposedList(db: Db, ctx: AuditContext, actor: Actor, input: { campaignId: string; title?: string; body?: string; asOf: Date }): Promise<NoticeRow> {
  return db.transaction(async (tx) => {
    const campaign = await loadCampaign(tx, input.campaignId, { forUpdate: true });
    const settings = publicNoticeSettingsOf(campaign.definition);
    if (!settings.enabled) {
      throw new AppError('CONFLICT', 'Đợt thi đua này chưa bật "Công khai lấy ý kiến". Hãy bật chế độ này (và số ngày lấy ý kiến) trước khi đăng danh sách.');
    }
    const open = (await listCampaignNotices(tx, campaign.id)).find((n) => n.notice.kind === 'proposed_list' && noticePhase(n.notice, input.asOf) === 'open');
    if (open) throw new AppError('CONFLICT', `Danh sách «${open.notice.title}» đang trong thời gian lấy ý kiến; hãy gỡ danh sách đó trước khi đăng danh sách mới.`);
    const entries = await listProposedEntries(tx, campaign.id);
    if (entries.length === 0) {
      throw new AppError('CONFLICT', 'Chưa có hồ sơ nào được Hội đồng Thi đua – Khen thưởng thống nhất đề nghị, nên chưa có danh sách để lấy ý kiến.');
    }
    const { opensAt, closesAt } = commentPeriod(input.asOf, settings.commentDays);
    const title = input.title || `Danh sách đề nghị khen thưởng theo ${formatPlanSource(campaign.definition)} — lấy ý kiến nhân dân`;
    const body =
      input.body ||
      `Sở Nội vụ công khai danh sách ${entries.length} tập thể, cá nhân được đề nghị tặng ${campaign.definition.awardForms[0]?.fullName ?? 'Bằng khen'} ` +
        `về thành tích thi đua chuyên đề "${campaign.definition.theme}" năm ${campaign.definition.year} để lấy ý kiến nhân dân ` +
        `trong ${settings.commentDays} ngày, đến ${formatVnDateTimeInVietnam(closesAt)}.`;
    const [notice] = await tx
      .insert(publicNotices)
      .values({ campaignId: campaign.id, kind: 'proposed_list', title, body, entries, opensAt, closesAt, publishedById: actor.userId, publishedAt: input.asOf })
      .returning();
    await writeAudit(tx, ctx, {
      action: 'publicNotice.publish',
      entityType: 'publicNotice',
      entityId: notice.id,
      orgUnitId: actor.unitId,
      after: { campaignId: campaign.id, kind: notice.kind, title, entryCount: entries.length, opensAt, closesAt },
    });
    return notice;
  });
}
