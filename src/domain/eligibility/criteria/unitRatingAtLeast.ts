import type { CriterionOfKind, Evaluator } from './criterionTypes';
import { ratingCheck, unitInputName } from './criterionSupport';

/** The unit's yearly rating is `minRating` or better (C1, C2). */
export const evaluateUnitRatingAtLeast: Evaluator<CriterionOfKind<'unitRatingAtLeast'>> = (criterion, ctx) => {
  const { subject } = ctx;
  const unit = subject.unit;
  return ratingCheck(
    ctx,
    unit.rating,
    criterion.minRating,
    subject.kind === 'individual' ? ` của đơn vị công tác (${unit.name})` : '',
    unitInputName(ctx, `Xếp loại chất lượng năm ${ctx.ruleSet.year}`),
  );
};
