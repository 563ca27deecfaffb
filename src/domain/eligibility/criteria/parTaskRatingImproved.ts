import { RATING_LABELS, RATING_ORDER } from '../eligibilityRules';
import type { CriterionOfKind, Evaluator } from './criterionTypes';
import { rank, unitInputName } from './criterionSupport';

/** The PAR-task rating of the year is strictly better than the previous year's (C1: "tiến bộ hơn"). */
export const evaluateParTaskRatingImproved: Evaluator<CriterionOfKind<'parTaskRatingImproved'>> = (_criterion, ctx) => {
  const year = ctx.ruleSet.year;
  const current = ctx.subject.unit.parTaskRating ?? null;
  const previous = ctx.subject.unit.previousParTaskRating ?? null;
  const inputs = { parTaskRating: current, previousParTaskRating: previous };
  const values = `Xếp loại thực hiện nhiệm vụ CCHC năm ${year}: ${current ? RATING_LABELS[current] : 'chưa có'}, năm ${year - 1}: ${previous ? RATING_LABELS[previous] : 'chưa có'}`;
  if (current && previous) {
    const diff = rank(current) - rank(previous);
    // The plan asks for "tiến bộ hơn": an equal rating is not progress, however high it is.
    const tail =
      diff > 0
        ? 'tiến bộ hơn năm trước liền kề'
        : diff === 0
          ? 'bằng năm trước liền kề, không được tính là tiến bộ'
          : 'thấp hơn năm trước liền kề';
    return { verdict: diff > 0 ? 'pass' : 'fail', explanation: `${values} — ${tail}.`, inputs, missing: [] };
  }
  // With one year missing the answer is still certain at the ends of the scale: nothing is below "failed",
  // nothing above "outstanding". Saying "fail" there keeps the missing list to inputs that can change the result.
  if (current === RATING_ORDER[0]) {
    return {
      verdict: 'fail',
      explanation: `${values} — mức thấp nhất nên không thể tiến bộ hơn năm trước liền kề.`,
      inputs,
      missing: [],
    };
  }
  if (previous === RATING_ORDER[RATING_ORDER.length - 1]) {
    return {
      verdict: 'fail',
      explanation: `${values} — năm trước liền kề đã ở mức cao nhất nên không thể tiến bộ hơn.`,
      inputs,
      missing: [],
    };
  }
  const missing: string[] = [];
  if (!current) missing.push(unitInputName(ctx, `Xếp loại thực hiện nhiệm vụ CCHC năm ${year}`));
  if (!previous) missing.push(unitInputName(ctx, `Xếp loại thực hiện nhiệm vụ CCHC năm ${year - 1}`));
  return {
    verdict: 'unknown',
    explanation: `${values} — chưa xác định được có tiến bộ hơn năm trước liền kề hay không.`,
    inputs,
    missing,
  };
};
