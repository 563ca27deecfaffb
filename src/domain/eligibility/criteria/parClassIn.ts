import type { CriterionOfKind, Evaluator } from './criterionTypes';
import { classCheck } from './criterionSupport';

/** The unit's PAR Index class of the campaign year is one of the accepted classes (basis A). */
export const evaluateParClassIn: Evaluator<CriterionOfKind<'parClassIn'>> = (criterion, ctx) =>
  classCheck(
    ctx,
    ctx.subject.unit.parClassification,
    criterion.classes,
    '',
    `Xếp hạng Chỉ số CCHC năm ${ctx.ruleSet.year}`,
    'parClassification',
  );
