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

/** One problem of a rule set: the Vietnamese message and the path of the field it concerns, e.g. "collective.bases.1.label". */
export type RuleSetIssue = { path: string; message: string };

type Place = { context: 'collective' | 'individual'; where: string; path: string };

/** Collects issues in order. */
class Issues {
  readonly list: RuleSetIssue[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
}

const BASIS_CODE = /^[\p{L}\p{N}.\-]{1,10}$/u;

function checkFilter(filter: UnitKindFilter, where: string, path: string, issues: Issues): void {
  const kinds = filter.appliesToUnitKinds;
  const kindsPath = `${path}.appliesToUnitKinds`;
  if (kinds !== undefined) {
    if (kinds.length === 0) issues.add(kindsPath, `${where}: danh sách loại đơn vị áp dụng không được để trống.`);
    for (const kind of kinds) {
      if (!UNIT_KINDS.includes(kind)) issues.add(kindsPath, `${where}: loại đơn vị không hợp lệ “${String(kind)}”.`);
    }
  }
  const levels = filter.appliesToParUnitLevels;
  const levelsPath = `${path}.appliesToParUnitLevels`;
  if (levels !== undefined) {
    if (levels.length === 0) issues.add(levelsPath, `${where}: danh sách cấp của đơn vị chuyên trách CCHC không được để trống.`);
    for (const level of levels) {
      if (!PAR_UNIT_LEVELS.includes(level)) issues.add(levelsPath, `${where}: cấp đơn vị chuyên trách CCHC không hợp lệ “${String(level)}”.`);
    }
    // A level filter only ever looks at specialised PAR units; without them in the kinds it could never apply.
    if (kinds !== undefined && !kinds.includes('par_unit')) {
      issues.add(levelsPath, `${where}: chỉ được giới hạn theo cấp khi loại đơn vị áp dụng có phòng, đơn vị chuyên trách CCHC.`);
    }
  }
}

function checkClasses(classes: readonly unknown[], where: string, path: string, issues: Issues): void {
  if (classes.length === 0) issues.add(path, `${where}: phải có ít nhất một nhóm xếp hạng Chỉ số CCHC được chấp nhận.`);
  for (const cls of classes) {
    if (!PAR_CLASSIFICATIONS.includes(cls as never)) issues.add(path, `${where}: nhóm xếp hạng không hợp lệ “${String(cls)}”.`);
  }
}

function checkCriterion(criterion: Criterion, place: Place, basisCodes: readonly string[], issues: Issues): void {
  const where = `${place.where} “${criterion.code || '(chưa có mã)'}”`;
  const at = (field: string) => `${place.path}.${field}`;
  if (!criterion.code?.trim()) issues.add(at('code'), `${place.where}: thiếu mã tiêu chí.`);
  if (!criterion.label?.trim()) issues.add(at('label'), `${where}: thiếu nội dung tiêu chí.`);
  if (!criterion.ref?.clause?.trim()) issues.add(at('ref.clause'), `${where}: thiếu điều khoản trích dẫn.`);
  if (!criterion.ref?.source?.trim()) issues.add(at('ref.source'), `${where}: thiếu văn bản trích dẫn.`);
  // Own keys only: a kind such as "constructor" or "toString" is no criterion kind.
  const contexts = Object.hasOwn(CRITERION_KIND_CONTEXTS, criterion.kind) ? CRITERION_KIND_CONTEXTS[criterion.kind] : undefined;
  if (!contexts) {
    issues.add(at('kind'), `${where}: loại tiêu chí không được hỗ trợ “${String(criterion.kind)}”.`);
    return;
  }
  if (!contexts.includes(place.context)) {
    const target = place.context === 'collective' ? 'tập thể' : 'cá nhân';
    issues.add(at('kind'), `${where}: loại tiêu chí “${criterion.kind}” không dùng được cho ${target}.`);
  }
  checkFilter(criterion, where, place.path, issues);
  switch (criterion.kind) {
    case 'participantUnitKind':
      if (criterion.unitKinds.length === 0) issues.add(at('unitKinds'), `${where}: phải có ít nhất một loại đơn vị là đối tượng thi đua.`);
      for (const kind of criterion.unitKinds) {
        if (!UNIT_KINDS.includes(kind)) issues.add(at('unitKinds'), `${where}: loại đơn vị không hợp lệ “${String(kind)}”.`);
      }
      break;
    case 'parClassIn':
    case 'districtParClassIn':
    case 'communeRecognisedAndExcellent':
      checkClasses(criterion.classes, where, at('classes'), issues);
      break;
    case 'unitRatingAtLeast':
    case 'personRatingAtLeast':
      if (!RATING_ORDER.includes(criterion.minRating)) {
        issues.add(at('minRating'), `${where}: mức xếp loại tối thiểu không hợp lệ “${String(criterion.minRating)}”.`);
      }
      break;
    case 'attestation':
      if (criterion.which !== 'compliance' && criterion.which !== 'solidarity') {
        issues.add(at('which'), `${where}: loại xác nhận không hợp lệ “${String(criterion.which)}”.`);
      }
      break;
    case 'memberOfQualifyingUnit': {
      const referenced = [...criterion.viaBases, ...criterion.viaProposedBases];
      if (referenced.length === 0) issues.add(at('viaBases'), `${where}: phải nêu ít nhất một tiêu chuẩn của đơn vị.`);
      for (const code of criterion.viaBases) {
        if (!basisCodes.includes(code)) issues.add(at('viaBases'), `${where}: tham chiếu tiêu chuẩn “${code}” không có trong quy định tập thể.`);
      }
      for (const code of criterion.viaProposedBases) {
        if (!basisCodes.includes(code)) issues.add(at('viaProposedBases'), `${where}: tham chiếu tiêu chuẩn “${code}” không có trong quy định tập thể.`);
      }
      break;
    }
    default:
      break;
  }
}

/**
 * Check a rule set before a campaign uses it, so a mistake in the data is caught when it is entered (on the
 * rule-set screen, by the API) rather than silently deciding awards.
 * @param ruleSet the rule set to check
 * @returns one Vietnamese message per problem, naming the basis or criterion, with the path of the field
 *   (`collective.bases.1.criteria.0.classes`) so a form can show it inline; empty when the rule set is usable
 */
export function ruleSetIssues(ruleSet: RuleSet): RuleSetIssue[] {
  const issues = new Issues();
  if (!ruleSet.id?.trim()) issues.add('id', 'Thiếu mã bộ tiêu chuẩn.');
  if (!Object.hasOwn(AWARD_FORM_LABELS, ruleSet.awardForm)) {
    issues.add('awardForm', `Hình thức khen thưởng không được hỗ trợ “${String(ruleSet.awardForm)}”.`);
  }
  if (!Number.isInteger(ruleSet.year) || ruleSet.year < 1900 || ruleSet.year > 9999) {
    issues.add('year', `Năm thi đua không hợp lệ “${String(ruleSet.year)}”.`);
  }
  if (!ruleSet.source?.trim()) issues.add('source', 'Thiếu văn bản căn cứ của bộ tiêu chuẩn.');

  const bases = ruleSet.collective?.bases ?? [];
  if (bases.length === 0) issues.add('collective.bases', 'Quy định đối với tập thể phải có ít nhất một tiêu chuẩn.');
  const basisCodes = bases.map((b) => b.basis);
  const seenBasis = new Set<string>();
  bases.forEach((basis, i) => {
    const path = `collective.bases.${i}`;
    const where = `Tiêu chuẩn “${basis.basis || '(chưa có mã)'}”`;
    if (!basis.basis?.trim()) issues.add(`${path}.basis`, 'Tiêu chuẩn tập thể: thiếu mã tiêu chuẩn.');
    else if (!BASIS_CODE.test(basis.basis)) issues.add(`${path}.basis`, `${where}: mã tiêu chuẩn chỉ gồm chữ, số, dấu chấm hoặc gạch ngang, tối đa 10 ký tự.`);
    if (seenBasis.has(basis.basis)) issues.add(`${path}.basis`, `${where}: mã tiêu chuẩn bị trùng.`);
    seenBasis.add(basis.basis);
    if (!basis.label?.trim()) issues.add(`${path}.label`, `${where}: thiếu nội dung tiêu chuẩn.`);
    if (!basis.ref?.clause?.trim()) issues.add(`${path}.ref.clause`, `${where}: thiếu điều khoản trích dẫn.`);
    if (!basis.ref?.source?.trim()) issues.add(`${path}.ref.source`, `${where}: thiếu văn bản trích dẫn.`);
    if (basis.criteria.length === 0) issues.add(`${path}.criteria`, `${where}: phải có ít nhất một điều kiện.`);
    checkFilter(basis, where, path, issues);
  });

  const conditions = ruleSet.individual?.conditions ?? [];
  if (conditions.length === 0) issues.add('individual.conditions', 'Quy định đối với cá nhân phải có ít nhất một điều kiện.');

  const all: [Criterion, Place][] = [
    ...(ruleSet.collective?.preconditions ?? []).map(
      (c, i): [Criterion, Place] => [c, { context: 'collective', where: 'Điều kiện chung của tập thể', path: `collective.preconditions.${i}` }],
    ),
    ...bases.flatMap((b, bi) =>
      b.criteria.map(
        (c, i): [Criterion, Place] => [c, { context: 'collective', where: `Điều kiện của tiêu chuẩn ${b.basis}`, path: `collective.bases.${bi}.criteria.${i}` }],
      ),
    ),
    ...conditions.map(
      (c, i): [Criterion, Place] => [c, { context: 'individual', where: 'Điều kiện đối với cá nhân', path: `individual.conditions.${i}` }],
    ),
  ];
  const seenCodes = new Set<string>();
  for (const [criterion, place] of all) {
    checkCriterion(criterion, place, basisCodes, issues);
    // Overrides address criteria by code, so two criteria with one code would be changed together by accident.
    if (criterion.code && seenCodes.has(criterion.code)) issues.add(`${place.path}.code`, `Mã tiêu chí “${criterion.code}” bị trùng.`);
    seenCodes.add(criterion.code);
  }
  return issues.list;
}

/**
 * Check a rule set before a campaign uses it.
 * @param ruleSet the rule set to check
 * @returns Vietnamese error messages, one per problem; empty when the rule set is usable
 */
export function validateRuleSet(ruleSet: RuleSet): string[] {
  return ruleSetIssues(ruleSet).map((issue) => issue.message);
}
