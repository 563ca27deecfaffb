import type { DossierStatus } from '../dossiers/dossierChecklist';
import type { ClauseRef } from '../shared/ruleOutcome';

/**
 * Public notice (công khai lấy ý kiến, DOMAIN §1.6): the proposed list of a campaign is put on a public page for a
 * comment period before it is proposed to the chairman; anyone may comment; the secretariat moderates. Pure: every
 * rule takes `asOf` instead of reading a clock.
 *
 * Not mandatory for a provincial Bằng khen (NĐ 91/2017 Art. 45 khoản 10 and TT 12/2019/TT-BNV require it only for
 * higher forms), so it is an option of each campaign, off by default, with a comment period of 10 days unless the
 * secretariat sets another.
 */
export const PUBLIC_NOTICE_REF: ClauseRef = { clause: 'Khoản 10 Điều 45 (lấy ý kiến công khai trước khi đề nghị)', source: 'Nghị định số 91/2017/NĐ-CP; Thông tư số 12/2019/TT-BNV' };

/** The campaign option as stored in its definition (`definition.publicNotice`); absent = the defaults. */
export type PublicNoticeSettings = { enabled: boolean; commentDays: number };

export const PUBLIC_NOTICE_DEFAULTS: PublicNoticeSettings = { enabled: false, commentDays: 10 };
/** Longest comment period the form accepts: a consultation longer than a quarter would hold the proposal up. */
export const MAX_COMMENT_DAYS = 90;

/** The settings of a campaign definition, with the defaults for a definition written before the option existed. */
export function publicNoticeSettingsOf(definition: { publicNotice?: PublicNoticeSettings | null }): PublicNoticeSettings {
  return definition.publicNotice ?? PUBLIC_NOTICE_DEFAULTS;
}

/**
 * Which dossiers make the proposed list: those the provincial council agreed to propose (`council_passed`). The
 * plan's order is appraisal → council → proposal to the chairman, and the public consultation comes right before the
 * proposal (NĐ 91/2017 Art. 45 khoản 10: "trước khi đề nghị"), so the list put out for comment is the council's, not
 * the appraised list that the council may still cut.
 */
export const PROPOSED_LIST_STATUSES: readonly DossierStatus[] = ['council_passed'];

const DAY_MS = 24 * 60 * 60 * 1000;

/** The comment period of a list published at `publishedAt`: opens at once, closes `commentDays` × 24 hours later. */
export function commentPeriod(publishedAt: Date, commentDays: number): { opensAt: Date; closesAt: Date } {
  return { opensAt: publishedAt, closesAt: new Date(publishedAt.getTime() + commentDays * DAY_MS) };
}

/** Where a notice stands for the public at `asOf`. */
export type NoticePhase = 'withdrawn' | 'not_yet_open' | 'open' | 'closed';

export type NoticeTimes = { kind: 'proposed_list' | 'decision'; opensAt: Date; closesAt: Date | null; withdrawnAt: Date | null };

/**
 * The phase of a notice at `asOf`: the period is [opensAt, closesAt) — at the closing instant it is closed. A decision
 * (no closing time) is never open for comment: it is 'closed' once published.
 */
export function noticePhase(notice: NoticeTimes, asOf: Date): NoticePhase {
  if (notice.withdrawnAt !== null && notice.withdrawnAt.getTime() <= asOf.getTime()) return 'withdrawn';
  if (asOf.getTime() < notice.opensAt.getTime()) return 'not_yet_open';
  if (notice.kind !== 'proposed_list' || notice.closesAt === null) return 'closed';
  return asOf.getTime() < notice.closesAt.getTime() ? 'open' : 'closed';
}

/** True when the public page shows the notice at `asOf`: published (opened) and not withdrawn. */
export function isPubliclyVisible(notice: NoticeTimes, asOf: Date): boolean {
  const phase = noticePhase(notice, asOf);
  return phase === 'open' || phase === 'closed';
}

export type Allowed = { allowed: true } | { allowed: false; reason: string };

/** May the public comment on this notice at `asOf`? The reason is Vietnamese, shown as is. */
export function checkCommentAllowed(notice: NoticeTimes, asOf: Date): Allowed {
  if (notice.kind !== 'proposed_list') return { allowed: false, reason: 'Chỉ góp ý được cho danh sách đề nghị khen thưởng đang lấy ý kiến, không góp ý cho quyết định đã ban hành.' };
  switch (noticePhase(notice, asOf)) {
    case 'open':
      return { allowed: true };
    case 'closed':
      return { allowed: false, reason: 'Đã hết thời gian lấy ý kiến đối với danh sách này; không nhận thêm góp ý.' };
    case 'not_yet_open':
      return { allowed: false, reason: 'Danh sách này chưa mở lấy ý kiến.' };
    case 'withdrawn':
      return { allowed: false, reason: 'Danh sách này đã được gỡ khỏi trang công khai; không nhận góp ý.' };
  }
}

/** How many comments one sender may send in a window (configured: PUBLIC_COMMENT_LIMIT per PUBLIC_COMMENT_WINDOW_MINUTES). */
export type CommentRateLimit = { limit: number; windowMinutes: number };

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; message: string };

/**
 * The rate limit of one sender: `sentInWindow` are the times of their comments within the last window (any order).
 * Refused once `limit` are in the window; they may send again when the oldest of those leaves it.
 */
export function commentRateDecision(sentInWindow: readonly Date[], rule: CommentRateLimit, asOf: Date): RateDecision {
  const windowMs = rule.windowMinutes * 60 * 1000;
  const inWindow = sentInWindow.map((d) => d.getTime()).filter((t) => t > asOf.getTime() - windowMs && t <= asOf.getTime());
  if (inWindow.length < rule.limit) return { allowed: true };
  // The (count − limit + 1)-th oldest must leave the window before one more fits.
  const sorted = inWindow.sort((a, b) => a - b);
  const freesAt = sorted[inWindow.length - rule.limit] + windowMs;
  const retryAfterSeconds = Math.max(1, Math.ceil((freesAt - asOf.getTime()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return {
    allowed: false,
    retryAfterSeconds,
    message: `Bạn đã gửi ${rule.limit} góp ý trong ${formatWindow(rule.windowMinutes)} vừa qua, là số góp ý tối đa. Vui lòng gửi lại sau khoảng ${minutes} phút.`,
  };
}

function formatWindow(minutes: number): string {
  if (minutes % 60 === 0) return minutes === 60 ? '1 giờ' : `${minutes / 60} giờ`;
  return `${minutes} phút`;
}

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = { pending: 'Chờ duyệt', approved: 'Đã duyệt, công khai', rejected: 'Không duyệt' };

/** The secretariat decides once on a pending comment. */
export function checkModeration(status: CommentStatus): Allowed {
  if (status === 'pending') return { allowed: true };
  return { allowed: false, reason: `Góp ý này đã được xử lý («${COMMENT_STATUS_LABELS[status]}»); không duyệt lại.` };
}
