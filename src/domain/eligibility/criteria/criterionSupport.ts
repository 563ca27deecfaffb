import { verdictOfFlag, type Verdict } from '../../shared/ruleOutcome';
import {
  PAR_CLASSIFICATION_LABELS,
  RATING_LABELS,
  RATING_ORDER,
  UNIT_KIND_LABELS,
  type ParClassification,
  type Rating,
} from '../eligibilityRules';
import type { UnitSummary } from '../nomineeInputs';
import type { Check, EvaluationContext } from './criterionTypes';

/** "đạt" / "không đạt" / "chưa xác định được": how a verdict reads inside a sentence. */
export function verdictWord(verdict: Verdict): string {
  if (verdict === 'pass') return 'đạt';
  if (verdict === 'fail') return 'không đạt';
  return 'chưa xác định được';
}

/** Strip the final full stop, to join explanations into one sentence. */
export function withoutFullStop(sentence: string): string {
  return sentence.endsWith('.') ? sentence.slice(0, -1) : sentence;
}

export function isNil(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** Position of a rating on the scale failed < adequate < good < outstanding. */
export function rank(rating: Rating): number {
  return RATING_ORDER.indexOf(rating);
}

function lowerVi(text: string): string {
  return text.toLocaleLowerCase('vi');
}

/** "nhóm xuất sắc", or "nhóm xuất sắc hoặc tốt" when an override widens the allowed classes. */
export function groupLabel(classes: readonly ParClassification[]): string {
  return `nhóm ${classes.map((c) => lowerVi(PAR_CLASSIFICATION_LABELS[c])).join(' hoặc ')}`;
}

/** The unit's kind as said inside a sentence ("sở, ban, ngành tỉnh"). */
export function kindLabel(unit: UnitSummary): string {
  return Object.hasOwn(UNIT_KIND_LABELS, unit.unitKind) ? UNIT_KIND_LABELS[unit.unitKind] : String(unit.unitKind);
}

/** Names of the unit's inputs; for an individual they say that the input is the unit's, not the person's. */
export function unitInputName(ctx: EvaluationContext, name: string): string {
  return ctx.subject.kind === 'individual' ? `${name} của đơn vị công tác (${ctx.subject.unit.name})` : name;
}

/** A PAR class is one of the allowed classes; a missing class is unknown. */
export function classCheck(
  ctx: EvaluationContext,
  value: ParClassification | null | undefined,
  classes: readonly ParClassification[],
  subjectText: string,
  missingName: string,
  inputKey: 'parClassification' | 'districtParClassification',
): Check {
  const year = ctx.ruleSet.year;
  if (isNil(value)) {
    return {
      verdict: 'unknown',
      explanation: `Chưa có kết quả xếp hạng Chỉ số CCHC năm ${year}${subjectText} — chưa xác định được.`,
      inputs: { [inputKey]: null, allowed: [...classes] },
      missing: [unitInputName(ctx, missingName)],
    };
  }
  const inGroup = classes.includes(value);
  return {
    verdict: inGroup ? 'pass' : 'fail',
    explanation: `Xếp hạng Chỉ số CCHC năm ${year}${subjectText}: ${PAR_CLASSIFICATION_LABELS[value]} — ${inGroup ? 'thuộc' : 'không thuộc'} ${groupLabel(classes)}.`,
    inputs: { [inputKey]: value, allowed: [...classes] },
    missing: [],
  };
}

/** A rating is `minRating` or better; a missing rating is unknown. */
export function ratingCheck(
  ctx: EvaluationContext,
  value: Rating | null | undefined,
  minRating: Rating,
  whose: string,
  missingName: string,
): Check {
  const year = ctx.ruleSet.year;
  if (isNil(value)) {
    return {
      verdict: 'unknown',
      explanation: `Chưa có kết quả xếp loại năm ${year}${whose} — chưa xác định được.`,
      inputs: { rating: null, minRating },
      missing: [missingName],
    };
  }
  const ok = rank(value) >= rank(minRating);
  return {
    verdict: ok ? 'pass' : 'fail',
    explanation: `Xếp loại năm ${year}${whose}: ${RATING_LABELS[value]} — ${ok ? 'đạt' : 'chưa đạt'} mức “${RATING_LABELS[minRating]}” trở lên.`,
    inputs: { rating: value, minRating },
    missing: [],
  };
}

/** A recorded yes/no fact, with one sentence per verdict. */
export function flagCheck(
  value: boolean | null | undefined,
  texts: { pass: string; fail: string; unknown: string },
  missingName: string,
  inputs: Record<string, unknown>,
): Check {
  const verdict = verdictOfFlag(value);
  return { verdict, explanation: texts[verdict], inputs, missing: verdict === 'unknown' ? [missingName] : [] };
}
