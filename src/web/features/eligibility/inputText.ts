import { PAR_CLASSIFICATION_LABELS, PAR_UNIT_LEVEL_LABELS, RATING_LABELS, UNIT_KIND_LABELS } from '../../../domain/eligibility/eligibilityRules';
import { CONDITION_LABELS } from './verdictLabels';

/** Vietnamese names of the inputs an outcome reports (src/domain/eligibility/evaluateCriterion.ts). */
const INPUT_LABELS: Record<string, string> = {
  unitKind: 'Loại đơn vị',
  allowed: 'Mức được chấp nhận',
  registered: 'Đã đăng ký thi đua',
  compliance: 'Gương mẫu chấp hành (thủ trưởng xác nhận)',
  solidarity: 'Nội bộ đoàn kết (thủ trưởng xác nhận)',
  parClassification: 'Xếp loại Chỉ số CCHC',
  districtParClassification: 'Xếp loại Chỉ số CCHC của huyện',
  districtRecognisedBestCommune: 'Được UBND huyện công nhận tiêu biểu xuất sắc nhất',
  rating: 'Xếp loại chất lượng',
  minRating: 'Mức tối thiểu',
  parTaskRating: 'Xếp loại nhiệm vụ CCHC năm nay',
  previousParTaskRating: 'Xếp loại nhiệm vụ CCHC năm trước',
  parUnitLevel: 'Cấp của đơn vị chuyên trách',
  parTasksExcellent: 'Thực hiện xuất sắc nhiệm vụ CCHC được giao',
  directlyDoesParWork: 'Trực tiếp làm công tác CCHC',
  unitProposed: 'Đơn vị có đề nghị xét tặng Bằng khen',
  verdictIfUnitProposed: 'Kết quả khi đơn vị có đề nghị xét tặng Bằng khen',
};

const VALUE_LABELS: Record<string, string> = { ...UNIT_KIND_LABELS, ...PAR_CLASSIFICATION_LABELS, ...RATING_LABELS, ...PAR_UNIT_LEVEL_LABELS };

function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined) return 'chưa có';
  if (typeof value === 'boolean') return value ? 'có' : 'không';
  if (Array.isArray(value)) return value.map((v) => valueText(key, v)).join(', ');
  if (typeof value === 'string') {
    if (key.startsWith('basis') || key === 'verdictIfUnitProposed') return CONDITION_LABELS[value as keyof typeof CONDITION_LABELS] ?? value;
    // Rating and class codes overlap ("good" is both "Tốt" and "Hoàn thành tốt nhiệm vụ"): the key decides.
    if (/rating/i.test(key)) return RATING_LABELS[value as keyof typeof RATING_LABELS] ?? value;
    if (key === 'allowed' || /classification/i.test(key)) return PAR_CLASSIFICATION_LABELS[value as keyof typeof PAR_CLASSIFICATION_LABELS] ?? VALUE_LABELS[value] ?? value;
    return VALUE_LABELS[value] ?? value;
  }
  return String(value);
}

/** The inputs of an outcome as "name: value" lines, in plain Vietnamese. */
export function inputLines(inputs: Record<string, unknown>): string[] {
  return Object.entries(inputs).map(([key, value]) => {
    const label = key.startsWith('basis') ? `Tiêu chuẩn ${key.slice(5)} của đơn vị` : (INPUT_LABELS[key] ?? key);
    // "allowed" lists unit kinds for the participant check and classes elsewhere.
    const shown = key === 'allowed' && Array.isArray(value) && value.some((v) => typeof v === 'string' && v in UNIT_KIND_LABELS) ? value.map((v) => UNIT_KIND_LABELS[v as keyof typeof UNIT_KIND_LABELS] ?? String(v)).join(', ') : valueText(key, value);
    return `${label}: ${shown}`;
  });
}
