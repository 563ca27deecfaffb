import { allOf, anyOf, verdictOfFlag, type Verdict } from '../../shared/ruleOutcome';
import type { CriterionOfKind, Evaluator } from './criterionTypes';
import { kindLabel, verdictWord, withoutFullStop } from './criterionSupport';

/**
 * The individual's unit qualifies (III.1.b, third bullet): it meets one of the collective bases `viaBases` on its
 * own, or one of `viaProposedBases` and is itself proposed. The unit is judged by the collective bases themselves
 * (through `ctx.evaluateBasis`), so a threshold changed there changes both.
 */
export const evaluateMemberOfQualifyingUnit: Evaluator<CriterionOfKind<'memberOfQualifyingUnit'>> = (criterion, ctx) => {
  const { viaBases, viaProposedBases } = criterion;
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
  // The same condition with the unit taken as proposed: a chosen collective's own proposal of its individuals is its
  // "đề nghị Chủ tịch UBND tỉnh xét tặng Bằng khen" (III.4.b), so the nomination rules ask what this would be.
  const verdictsIfProposed: Verdict[] = [];
  const pieces: string[] = [];
  const missing: string[] = [];
  const inputs: Record<string, unknown> = { unitProposed: proposed };
  const consider = (codes: readonly string[], needsProposal: boolean) => {
    for (const code of codes) {
      const basis = ctx.ruleSet.collective.bases.find((b) => b.basis === code);
      if (!basis) continue;
      const evaluated = ctx.evaluateBasis(basis);
      if (evaluated.status === 'notApplicable') continue;
      const { outcome } = evaluated;
      inputs[`basis${code}`] = outcome.verdict;
      const verdict = needsProposal ? allOf([outcome.verdict, proposedVerdict]) : outcome.verdict;
      verdicts.push(verdict);
      verdictsIfProposed.push(outcome.verdict);
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
  inputs.verdictIfUnitProposed = anyOf(verdictsIfProposed);
  return {
    verdict,
    explanation: `Đơn vị công tác (${unit.name}): ${pieces.join('; ')} — ${verdict === 'unknown' ? 'chưa xác định được' : `đơn vị ${verdictWord(verdict)} yêu cầu`}.`,
    inputs,
    missing,
  };
};
