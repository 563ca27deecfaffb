/**
 * The result of one condition of a rule (a `criterion`), as every rule in `src/domain` reports it.
 * `unknown` means an input was missing; it is never treated as a pass (SPEC §4.5).
 */
export type Verdict = 'pass' | 'fail' | 'unknown';

/** A reference into a plan or a law, e.g. "Tiết 3, Điểm a, Khoản 1, Mục III" of 34/KH-UBND. */
export type ClauseRef = {
  /** Human-readable clause, in Vietnamese, e.g. "Tiết 1, Điểm a, Khoản 1, Mục III". */
  clause: string;
  /** The document it belongs to, e.g. "Kế hoạch số 34/KH-UBND ngày 03/3/2020". */
  source: string;
};

export type CriterionOutcome = {
  /** Stable code of the condition, e.g. "collective.parExcellentGroup". */
  code: string;
  verdict: Verdict;
  /** One sentence in plain Vietnamese saying what was checked and why it passed, failed or is unknown. */
  explanation: string;
  /** The input values the condition used (null where missing). */
  inputs: Record<string, unknown>;
  ref: ClauseRef;
};

/** Combine verdicts with AND: any fail → fail; else any unknown → unknown; else pass. */
export function allOf(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('fail')) return 'fail';
  if (verdicts.includes('unknown')) return 'unknown';
  return 'pass';
}

/** Combine verdicts with OR: any pass → pass; else any unknown → unknown; else fail (empty → fail). */
export function anyOf(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('pass')) return 'pass';
  if (verdicts.includes('unknown')) return 'unknown';
  return 'fail';
}

/**
 * Turn a recorded yes/no fact into a verdict: true → pass, false → fail, null/undefined (not recorded) → unknown.
 * @param value the recorded fact, or null when nobody has entered it yet
 * @returns the verdict; a missing fact is `unknown`, never `pass` (SPEC §4.5)
 */
export function verdictOfFlag(value: boolean | null | undefined): Verdict {
  if (value === true) return 'pass';
  if (value === false) return 'fail';
  return 'unknown';
}
