import { describe, expect, it } from 'vitest';
import { CRITERION_KIND_CONTEXTS, type Criterion, type CriterionKind } from '../eligibilityRules';
import { kh34RuleSet } from '../kh34RuleSet';
import { CRITERION_EVALUATORS, EVALUATED_CRITERION_KINDS, runEvaluator } from './criterionEvaluators';
import type { CriterionEvaluators } from './criterionTypes';
import { buildCollective } from '../eligibilityFactories';

describe('CRITERION_EVALUATORS', () => {
  it('has exactly one evaluator per criterion kind of the vocabulary', () => {
    expect([...EVALUATED_CRITERION_KINDS].sort()).toEqual((Object.keys(CRITERION_KIND_CONTEXTS) as CriterionKind[]).sort());
    for (const kind of EVALUATED_CRITERION_KINDS) expect(typeof CRITERION_EVALUATORS[kind]).toBe('function');
  });

  it('covers every kind the KH 34 rule set uses', () => {
    const used = [
      ...kh34RuleSet.collective.preconditions,
      ...kh34RuleSet.collective.bases.flatMap((b) => b.criteria),
      ...kh34RuleSet.individual.conditions,
    ].map((c) => c.kind);
    for (const kind of used) expect(EVALUATED_CRITERION_KINDS).toContain(kind);
  });

  it('is checked by the compiler: a map missing a kind does not type-check', () => {
    const { registered: _registered, ...incomplete } = CRITERION_EVALUATORS;
    // @ts-expect-error — "registered" is missing, so this is not a CriterionEvaluators.
    const broken: CriterionEvaluators = incomplete;
    expect(Object.keys(broken)).not.toContain('registered');
  });

  it('refuses a kind outside the vocabulary with a Vietnamese message instead of answering anything', () => {
    const unit = buildCollective();
    const criterion = { code: 'x', kind: 'magic', label: 'x', ref: { clause: 'x', source: 'x' } } as unknown as Criterion;
    expect(() =>
      runEvaluator(criterion, { ruleSet: kh34RuleSet, subject: { kind: 'collective', collective: unit, unit }, evaluateBasis: () => { throw new Error('unused'); } }),
    ).toThrow('Loại tiêu chí không được hỗ trợ “magic”.');
  });

  it.each(['constructor', 'toString', 'hasOwnProperty'])('refuses kind “%s” the same way: no object property is an evaluator', (kind) => {
    const unit = buildCollective();
    const criterion = { code: 'x', kind, label: 'x', ref: { clause: 'x', source: 'x' } } as unknown as Criterion;
    expect(() =>
      runEvaluator(criterion, { ruleSet: kh34RuleSet, subject: { kind: 'collective', collective: unit, unit }, evaluateBasis: () => { throw new Error('unused'); } }),
    ).toThrow(`Loại tiêu chí không được hỗ trợ “${kind}”.`);
  });
});
