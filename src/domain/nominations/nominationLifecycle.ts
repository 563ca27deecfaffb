import { DOSSIER_STATUS_LABELS, type DossierStatus } from '../dossiers/dossierChecklist';
import type { ClauseRef } from '../shared/ruleOutcome';

/**
 * The whole life of a nomination, from proposal to award (SPEC §3 steps 7–11; the plan's III.4 and IV.3). While the
 * nomination is active its stage is its dossier's status (a dossier not yet opened is `draft`); a withdrawn nomination
 * is `withdrawn` and goes nowhere. Every move in the product goes through `transition`, so what is allowed is written
 * once, here, and a refusal says why with its clause. Pure.
 */
export type NominationStage = DossierStatus | 'withdrawn';

export const NOMINATION_EVENTS = ['submit', 'return', 'accept', 'withdraw', 'councilPass', 'councilFail', 'award'] as const;
export type NominationEvent = (typeof NOMINATION_EVENTS)[number];

export const NOMINATION_STAGE_LABELS: Record<NominationStage, string> = { ...DOSSIER_STATUS_LABELS, withdrawn: 'Đã rút đề nghị' };

export const NOMINATION_EVENT_LABELS: Record<NominationEvent, string> = {
  submit: 'gửi hồ sơ cho Sở Nội vụ',
  return: 'trả lại hồ sơ để bổ sung',
  accept: 'thẩm định đạt',
  withdraw: 'rút đề nghị',
  councilPass: 'Hội đồng TĐKT thống nhất đề nghị',
  councilFail: 'Hội đồng TĐKT không thống nhất đề nghị',
  award: 'quyết định khen thưởng',
};

const PLAN = 'Kế hoạch số 34/KH-UBND ngày 03/3/2020';
const REFS: Record<NominationEvent, ClauseRef> = {
  submit: { clause: 'Điểm c, Khoản 4, Mục III', source: PLAN },
  return: { clause: 'Khoản 3, Mục IV', source: PLAN },
  accept: { clause: 'Khoản 3, Mục IV', source: PLAN },
  withdraw: { clause: 'Khoản 4, Mục III', source: PLAN },
  councilPass: { clause: 'Điều 8', source: 'Quy chế Hội đồng Thi đua – Khen thưởng tỉnh' },
  councilFail: { clause: 'Điều 8', source: 'Quy chế Hội đồng Thi đua – Khen thưởng tỉnh' },
  award: { clause: 'Khoản 3, Mục IV', source: PLAN },
};

/** From which stages each event may move a nomination, and to where. */
const MOVES: Record<NominationEvent, { from: readonly NominationStage[]; to: NominationStage; why: string }> = {
  // The unit sends its dossier while drafting it or after a return (III.4.c).
  submit: { from: ['draft', 'returned'], to: 'submitted', why: 'chỉ gửi được hồ sơ đang lập hoặc bị trả lại' },
  // The secretariat returns or accepts only what is in its queue.
  return: { from: ['submitted'], to: 'returned', why: 'chỉ trả lại được hồ sơ đã gửi, chưa thẩm định' },
  accept: { from: ['submitted'], to: 'accepted', why: 'chỉ thẩm định được hồ sơ đã gửi, chưa thẩm định' },
  // A sent dossier is the secretariat's: the unit asks for it back (a return) before withdrawing.
  withdraw: { from: ['draft', 'returned'], to: 'withdrawn', why: 'chỉ rút được đề nghị khi hồ sơ chưa gửi hoặc đã bị trả lại' },
  councilPass: { from: ['accepted'], to: 'council_passed', why: 'Hội đồng chỉ xét hồ sơ đã thẩm định đạt' },
  councilFail: { from: ['accepted'], to: 'council_failed', why: 'Hội đồng chỉ xét hồ sơ đã thẩm định đạt' },
  award: { from: ['council_passed'], to: 'awarded', why: 'chỉ khen thưởng được hồ sơ Hội đồng đã thống nhất đề nghị' },
};

export type TransitionResult =
  | { allowed: true; from: NominationStage; to: NominationStage; ref: ClauseRef }
  | { allowed: false; from: NominationStage; message: string; ref: ClauseRef };

/** The stage of a nomination from its own status and its dossier's (none yet = `draft`). */
export function nominationStage(input: { nominationStatus: 'proposed' | 'withdrawn'; dossierStatus: DossierStatus | null }): NominationStage {
  return input.nominationStatus === 'withdrawn' ? 'withdrawn' : (input.dossierStatus ?? 'draft');
}

/** Whether `event` may happen to a nomination at `stage`; a refusal names the stage and why, with the clause. */
export function transition(stage: NominationStage, event: NominationEvent): TransitionResult {
  const move = MOVES[event];
  const ref = REFS[event];
  if (move.from.includes(stage)) return { allowed: true, from: stage, to: move.to, ref };
  return {
    allowed: false,
    from: stage,
    ref,
    message: `Không thể ${NOMINATION_EVENT_LABELS[event]}: hồ sơ đang «${NOMINATION_STAGE_LABELS[stage]}»; ${move.why} (${ref.clause}, ${ref.source}).`,
  };
}

/** The events allowed at a stage, in the order of the process (for showing the next steps). */
export function allowedEvents(stage: NominationStage): NominationEvent[] {
  return NOMINATION_EVENTS.filter((e) => MOVES[e].from.includes(stage));
}
