import {
  PAR_CLASSIFICATION_LABELS,
  PAR_UNIT_LEVEL_LABELS,
  RATING_LABELS,
  UNIT_KIND_LABELS,
  type ParClassification,
  type ParUnitLevel,
  type Rating,
  type UnitKind,
} from '../../../domain/eligibility/eligibilityRules';
import type { RuleSetState } from '../../../shared/contracts/ruleSets';

/** The rule set as the API sends it (plain strings where the domain has enums). */
export type RuleSetData = NonNullable<RuleSetState['ruleSet']>;
export type CriterionData = RuleSetData['collective']['preconditions'][number];
export type BasisData = RuleSetData['collective']['bases'][number];

const own = <T extends string>(labels: Readonly<Record<T, string>>, key: string) => (Object.hasOwn(labels, key) ? labels[key as T] : key);

export const classLabel = (c: string) => own<ParClassification>(PAR_CLASSIFICATION_LABELS, c);
export const ratingLabel = (r: string) => own<Rating>(RATING_LABELS, r);
export const unitKindLabel = (k: string) => own<UnitKind>(UNIT_KIND_LABELS, k);
export const parUnitLevelLabel = (l: string) => own<ParUnitLevel>(PAR_UNIT_LEVEL_LABELS, l);

/** "Nhóm xếp hạng được chấp nhận: Xuất sắc, Tốt" — the threshold of a criterion in words, or null when it has none. */
export function thresholdText(c: CriterionData): string | null {
  switch (c.kind) {
    case 'parClassIn':
    case 'districtParClassIn':
    case 'communeRecognisedAndExcellent':
      return `Nhóm xếp hạng Chỉ số CCHC được chấp nhận: ${c.classes.map(classLabel).join(', ') || '(chưa chọn)'}`;
    case 'unitRatingAtLeast':
    case 'personRatingAtLeast':
      return `Xếp loại tối thiểu: “${ratingLabel(c.minRating)}” trở lên`;
    case 'participantUnitKind':
      return `Đối tượng: ${c.unitKinds.map(unitKindLabel).join('; ')}`;
    case 'attestation':
      return c.which === 'compliance' ? 'Thủ trưởng đơn vị xác nhận gương mẫu chấp hành' : 'Thủ trưởng đơn vị xác nhận nội bộ đoàn kết';
    case 'memberOfQualifyingUnit':
      return `Đơn vị đạt tiêu chuẩn ${c.viaBases.join(', ')}${c.viaProposedBases.length ? `, hoặc ${c.viaProposedBases.join(', ')} và có đề nghị xét tặng` : ''}`;
    default:
      return null;
  }
}

/** "Áp dụng cho: phòng, đơn vị chuyên trách tham mưu CCHC (cấp tỉnh)", or null when it applies to every unit. */
export function appliesToText(filter: { appliesToUnitKinds?: string[]; appliesToParUnitLevels?: string[] }): string | null {
  if (!filter.appliesToUnitKinds) return null;
  const levels = filter.appliesToParUnitLevels?.length ? ` (${filter.appliesToParUnitLevels.map(parUnitLevelLabel).join(', ')})` : '';
  return `Áp dụng cho: ${filter.appliesToUnitKinds.map(unitKindLabel).join('; ')}${levels}`;
}
