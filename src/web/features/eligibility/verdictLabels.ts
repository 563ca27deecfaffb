import type { Verdict } from '../../../shared/contracts/eligibility';

/** A whole result, as the board and the export say it. */
export const RESULT_LABELS: Record<Verdict, string> = { pass: 'Đủ điều kiện', fail: 'Không đủ điều kiện', unknown: 'Chưa xác định' };

/** One condition's outcome (SPEC §4.5: đạt / không đạt / chưa xác định). */
export const CONDITION_LABELS: Record<Verdict, string> = { pass: 'Đạt', fail: 'Không đạt', unknown: 'Chưa xác định' };

export const VERDICT_CLASS: Record<Verdict, string> = { pass: 'verdict--pass', fail: 'verdict--fail', unknown: 'verdict--unknown' };
