import {
  AWARD_FORM_LABELS,
  CRITERION_KIND_CONTEXTS,
  PAR_CLASSIFICATIONS,
  PAR_UNIT_LEVELS,
  RATING_ORDER,
  UNIT_KINDS,
  type Criterion,
  type RuleSet,
  type UnitKindFilter,
} from './eligibilityRules';

type Place = { context: 'collective' | 'individual'; where: string };

function checkFilter(filter: UnitKindFilter, where: string, errors: string[]): void {
  const kinds = filter.appliesToUnitKinds;
  if (kinds !== undefined) {
    if (kinds.length === 0) errors.push(`${where}: danh sách loại đơn vị áp dụng không được để trống.`);
    for (const kind of kinds) {
      if (!UNIT_KINDS.includes(kind)) errors.push(`${where}: loại đơn vị không hợp lệ “${String(kind)}”.`);
    }
  }
  const levels = filter.appliesToParUnitLevels;
  if (levels !== undefined) {
    if (levels.length === 0) errors.push(`${where}: danh sách cấp của đơn vị chuyên trách CCHC không được để trống.`);
    for (const level of levels) {
      if (!PAR_UNIT_LEVELS.includes(level)) errors.push(`${where}: cấp đơn vị chuyên trách CCHC không hợp lệ “${String(level)}”.`);
    }
    // A level filter only ever looks at specialised PAR units; without them in the kinds it could never apply.
    if (kinds !== undefined && !kinds.includes('par_unit')) {
      errors.push(`${where}: chỉ được giới hạn theo cấp khi loại đơn vị áp dụng có phòng, đơn vị chuyên trách CCHC.`);
    }
  }
}

function checkClasses(classes: readonly unknown[], where: string, errors: string[]): void {
  if (classes.length === 0) errors.push(`${where}: phải có ít nhất một nhóm xếp hạng Chỉ số CCHC được chấp nhận.`);
  for (const cls of classes) {
    if (!PAR_CLASSIFICATIONS.includes(cls as never)) errors.push(`${where}: nhóm xếp hạng không hợp lệ “${String(cls)}”.`);
  }
}

function checkCriterion(criterion: Criterion, place: Place, basisCodes: readonly string[], errors: string[]): void {
  const where = `${place.where} “${criterion.code || '(chưa có mã)'}”`;
  if (!criterion.code?.trim()) errors.push(`${place.where}: thiếu mã tiêu chí.`);
  if (!criterion.label?.trim()) errors.push(`${where}: thiếu nội dung tiêu chí.`);
  if (!criterion.ref?.clause?.trim()) errors.push(`${where}: thiếu điều khoản trích dẫn.`);
  if (!criterion.ref?.source?.trim()) errors.push(`${where}: thiếu văn bản trích dẫn.`);
  const contexts = CRITERION_KIND_CONTEXTS[criterion.kind];
  if (!contexts) {
    errors.push(`${where}: loại tiêu chí không được hỗ trợ “${String(criterion.kind)}”.`);
    return;
  }
  if (!contexts.includes(place.context)) {
    const target = place.context === 'collective' ? 'tập thể' : 'cá nhân';
    errors.push(`${where}: loại tiêu chí “${criterion.kind}” không dùng được cho ${target}.`);
  }
  checkFilter(criterion, where, errors);
  switch (criterion.kind) {
    case 'participantUnitKind':
      if (criterion.unitKinds.length === 0) errors.push(`${where}: phải có ít nhất một loại đơn vị là đối tượng thi đua.`);
      for (const kind of criterion.unitKinds) {
        if (!UNIT_KINDS.includes(kind)) errors.push(`${where}: loại đơn vị không hợp lệ “${String(kind)}”.`);
      }
      break;
    case 'parClassIn':
    case 'districtParClassIn':
    case 'communeRecognisedAndExcellent':
      checkClasses(criterion.classes, where, errors);
      break;
    case 'unitRatingAtLeast':
    case 'personRatingAtLeast':
      if (!RATING_ORDER.includes(criterion.minRating)) {
        errors.push(`${where}: mức xếp loại tối thiểu không hợp lệ “${String(criterion.minRating)}”.`);
      }
      break;
    case 'attestation':
      if (criterion.which !== 'compliance' && criterion.which !== 'solidarity') {
        errors.push(`${where}: loại xác nhận không hợp lệ “${String(criterion.which)}”.`);
      }
      break;
    case 'memberOfQualifyingUnit': {
      const referenced = [...criterion.viaBases, ...criterion.viaProposedBases];
      if (referenced.length === 0) errors.push(`${where}: phải nêu ít nhất một tiêu chuẩn của đơn vị.`);
      for (const code of referenced) {
        if (!basisCodes.includes(code)) errors.push(`${where}: tham chiếu tiêu chuẩn “${code}” không có trong quy định tập thể.`);
      }
      break;
    }
    default:
      break;
  }
}

/**
 * Check a rule set before a campaign uses it, so a mistake in the data is caught when it is entered rather than
 * silently deciding awards.
 * @param ruleSet the rule set to check
 * @returns Vietnamese error messages, one per problem; empty when the rule set is usable
 */
export function validateRuleSet(ruleSet: RuleSet): string[] {
  const errors: string[] = [];
  if (!ruleSet.id?.trim()) errors.push('Thiếu mã bộ tiêu chuẩn.');
  if (!(ruleSet.awardForm in AWARD_FORM_LABELS)) {
    errors.push(`Hình thức khen thưởng không được hỗ trợ “${String(ruleSet.awardForm)}”.`);
  }
  if (!Number.isInteger(ruleSet.year) || ruleSet.year < 1900 || ruleSet.year > 9999) {
    errors.push(`Năm thi đua không hợp lệ “${String(ruleSet.year)}”.`);
  }
  if (!ruleSet.source?.trim()) errors.push('Thiếu văn bản căn cứ của bộ tiêu chuẩn.');

  const bases = ruleSet.collective?.bases ?? [];
  if (bases.length === 0) errors.push('Quy định đối với tập thể phải có ít nhất một tiêu chuẩn.');
  const basisCodes = bases.map((b) => b.basis);
  const seenBasis = new Set<string>();
  for (const basis of bases) {
    const where = `Tiêu chuẩn “${basis.basis || '(chưa có mã)'}”`;
    if (!basis.basis?.trim()) errors.push('Tiêu chuẩn tập thể: thiếu mã tiêu chuẩn.');
    if (seenBasis.has(basis.basis)) errors.push(`${where}: mã tiêu chuẩn bị trùng.`);
    seenBasis.add(basis.basis);
    if (!basis.label?.trim()) errors.push(`${where}: thiếu nội dung tiêu chuẩn.`);
    if (!basis.ref?.clause?.trim()) errors.push(`${where}: thiếu điều khoản trích dẫn.`);
    if (!basis.ref?.source?.trim()) errors.push(`${where}: thiếu văn bản trích dẫn.`);
    if (basis.criteria.length === 0) errors.push(`${where}: phải có ít nhất một điều kiện.`);
    checkFilter(basis, where, errors);
  }

  const conditions = ruleSet.individual?.conditions ?? [];
  if (conditions.length === 0) errors.push('Quy định đối với cá nhân phải có ít nhất một điều kiện.');

  const all: [Criterion, Place][] = [
    ...(ruleSet.collective?.preconditions ?? []).map(
      (c): [Criterion, Place] => [c, { context: 'collective', where: 'Điều kiện chung của tập thể' }],
    ),
    ...bases.flatMap((b) =>
      b.criteria.map((c): [Criterion, Place] => [c, { context: 'collective', where: `Điều kiện của tiêu chuẩn ${b.basis}` }]),
    ),
    ...conditions.map((c): [Criterion, Place] => [c, { context: 'individual', where: 'Điều kiện đối với cá nhân' }]),
  ];
  const seenCodes = new Set<string>();
  for (const [criterion, place] of all) {
    checkCriterion(criterion, place, basisCodes, errors);
    // Overrides address criteria by code, so two criteria with one code would be changed together by accident.
    if (criterion.code && seenCodes.has(criterion.code)) errors.push(`Mã tiêu chí “${criterion.code}” bị trùng.`);
    seenCodes.add(criterion.code);
  }
  return errors;
}
