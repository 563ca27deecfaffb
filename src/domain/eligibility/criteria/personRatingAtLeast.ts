import type { CriterionOfKind, Evaluator } from './criterionTypes';
import { ratingCheck } from './criterionSupport';

/** The individual's yearly rating is `minRating` or better (III.1.b, first bullet). */
export const evaluatePersonRatingAtLeast: Evaluator<CriterionOfKind<'personRatingAtLeast'>> = (criterion, ctx) => {
  const { subject } = ctx;
  const value = subject.kind === 'individual' ? subject.individual.rating : null;
  return ratingCheck(ctx, value, criterion.minRating, ' của cá nhân', `Xếp loại chất lượng năm ${ctx.ruleSet.year} của cá nhân`);
};
