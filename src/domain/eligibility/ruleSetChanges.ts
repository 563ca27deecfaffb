import {
  PAR_CLASSIFICATION_LABELS,
  PAR_UNIT_LEVEL_LABELS,
  RATING_LABELS,
  UNIT_KIND_LABELS,
  type BasisRule,
  type Criterion,
  type RuleSet,
  type UnitKindFilter,
} from './eligibilityRules';

/** The label of a code, own keys only: a code such as "constructor" reads as itself, never as an inherited property. */
const labelOf = <K extends string>(labels: Readonly<Record<K, string>>, value: K): string => (Object.hasOwn(labels, value) ? labels[value] : String(value));

const joinLabels = <K extends string>(values: readonly K[] | undefined, labels: Readonly<Record<K, string>>) =>
  values === undefined ? 'mọi loại' : values.length === 0 ? '(trống)' : values.map((v) => labelOf(labels, v)).join(', ');

/** The threshold a criterion carries, as read aloud ("Xuất sắc, Tốt"; "Hoàn thành tốt nhiệm vụ"), or null. */
function thresholdText(c: Criterion): { name: string; text: string } | null {
  switch (c.kind) {
    case 'parClassIn':
    case 'districtParClassIn':
    case 'communeRecognisedAndExcellent':
      return { name: 'nhóm xếp hạng', text: joinLabels(c.classes, PAR_CLASSIFICATION_LABELS) };
    case 'unitRatingAtLeast':
    case 'personRatingAtLeast':
      return { name: 'mức xếp loại tối thiểu', text: labelOf(RATING_LABELS, c.minRating) };
    case 'participantUnitKind':
      return { name: 'đối tượng', text: joinLabels(c.unitKinds, UNIT_KIND_LABELS) };
    case 'memberOfQualifyingUnit':
      return { name: 'tiêu chuẩn của đơn vị', text: `${c.viaBases.join(', ')}; có đề nghị: ${c.viaProposedBases.join(', ')}` };
    default:
      return null;
  }
}

function filterChanges(where: string, before: UnitKindFilter, after: UnitKindFilter, out: string[]): void {
  const kindsBefore = joinLabels(before.appliesToUnitKinds, UNIT_KIND_LABELS);
  const kindsAfter = joinLabels(after.appliesToUnitKinds, UNIT_KIND_LABELS);
  if (kindsBefore !== kindsAfter) out.push(`${where}, áp dụng cho: ${kindsBefore} → ${kindsAfter}`);
  const levelsBefore = joinLabels(before.appliesToParUnitLevels, PAR_UNIT_LEVEL_LABELS);
  const levelsAfter = joinLabels(after.appliesToParUnitLevels, PAR_UNIT_LEVEL_LABELS);
  if (levelsBefore !== levelsAfter) out.push(`${where}, cấp đơn vị chuyên trách: ${levelsBefore} → ${levelsAfter}`);
}

function criterionChanges(where: string, before: Criterion, after: Criterion, out: string[]): void {
  if (before.label !== after.label) out.push(`${where}, nội dung: “${before.label}” → “${after.label}”`);
  if (before.ref.clause !== after.ref.clause) out.push(`${where}, điều khoản: ${before.ref.clause} → ${after.ref.clause}`);
  if (before.ref.source !== after.ref.source) out.push(`${where}, văn bản: ${before.ref.source} → ${after.ref.source}`);
  const tb = thresholdText(before);
  const ta = thresholdText(after);
  if (before.kind !== after.kind) out.push(`${where}: đổi loại điều kiện`);
  else if (tb && ta && tb.text !== ta.text) out.push(`${where}, ${tb.name}: ${tb.text} → ${ta.text}`);
  filterChanges(where, before, after, out);
}

function listChanges(part: string, before: readonly Criterion[], after: readonly Criterion[], out: string[]): void {
  const beforeByCode = new Map(before.map((c) => [c.code, c]));
  const afterCodes = new Set(after.map((c) => c.code));
  for (const c of after) {
    const old = beforeByCode.get(c.code);
    const where = `${part}, điều kiện “${c.label}”`;
    if (!old) out.push(`${part}: thêm điều kiện “${c.label}”`);
    else criterionChanges(where, old, c, out);
  }
  for (const c of before) if (!afterCodes.has(c.code)) out.push(`${part}: bỏ điều kiện “${c.label}”`);
}

function basisChanges(before: BasisRule, after: BasisRule, out: string[]): void {
  const where = `Tiêu chuẩn ${after.basis}`;
  if (before.basis !== after.basis) out.push(`Tiêu chuẩn ${before.basis}: đổi mã thành ${after.basis}`);
  if (before.label !== after.label) out.push(`${where}, nội dung: “${before.label}” → “${after.label}”`);
  if (before.ref.clause !== after.ref.clause) out.push(`${where}, điều khoản: ${before.ref.clause} → ${after.ref.clause}`);
  if (before.ref.source !== after.ref.source) out.push(`${where}, văn bản: ${before.ref.source} → ${after.ref.source}`);
  filterChanges(where, before, after, out);
  listChanges(where, before.criteria, after.criteria, out);
}

/**
 * What changed between two versions of a rule set, one Vietnamese line per change naming the basis or criterion:
 * "Tiêu chuẩn A, điều kiện “Xếp hạng…”, nhóm xếp hạng: Xuất sắc → Xuất sắc, Tốt". Bases are matched by position
 * (a renamed basis is a change of code), criteria by code. Empty when nothing changed.
 */
export function ruleSetChanges(before: RuleSet, after: RuleSet): string[] {
  const out: string[] = [];
  if (before.source !== after.source) out.push(`Văn bản căn cứ: ${before.source} → ${after.source}`);
  if (before.year !== after.year) out.push(`Năm: ${before.year} → ${after.year}`);
  if (before.id !== after.id) out.push(`Mã bộ tiêu chuẩn: ${before.id} → ${after.id}`);
  listChanges('Điều kiện chung của tập thể', before.collective.preconditions, after.collective.preconditions, out);
  const n = Math.max(before.collective.bases.length, after.collective.bases.length);
  for (let i = 0; i < n; i += 1) {
    const b = before.collective.bases[i];
    const a = after.collective.bases[i];
    if (b && a) basisChanges(b, a, out);
    else if (a) out.push(`Thêm tiêu chuẩn ${a.basis}: “${a.label}”`);
    else if (b) out.push(`Bỏ tiêu chuẩn ${b.basis}: “${b.label}”`);
  }
  listChanges('Cá nhân', before.individual.conditions, after.individual.conditions, out);
  return out;
}
