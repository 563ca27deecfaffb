/**
 * A feedback thread (phản ánh, vướng mắc; issue 11, item 7, the plan's last paragraph): a unit raises a difficulty to
 * UBND tỉnh via Sở Nội vụ. Pure rules: how a message or a closing moves the status, and how long the unit has waited.
 *
 *   open ──(Sở Nội vụ replies)──▶ answered ──(the unit writes again)──▶ open
 *     └──────────────(either side closes)──────────────▶ closed ──(the unit writes again: reopened)──▶ open
 */
export type FeedbackStatus = 'open' | 'answered' | 'closed';
/** Who wrote: the raising unit, or Sở Nội vụ (the secretariat) answering for UBND tỉnh. */
export type FeedbackSide = 'unit' | 'secretariat';

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  open: 'Chờ trả lời',
  answered: 'Đã trả lời',
  closed: 'Đã đóng',
};

export type FeedbackMove = { ok: true; status: FeedbackStatus } | { ok: false; message: string };

/** The status after a message: the secretariat's reply answers it; the unit's message (re)opens it. */
export function statusAfterMessage(status: FeedbackStatus, side: FeedbackSide): FeedbackMove {
  if (side === 'secretariat') {
    if (status === 'closed') return { ok: false, message: 'Phản ánh đã đóng: chỉ đơn vị gửi phản ánh mới mở lại được bằng một tin nhắn mới.' };
    return { ok: true, status: 'answered' };
  }
  return { ok: true, status: 'open' };
}

/** Closing: either side, once. */
export function statusAfterClose(status: FeedbackStatus): FeedbackMove {
  if (status === 'closed') return { ok: false, message: 'Phản ánh đã đóng rồi.' };
  return { ok: true, status: 'closed' };
}

/**
 * Since when the unit has been waiting: its first message after the secretariat's last reply (or the first message of
 * all when never answered); null when nothing waits (closed, or the last word is the secretariat's).
 */
export function waitingSince(status: FeedbackStatus, messages: readonly { side: FeedbackSide; at: Date }[]): Date | null {
  if (status === 'closed') return null;
  let since: Date | null = null;
  for (const m of [...messages].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (m.side === 'secretariat') since = null;
    else since ??= m.at;
  }
  return since;
}

/** How long, in whole days and hours ("3 ngày 4 giờ", "5 giờ", "dưới 1 giờ"). */
export function formatWaiting(since: Date, asOf: Date): string {
  const hours = Math.max(0, Math.floor((asOf.getTime() - since.getTime()) / 3_600_000));
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  if (days === 0) return rest === 0 ? 'dưới 1 giờ' : `${rest} giờ`;
  return rest === 0 ? `${days} ngày` : `${days} ngày ${rest} giờ`;
}
