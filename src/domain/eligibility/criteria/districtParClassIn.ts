import type { CriterionOfKind, Evaluator } from './criterionTypes';
import { classCheck } from './criterionSupport';

/**
 * The PAR Index class of the district a district PAR unit belongs to is one of the accepted classes (C2).
 * Like parClassIn.ts but for the district's class, in its own file on purpose: one file per criterion kind.
 */
export const evaluateDistrictParClassIn: Evaluator<CriterionOfKind<'districtParClassIn'>> = (criterion, ctx) =>
  classCheck(
    ctx,
    ctx.subject.unit.districtParClassification,
    criterion.classes,
    ' của huyện, thành phố nơi đơn vị trực thuộc',
    `Xếp hạng Chỉ số CCHC năm ${ctx.ruleSet.year} của huyện, thành phố`,
    'districtParClassification',
  );
