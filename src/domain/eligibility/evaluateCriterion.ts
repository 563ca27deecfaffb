import { allOf, anyOf, verdictOfFlag, type CriterionOutcome, type Verdict } from '../shared/ruleOutcome';
import {
  PAR_CLASSIFICATION_LABELS,
  PAR_UNIT_LEVEL_LABELS,
  RATING_LABELS,
  RATING_ORDER,
  UNIT_KIND_LABELS,
  type BasisRule,
  type Criterion,
  type ParClassification,
  type Rating,
  type RuleSet,
  type UnitKind,
  type UnitKindFilter,
} from './eligibilityRules';
import type { CollectiveInput, IndividualInput, UnitSummary } from './evaluateEligibility';

/** A criterion's outcome together with its Vietnamese label, so a UI can list it without the rule set at hand. */
export type EligibilityOutcome = CriterionOutcome & { label: string };

/** The outcome of one basis (A, B, C1, C2): all its parts must pass. */
export type BasisOutcome = EligibilityOutcome & { basis: string; parts: EligibilityOutcome[] };

/** A criterion or basis skipped because it does not concern this kind of unit (e.g. C1 for a Phòng Nội vụ). */
export type NotApplicable = { code: string; label: string; reason: string };

/** Who is being evaluated: the collective itself, or an individual (whose unit is `unit`). */
export type EvaluationSubject =
  | { kind: 'collective'; collective: CollectiveInput; unit: UnitSummary }
  | { kind: 'individual'; individual: IndividualInput; unit: UnitSummary };

/** Everything a criterion may read. Pure data: no clock, no I/O. */
export type EvaluationContext = { ruleSet: RuleSet; subject: EvaluationSubject };

/** An outcome plus the Vietnamese names of the inputs that were missing (empty unless the verdict is unknown). */
export type Evaluated<T extends EligibilityOutcome = EligibilityOutcome> = { outcome: T; missing: string[] };

type Applicability =
  | { status: 'applies' }
  | { status: 'notApplicable'; reason: string }
  | { status: 'unknown'; reason: string; missing: string };

type Check = { verdict: Verdict; explanation: string; inputs: Record<string, unknown>; missing: string[] };

/** Missing-input name of a PAR unit's level; shared so the list of missing inputs has no near-duplicates. */
const MISSING_PAR_UNIT_LEVEL = 'Cấp của phòng, đơn vị chuyên trách CCHC (cấp tỉnh hoặc cấp huyện)';

/** "đạt" / "không đạt" / "chưa xác định được": how a verdict reads inside a sentence. */
export function verdictWord(verdict: Verdict): string {
  if (verdict === 'pass') return 'đạt';
  if (verdict === 'fail') return 'không đạt';
  return 'chưa xác định được';
}

/** Strip the final full stop, to join explanations into one sentence. */
export function withoutFullStop(sentence: string): string {
  return sentence.endsWith('.') ? sentence.slice(0, -1) : sentence;
}

function isNil(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

function rank(rating: Rating): number {
  return RATING_ORDER.indexOf(rating);
}

function lowerVi(text: string): string {
  return text.toLocaleLowerCase('vi');
}

/** "nhóm xuất sắc", or "nhóm xuất sắc hoặc tốt" when an override widens the allowed classes. */
function groupLabel(classes: readonly ParClassification[]): string {
  return `nhóm ${classes.map((c) => lowerVi(PAR_CLASSIFICATION_LABELS[c])).join(' hoặc ')}`;
}

function kindLabel(unit: UnitSummary): string {
  return UNIT_KIND_LABELS[unit.unitKind] ?? String(unit.unitKind);
}

/** "phòng, đơn vị chuyên trách tham mưu CCHC cấp tỉnh" when the filter also fixes the level. */
function wantedKindLabel(kind: UnitKind, filter: UnitKindFilter): string {
  const levels = filter.appliesToParUnitLevels;
  if (kind !== 'par_unit' || !levels) return UNIT_KIND_LABELS[kind];
  return `${UNIT_KIND_LABELS[kind]} ${joinOr(levels.map((l) => PAR_UNIT_LEVEL_LABELS[l]))}`;
}

function joinOr(items: readonly string[]): string {
  return items.join(' hoặc ');
}

/**
 * Decide whether a unit-kind filter concerns this unit. A PAR unit of unknown level leaves a level filter undecided:
 * that is an unknown, not a skip, or a missing level would silently drop C1/C2.
 */
export function applicability(filter: UnitKindFilter, unit: UnitSummary): Applicability {
  const kinds = filter.appliesToUnitKinds;
  if (kinds && !kinds.includes(unit.unitKind)) {
    return {
      status: 'notApplicable',
      reason: `Chỉ áp dụng cho ${joinOr(kinds.map((k) => wantedKindLabel(k, filter)))}; đơn vị là ${kindLabel(unit)}.`,
    };
  }
  const levels = filter.appliesToParUnitLevels;
  if (levels && unit.unitKind === 'par_unit') {
    const level = unit.parUnitLevel;
    const wanted = joinOr(levels.map((l) => PAR_UNIT_LEVEL_LABELS[l]));
    if (isNil(level)) {
      return {
        status: 'unknown',
        reason: `Chưa rõ phòng, đơn vị chuyên trách CCHC thuộc cấp tỉnh hay cấp huyện, trong khi chỉ áp dụng cho ${wanted}.`,
        missing: MISSING_PAR_UNIT_LEVEL,
      };
    }
    if (!levels.includes(level)) {
      return {
        status: 'notApplicable',
        reason: `Chỉ áp dụng cho ${UNIT_KIND_LABELS.par_unit} ${wanted}; đơn vị thuộc ${PAR_UNIT_LEVEL_LABELS[level]}.`,
      };
    }
  }
  return { status: 'applies' };
}

/** Names of the unit's inputs; for an individual they say that the input is the unit's, not the person's. */
function unitInputName(ctx: EvaluationContext, name: string): string {
  return ctx.subject.kind === 'individual' ? `${name} của đơn vị công tác (${ctx.subject.unit.name})` : name;
}

function classCheck(
  ctx: EvaluationContext,
  value: ParClassification | null | undefined,
  classes: readonly ParClassification[],
  subjectText: string,
  missingName: string,
  inputKey: 'parClassification' | 'districtParClassification',
): Check {
  const year = ctx.ruleSet.year;
  if (isNil(value)) {
    return {
      verdict: 'unknown',
      explanation: `Chưa có kết quả xếp hạng Chỉ số CCHC năm ${year}${subjectText} — chưa xác định được.`,
      inputs: { [inputKey]: null, allowed: [...classes] },
      missing: [unitInputName(ctx, missingName)],
    };
  }
  const inGroup = classes.includes(value);
  return {
    verdict: inGroup ? 'pass' : 'fail',
    explanation: `Xếp hạng Chỉ số CCHC năm ${year}${subjectText}: ${PAR_CLASSIFICATION_LABELS[value]} — ${inGroup ? 'thuộc' : 'không thuộc'} ${groupLabel(classes)}.`,
    inputs: { [inputKey]: value, allowed: [...classes] },
    missing: [],
  };
}

function ratingCheck(
  ctx: EvaluationContext,
  value: Rating | null | undefined,
  minRating: Rating,
  whose: string,
  missingName: string,
): Check {
  const year = ctx.ruleSet.year;
  if (isNil(value)) {
    return {
      verdict: 'unknown',
      explanation: `Chưa có kết quả xếp loại năm ${year}${whose} — chưa xác định được.`,
      inputs: { rating: null, minRating },
      missing: [missingName],
    };
  }
  const ok = rank(value) >= rank(minRating);
  return {
    verdict: ok ? 'pass' : 'fail',
    explanation: `Xếp loại năm ${year}${whose}: ${RATING_LABELS[value]} — ${ok ? 'đạt' : 'chưa đạt'} mức “${RATING_LABELS[minRating]}” trở lên.`,
    inputs: { rating: value, minRating },
    missing: [],
  };
}

function improvedCheck(ctx: EvaluationContext): Check {
  const year = ctx.ruleSet.year;
  const current = ctx.subject.unit.parTaskRating ?? null;
  const previous = ctx.subject.unit.previousParTaskRating ?? null;
  const inputs = { parTaskRating: current, previousParTaskRating: previous };
  const values = `Xếp loại thực hiện nhiệm vụ CCHC năm ${year}: ${current ? RATING_LABELS[current] : 'chưa có'}, năm ${year - 1}: ${previous ? RATING_LABELS[previous] : 'chưa có'}`;
  if (current && previous) {
    const diff = rank(current) - rank(previous);
    // The plan asks for "tiến bộ hơn": an equal rating is not progress, however high it is.
    const tail =
      diff > 0
        ? 'tiến bộ hơn năm trước liền kề'
        : diff === 0
          ? 'bằng năm trước liền kề, không được tính là tiến bộ'
          : 'thấp hơn năm trước liền kề';
    return { verdict: diff > 0 ? 'pass' : 'fail', explanation: `${values} — ${tail}.`, inputs, missing: [] };
  }
  // With one year missing the answer is still certain at the ends of the scale: nothing is below "failed",
  // nothing above "outstanding". Saying "fail" there keeps the missing list to inputs that can change the result.
  if (current === RATING_ORDER[0]) {
    return {
      verdict: 'fail',
      explanation: `${values} — mức thấp nhất nên không thể tiến bộ hơn năm trước liền kề.`,
      inputs,
      missing: [],
    };
  }
  if (previous === RATING_ORDER[RATING_ORDER.length - 1]) {
    return {
      verdict: 'fail',
      explanation: `${values} — năm trước liền kề đã ở mức cao nhất nên không thể tiến bộ hơn.`,
      inputs,
      missing: [],
    };
  }
  const missing: string[] = [];
  if (!current) missing.push(unitInputName(ctx, `Xếp loại thực hiện nhiệm vụ CCHC năm ${year}`));
  if (!previous) missing.push(unitInputName(ctx, `Xếp loại thực hiện nhiệm vụ CCHC năm ${year - 1}`));
  return {
    verdict: 'unknown',
    explanation: `${values} — chưa xác định được có tiến bộ hơn năm trước liền kề hay không.`,
    inputs,
    missing,
  };
}

function communeCheck(ctx: EvaluationContext, classes: readonly ParClassification[]): Check {
  const year = ctx.ruleSet.year;
  const recognised = ctx.subject.unit.districtRecognisedBestCommune ?? null;
  const cls = ctx.subject.unit.parClassification ?? null;
  const clsVerdict: Verdict = cls === null ? 'unknown' : classes.includes(cls) ? 'pass' : 'fail';
  const verdict = allOf([verdictOfFlag(recognised), clsVerdict]);
  const recognisedText = recognised === true ? 'có' : recognised === false ? 'không' : 'chưa có thông tin';
  const missing: string[] = [];
  if (recognised === null) {
    missing.push(unitInputName(ctx, 'Công nhận của UBND cấp huyện (đơn vị cấp xã tiêu biểu xuất sắc nhất)'));
  }
  if (cls === null) missing.push(unitInputName(ctx, `Xếp hạng Chỉ số CCHC năm ${year}`));
  return {
    verdict,
    explanation: `Được UBND cấp huyện công nhận tiêu biểu xuất sắc nhất trong phong trào thi đua: ${recognisedText}; đánh giá CCHC năm ${year}: ${cls ? PAR_CLASSIFICATION_LABELS[cls] : 'chưa có'} (yêu cầu ${groupLabel(classes)}) — ${verdictWord(verdict)}.`,
    inputs: { districtRecognisedBestCommune: recognised, parClassification: cls, allowed: [...classes] },
    missing,
  };
}

function flagCheck(
  value: boolean | null | undefined,
  texts: { pass: string; fail: string; unknown: string },
  missingName: string,
  inputs: Record<string, unknown>,
): Check {
  const verdict = verdictOfFlag(value);
  return { verdict, explanation: texts[verdict], inputs, missing: verdict === 'unknown' ? [missingName] : [] };
}

const ATTESTATION_TEXTS = {
  compliance: 'gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
  solidarity: 'nội bộ đoàn kết',
} as const;

function memberCheck(ctx: EvaluationContext, viaBases: readonly string[], viaProposedBases: readonly string[]): Check {
  const subject = ctx.subject;
  const unit = subject.unit;
  const proposed = subject.kind === 'individual' ? (subject.individual.unitProposed ?? null) : null;
  const proposedVerdict = verdictOfFlag(proposed);
  const proposedText =
    proposed === true
      ? 'đơn vị có đề nghị xét tặng Bằng khen'
      : proposed === false
        ? 'đơn vị không đề nghị xét tặng Bằng khen'
        : 'chưa có thông tin đơn vị có đề nghị xét tặng Bằng khen hay không';
  const verdicts: Verdict[] = [];
  const pieces: string[] = [];
  const missing: string[] = [];
  const inputs: Record<string, unknown> = { unitProposed: proposed };
  const consider = (codes: readonly string[], needsProposal: boolean) => {
    for (const code of codes) {
      // The unit is judged by the collective bases themselves, so a threshold changed there changes both.
      const basis = ctx.ruleSet.collective.bases.find((b) => b.basis === code);
      if (!basis) continue;
      const evaluated = evaluateBasis(basis, ctx);
      if (evaluated.status === 'notApplicable') continue;
      const { outcome } = evaluated;
      inputs[`basis${code}`] = outcome.verdict;
      const verdict = needsProposal ? allOf([outcome.verdict, proposedVerdict]) : outcome.verdict;
      verdicts.push(verdict);
      // "Tiêu chuẩn A đạt: …" continues the sentence after a colon, so it starts in lower case.
      const piece = withoutFullStop(outcome.explanation).replace(/^Tiêu chuẩn/, 'tiêu chuẩn');
      pieces.push(needsProposal ? `${piece}; ${proposedText}` : piece);
      if (verdict === 'unknown') {
        missing.push(...evaluated.missing);
        if (needsProposal && proposed === null && outcome.verdict !== 'fail') {
          missing.push(`Việc đơn vị công tác (${unit.name}) có đề nghị xét tặng Bằng khen`);
        }
      }
    }
  };
  consider(viaBases, false);
  consider(viaProposedBases, true);
  if (verdicts.length === 0) {
    return {
      verdict: 'fail',
      explanation: `Đơn vị công tác (${unit.name}) là ${kindLabel(unit)}, không thuộc loại đơn vị được xét theo tiêu chuẩn ${[...viaBases, ...viaProposedBases].join(', ')}.`,
      inputs,
      missing: [],
    };
  }
  const verdict = anyOf(verdicts);
  return {
    verdict,
    explanation: `Đơn vị công tác (${unit.name}): ${pieces.join('; ')} — ${verdict === 'unknown' ? 'chưa xác định được' : `đơn vị ${verdictWord(verdict)} yêu cầu`}.`,
    inputs,
    missing,
  };
}

function check(criterion: Criterion, ctx: EvaluationContext): Check {
  const year = ctx.ruleSet.year;
  const subject = ctx.subject;
  const unit = subject.unit;
  switch (criterion.kind) {
    case 'participantUnitKind': {
      const ok = criterion.unitKinds.includes(unit.unitKind);
      const kind = kindLabel(unit);
      const who = subject.kind === 'collective' ? `${unit.name} là ${kind}` : `Đơn vị công tác (${unit.name}) là ${kind}`;
      return {
        verdict: ok ? 'pass' : 'fail',
        explanation: `${who} — ${ok ? 'thuộc' : 'không thuộc'} đối tượng thi đua theo Kế hoạch.`,
        inputs: { unitKind: unit.unitKind, allowed: [...criterion.unitKinds] },
        missing: [],
      };
    }
    case 'registered': {
      const value = subject.kind === 'collective' ? subject.collective.registered : subject.individual.registered;
      return flagCheck(
        value,
        {
          pass: 'Đã đăng ký thi đua chuyên đề theo Kế hoạch.',
          fail: 'Không đăng ký thi đua chuyên đề theo Kế hoạch.',
          unknown: 'Chưa có thông tin đăng ký thi đua chuyên đề — chưa xác định được.',
        },
        'Thông tin đăng ký thi đua chuyên đề',
        { registered: value ?? null },
      );
    }
    case 'attestation': {
      const text = ATTESTATION_TEXTS[criterion.which];
      const value = subject.kind === 'collective' ? (subject.collective.attestations?.[criterion.which] ?? null) : null;
      return flagCheck(
        value,
        {
          pass: `Thủ trưởng đơn vị xác nhận ${text}.`,
          fail: `Thủ trưởng đơn vị không xác nhận ${text}.`,
          unknown: `Chưa có xác nhận của thủ trưởng đơn vị về việc ${text} — chưa xác định được.`,
        },
        `Xác nhận của thủ trưởng đơn vị: ${text}`,
        { [criterion.which]: value },
      );
    }
    case 'parClassIn':
      return classCheck(
        ctx,
        unit.parClassification,
        criterion.classes,
        '',
        `Xếp hạng Chỉ số CCHC năm ${year}`,
        'parClassification',
      );
    case 'districtParClassIn':
      return classCheck(
        ctx,
        unit.districtParClassification,
        criterion.classes,
        ' của huyện, thành phố nơi đơn vị trực thuộc',
        `Xếp hạng Chỉ số CCHC năm ${year} của huyện, thành phố`,
        'districtParClassification',
      );
    case 'communeRecognisedAndExcellent':
      return communeCheck(ctx, criterion.classes);
    case 'unitRatingAtLeast':
      return ratingCheck(
        ctx,
        unit.rating,
        criterion.minRating,
        subject.kind === 'individual' ? ` của đơn vị công tác (${unit.name})` : '',
        unitInputName(ctx, `Xếp loại chất lượng năm ${year}`),
      );
    case 'parTaskRatingImproved':
      return improvedCheck(ctx);
    case 'personRatingAtLeast': {
      const value = subject.kind === 'individual' ? subject.individual.rating : null;
      return ratingCheck(ctx, value, criterion.minRating, ' của cá nhân', `Xếp loại chất lượng năm ${year} của cá nhân`);
    }
    case 'parTasksExcellent': {
      const value = subject.kind === 'individual' ? subject.individual.parTasksExcellent : null;
      const directly = subject.kind === 'individual' ? (subject.individual.directlyDoesParWork ?? null) : null;
      // Doing PAR work directly only gives priority at selection (III.1.b); it never decides eligibility.
      const priority = directly === true ? ' (trực tiếp thực hiện nhiệm vụ CCHC — thuộc diện ưu tiên)' : '';
      return flagCheck(
        value,
        {
          pass: `Được xác nhận thực hiện xuất sắc các nhiệm vụ CCHC được giao${priority}.`,
          fail: `Không được xác nhận thực hiện xuất sắc các nhiệm vụ CCHC được giao${priority}.`,
          unknown: `Chưa có xác nhận về việc thực hiện xuất sắc các nhiệm vụ CCHC được giao${priority} — chưa xác định được.`,
        },
        'Xác nhận cá nhân thực hiện xuất sắc các nhiệm vụ CCHC được giao',
        { parTasksExcellent: value ?? null, directlyDoesParWork: directly },
      );
    }
    case 'memberOfQualifyingUnit':
      return memberCheck(ctx, criterion.viaBases, criterion.viaProposedBases);
  }
}

/**
 * Evaluate one criterion, honouring its unit-kind filter.
 * @param criterion a criterion of the rule set
 * @param ctx the rule set and the nominee
 * @returns `notApplicable` when the filter excludes the unit, otherwise the outcome and the missing inputs
 */
export function evaluateCriterion(
  criterion: Criterion,
  ctx: EvaluationContext,
): ({ status: 'evaluated' } & Evaluated) | { status: 'notApplicable'; notApplicable: NotApplicable } {
  const base = { code: criterion.code, label: criterion.label, ref: criterion.ref };
  const app = applicability(criterion, ctx.subject.unit);
  if (app.status === 'notApplicable') {
    return { status: 'notApplicable', notApplicable: { code: criterion.code, label: criterion.label, reason: app.reason } };
  }
  if (app.status === 'unknown') {
    return {
      status: 'evaluated',
      outcome: { ...base, verdict: 'unknown', explanation: app.reason, inputs: { parUnitLevel: null } },
      missing: [app.missing],
    };
  }
  const result = check(criterion, ctx);
  return {
    status: 'evaluated',
    outcome: { ...base, verdict: result.verdict, explanation: result.explanation, inputs: result.inputs },
    // Only an undecided criterion has missing inputs worth asking for.
    missing: result.verdict === 'unknown' ? result.missing : [],
  };
}

/**
 * Evaluate a list of criteria (all must pass), skipping those whose filter excludes the unit.
 * @returns the outcomes, the skipped criteria and the missing inputs, de-duplicated
 */
export function evaluateCriteria(
  criteria: readonly Criterion[],
  ctx: EvaluationContext,
): { outcomes: EligibilityOutcome[]; notApplicable: NotApplicable[]; missing: string[] } {
  const outcomes: EligibilityOutcome[] = [];
  const notApplicable: NotApplicable[] = [];
  const missing: string[] = [];
  for (const criterion of criteria) {
    const evaluated = evaluateCriterion(criterion, ctx);
    if (evaluated.status === 'notApplicable') {
      notApplicable.push(evaluated.notApplicable);
    } else {
      outcomes.push(evaluated.outcome);
      missing.push(...evaluated.missing);
    }
  }
  return { outcomes, notApplicable, missing: [...new Set(missing)] };
}

/**
 * Evaluate one basis: not applicable when its filter (or every one of its parts) excludes the unit, else all parts
 * must pass.
 * @param basis a basis of the collective rule
 * @param ctx the rule set and the unit being judged
 */
export function evaluateBasis(
  basis: BasisRule,
  ctx: EvaluationContext,
): ({ status: 'evaluated' } & Evaluated<BasisOutcome>) | { status: 'notApplicable'; notApplicable: NotApplicable } {
  const code = `collective.basis.${basis.basis}`;
  const base = { code, label: basis.label, ref: basis.ref, basis: basis.basis };
  const app = applicability(basis, ctx.subject.unit);
  if (app.status === 'notApplicable') {
    return { status: 'notApplicable', notApplicable: { code, label: basis.label, reason: app.reason } };
  }
  if (app.status === 'unknown') {
    return {
      status: 'evaluated',
      outcome: {
        ...base,
        verdict: 'unknown',
        explanation: `Tiêu chuẩn ${basis.basis} ${verdictWord('unknown')}: ${withoutFullStop(app.reason)}.`,
        inputs: { parUnitLevel: null },
        parts: [],
      },
      missing: [app.missing],
    };
  }
  const parts = evaluateCriteria(basis.criteria, ctx);
  // A basis whose every part was filtered out says nothing about this unit; treating it as an empty AND
  // would make it pass vacuously.
  if (parts.outcomes.length === 0) {
    return {
      status: 'notApplicable',
      notApplicable: { code, label: basis.label, reason: parts.notApplicable.map((n) => n.reason).join(' ') },
    };
  }
  const verdict = allOf(parts.outcomes.map((o) => o.verdict));
  const inputs: Record<string, unknown> = {};
  for (const part of parts.outcomes) Object.assign(inputs, part.inputs);
  return {
    status: 'evaluated',
    outcome: {
      ...base,
      verdict,
      explanation: `Tiêu chuẩn ${basis.basis} ${verdictWord(verdict)}: ${parts.outcomes.map((o) => withoutFullStop(o.explanation)).join('; ')}.`,
      inputs,
      parts: parts.outcomes,
    },
    missing: verdict === 'unknown' ? parts.missing : [],
  };
}
