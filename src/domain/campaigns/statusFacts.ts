import type { ClauseRef } from '../shared/ruleOutcome';
import { formatVnDate, type LocalDate } from '../time/localDate';
import { registrationClosesAt } from './registrationWindow';
import { CAMPAIGN_STATUS_LABELS, type CampaignStatus } from './campaignStatus';

/**
 * A campaign's status follows the facts that cause it (issue: status follows the facts): the registration deadline
 * closes registration, the publication of the year's PAR ranking moves the campaign to "ranking published". A
 * manual move whose fact is missing is refused with the missing fact named.
 */
export type StatusFacts = {
  /** II.3.b: last day of registration. */
  registrationDeadline: { date: LocalDate; ref: ClauseRef };
  /** The year's PAR Index publication (QĐ), when recorded. */
  rankingPublication: { decisionNumber: string; decisionDate: LocalDate } | null;
  year: number;
};

/**
 * The status the facts put a campaign in, or null when they leave it where it is. Only forward moves of the
 * registration and ranking steps are automatic; later steps need the dossier and decision facts.
 */
export function statusFromFacts(status: CampaignStatus, facts: StatusFacts, asOf: Date): CampaignStatus | null {
  if ((status === 'registration_open' || status === 'registration_closed') && facts.rankingPublication) return 'ranking_published';
  if (status === 'registration_open' && asOf.getTime() >= registrationClosesAt(facts.registrationDeadline.date).getTime()) return 'registration_closed';
  return null;
}

/** Whether a manual move to `to` has the fact it needs; the reason names the fact and its clause. */
export function checkStatusFact(from: CampaignStatus, to: CampaignStatus, facts: StatusFacts, asOf: Date): { allowed: true } | { allowed: false; reason: string } {
  const label = `«${CAMPAIGN_STATUS_LABELS[to]}»`;
  if (to === 'ranking_published' && !facts.rankingPublication) {
    return {
      allowed: false,
      reason: `Chưa thể chuyển sang ${label}: kết quả xếp hạng Chỉ số CCHC năm ${facts.year} chưa được công bố. Đợt thi đua tự chuyển khi Sở Nội vụ ghi nhận quyết định công bố (trang Chỉ số CCHC).`,
    };
  }
  if (from === 'registration_open' && to === 'registration_closed' && asOf.getTime() < registrationClosesAt(facts.registrationDeadline.date).getTime()) {
    const { date, ref } = facts.registrationDeadline;
    return { allowed: false, reason: `Chưa thể kết thúc đăng ký: thời gian đăng ký đến hết ngày ${formatVnDate(date)} (${ref.clause} ${ref.source}); đợt thi đua tự chuyển khi hết hạn.` };
  }
  if (from === 'registration_closed' && to === 'registration_open' && facts.rankingPublication) {
    return { allowed: false, reason: `Không thể mở lại đăng ký: kết quả xếp hạng năm ${facts.year} đã được công bố theo Quyết định số ${facts.rankingPublication.decisionNumber}.` };
  }
  return { allowed: true };
}
