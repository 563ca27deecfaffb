import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { campaigns, parPublications } from '../../../db/schema';
import type { CampaignStatus } from '../../../domain/campaigns/campaignStatus';
import { statusFromFacts, type StatusFacts } from '../../../domain/campaigns/statusFacts';
import type { LocalDate } from '../../../domain/time/localDate';
import { writeAudit, type AuditContext } from '../../kit/audit';
import type { CampaignRecord } from './campaignQueries';

/** The audit context of a move made by the facts themselves, when no user caused it (the deadline passing). */
export const SYSTEM_AUDIT: AuditContext = { actorUserId: null, actorUsername: 'hệ thống', actorUnitId: null, ip: null, userAgent: null };

/** The facts that decide a campaign's status, read for its year. */
export async function statusFactsOf(db: DbOrTx, campaign: Pick<CampaignRecord, 'year' | 'definition'>): Promise<StatusFacts> {
  const [publication] = await db
    .select({ decisionNumber: parPublications.decisionNumber, decisionDate: parPublications.decisionDate })
    .from(parPublications)
    .where(eq(parPublications.year, campaign.year));
  return {
    year: campaign.year,
    registrationDeadline: { date: campaign.definition.registrationDeadline.date as LocalDate, ref: campaign.definition.registrationDeadline.ref },
    rankingPublication: publication ? { decisionNumber: publication.decisionNumber, decisionDate: publication.decisionDate as LocalDate } : null,
  };
}

/**
 * Moves every campaign (or those of one year) to the status its facts put it in, each with an audit row, inside the
 * caller's transaction when given one. The update is conditional on the status read, so several app nodes doing
 * this at once move a campaign once.
 * @returns the campaigns moved, with their old and new status
 */
export async function applyStatusFacts(db: DbOrTx, ctx: AuditContext, asOf: Date, filter: { year?: number } = {}): Promise<{ id: string; from: CampaignStatus; to: CampaignStatus }[]> {
  const candidates = (await db
    .select()
    .from(campaigns)
    .where(and(inArray(campaigns.status, ['registration_open', 'registration_closed']), filter.year === undefined ? undefined : eq(campaigns.year, filter.year)))) as CampaignRecord[];
  const moved: { id: string; from: CampaignStatus; to: CampaignStatus }[] = [];
  for (const c of candidates) {
    const facts = await statusFactsOf(db, c);
    const to = statusFromFacts(c.status, facts, asOf);
    if (!to) continue;
    const [row] = await db
      .update(campaigns)
      .set({ status: to, updatedAt: asOf })
      .where(and(eq(campaigns.id, c.id), eq(campaigns.status, c.status)))
      .returning({ id: campaigns.id });
    if (!row) continue;
    const reason =
      to === 'ranking_published'
        ? `Kết quả xếp hạng Chỉ số CCHC năm ${c.year} đã được công bố theo Quyết định số ${facts.rankingPublication!.decisionNumber}.`
        : `Hết thời gian đăng ký thi đua (${facts.registrationDeadline.ref.clause}).`;
    await writeAudit(db, ctx, { action: 'campaign.status', entityType: 'campaign', entityId: c.id, orgUnitId: ctx.actorUnitId, before: { status: c.status }, after: { status: to }, reason });
    moved.push({ id: c.id, from: c.status, to });
  }
  return moved;
}
