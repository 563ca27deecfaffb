import { allOf, verdictOfFlag, type Verdict } from '../../shared/ruleOutcome';
import { PAR_CLASSIFICATION_LABELS } from '../eligibilityRules';
import type { CriterionOfKind, Evaluator } from './criterionTypes';
import { groupLabel, unitInputName, verdictWord } from './criterionSupport';

/** A commune recognised by its district as the most outstanding in the movement and classed in `classes` (B). */
export const evaluateCommuneRecognisedAndExcellent: Evaluator<CriterionOfKind<'communeRecognisedAndExcellent'>> = (criterion, ctx) => {
  const { classes } = criterion;
  const year = ctx.ruleSet.year;
  const recognised = ctx.subject.unit.districtRecognisedBestCommune ?? null;
  const cls = ctx.subject.unit.parClassification ?? null;
  const clsVerdict: Verdict = cls === null ? 'unknown' : classes.includes(cls) ? 'pass' : 'fail';
  const verdict = allOf([verdictOfFlag(recognised), clsVerdict]);
  const recognisedText = recognised === true ? 'có' : recognised === false ? 'không' : 'chưa có thông tin';
  // Two tiers (no districts since 01/7/2025): the commune is under the province, which recognises it instead.
  const twoTier = ctx.subject.unit.underProvince === true;
  const recogniser = twoTier ? 'UBND tỉnh (chính quyền hai cấp, không còn UBND cấp huyện)' : 'UBND cấp huyện';
  const missing: string[] = [];
  if (recognised === null) {
    missing.push(unitInputName(ctx, `Công nhận của ${twoTier ? 'UBND tỉnh' : 'UBND cấp huyện'} (đơn vị cấp xã tiêu biểu xuất sắc nhất)`));
  }
  if (cls === null) missing.push(unitInputName(ctx, `Xếp hạng Chỉ số CCHC năm ${year}`));
  return {
    verdict,
    explanation: `Được ${recogniser} công nhận tiêu biểu xuất sắc nhất trong phong trào thi đua: ${recognisedText}; đánh giá CCHC năm ${year}: ${cls ? PAR_CLASSIFICATION_LABELS[cls] : 'chưa có'} (yêu cầu ${groupLabel(classes)}) — ${verdictWord(verdict)}.`,
    inputs: { districtRecognisedBestCommune: recognised, parClassification: cls, allowed: [...classes] },
    missing,
  };
};
