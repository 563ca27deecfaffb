import type { ClauseRef } from '../shared/ruleOutcome';

/**
 * The secretariat's consolidated Tờ trình to the chairman (Mục IV.3 of Kế hoạch 34/KH-UBND): drafted (`draft`),
 * sent to the approver (`submitted`), then `approved` — the list is frozen — or `returned` with a reason, after which
 * the secretariat edits and submits it again. Pure: every refusal names the state and why.
 */
export type ProposalStatus = 'draft' | 'submitted' | 'approved' | 'returned';
export type ProposalEvent = 'edit' | 'submit' | 'approve' | 'return' | 'issueDecision';

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  draft: 'Đang dự thảo',
  submitted: 'Đã trình, chờ phê duyệt',
  approved: 'Đã phê duyệt',
  returned: 'Bị trả lại',
};

const EVENT_LABELS: Record<ProposalEvent, string> = {
  edit: 'sửa Tờ trình',
  submit: 'trình Tờ trình',
  approve: 'phê duyệt Tờ trình',
  return: 'trả lại Tờ trình',
  issueDecision: 'ghi nhận Quyết định khen thưởng',
};

const REF: ClauseRef = { clause: 'Khoản 3, Mục IV', source: 'Kế hoạch số 34/KH-UBND ngày 03/3/2020' };

const MOVES: Record<ProposalEvent, { from: readonly ProposalStatus[]; to: ProposalStatus; why: string }> = {
  edit: { from: ['draft', 'returned'], to: 'draft', why: 'chỉ sửa được Tờ trình đang dự thảo hoặc bị trả lại' },
  submit: { from: ['draft', 'returned'], to: 'submitted', why: 'chỉ trình được Tờ trình đang dự thảo hoặc bị trả lại' },
  approve: { from: ['submitted'], to: 'approved', why: 'chỉ phê duyệt được Tờ trình đã trình' },
  return: { from: ['submitted'], to: 'returned', why: 'chỉ trả lại được Tờ trình đã trình' },
  // The decision follows the approved list (the chairman signs what was approved).
  issueDecision: { from: ['approved'], to: 'approved', why: 'Quyết định khen thưởng chỉ ban hành sau khi Tờ trình được phê duyệt' },
};

export type ProposalTransition = { allowed: true; to: ProposalStatus } | { allowed: false; message: string };

export function proposalTransition(status: ProposalStatus, event: ProposalEvent): ProposalTransition {
  const move = MOVES[event];
  if (move.from.includes(status)) return { allowed: true, to: move.to };
  return { allowed: false, message: `Không thể ${EVENT_LABELS[event]}: Tờ trình đang «${PROPOSAL_STATUS_LABELS[status]}»; ${move.why} (${REF.clause}, ${REF.source}).` };
}
