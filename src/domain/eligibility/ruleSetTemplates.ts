import { formatPlanSource } from '../campaigns/campaignPlanTerms';
import { replaceYearInText } from '../campaigns/cloneCampaign';
import { kh34Campaign } from '../campaigns/kh34Campaign';
import type { ClauseRef } from '../shared/ruleOutcome';
import type { BasisRule, Criterion, RuleSet } from './eligibilityRules';
import { kh34RuleSet } from './kh34RuleSet';

/** The built-in rule sets a campaign may start from, besides another campaign's. */
export const RULE_SET_TEMPLATES = {
  'kh34-2020': {
    label: 'Mẫu “34/KH-UBND 2020” (tiêu chuẩn Bằng khen tại Khoản 1, Mục III của Kế hoạch số 34/KH-UBND ngày 03/3/2020)',
    shortLabel: '34/KH-UBND 2020',
    ruleSet: kh34RuleSet,
    /** How the template's clauses cite their plan, replaced by the new campaign's plan. */
    planSource: formatPlanSource(kh34Campaign),
  },
} as const satisfies Record<string, { label: string; shortLabel: string; ruleSet: RuleSet; planSource: string }>;

export type RuleSetTemplateId = keyof typeof RULE_SET_TEMPLATES;

export const RULE_SET_TEMPLATE_IDS = Object.keys(RULE_SET_TEMPLATES) as RuleSetTemplateId[];

export function isRuleSetTemplateId(value: string): value is RuleSetTemplateId {
  return Object.hasOwn(RULE_SET_TEMPLATES, value);
}

/** Options of {@link adaptRuleSet}. */
export type AdaptRuleSetOptions = {
  /** The campaign year the rule set is for. */
  year: number;
  /**
   * The plan citation to replace in every source ("Kế hoạch số 34/KH-UBND ngày 03/3/2020" → the new plan's), when the
   * rule set moves to another plan. Clause numbers are kept: the secretariat reviews them on the rule-set screen.
   */
  planSource?: { from: string; to: string };
};

/**
 * A copy of a rule set for another campaign year (clone, set-up from a template or another campaign, a plan whose
 * year changed): `year` becomes the new year, "năm 2020" in every label becomes "năm 2021" (a full date citing
 * another document is kept), the id follows the year, and the plan citation of every clause can be replaced.
 * Thresholds and clause numbers are unchanged. The source is not modified.
 */
export function adaptRuleSet(ruleSet: RuleSet, options: AdaptRuleSetOptions): RuleSet {
  const from = ruleSet.year;
  const { year, planSource } = options;
  const label = (text: string) => (from === year ? text : replaceYearInText(text, from, year));
  const source = (text: string) =>
    planSource && planSource.from && planSource.from !== planSource.to ? text.split(planSource.from).join(planSource.to) : text;
  const ref = (r: ClauseRef): ClauseRef => ({ clause: r.clause, source: source(r.source) });
  const criterion = (c: Criterion): Criterion => ({ ...structuredClone(c), label: label(c.label), ref: ref(c.ref) });
  const basis = (b: BasisRule): BasisRule => ({ ...structuredClone(b), label: label(b.label), ref: ref(b.ref), criteria: b.criteria.map(criterion) });
  const yearInId = new RegExp(`(^|\\D)${from}(?!\\d)`, 'u');
  const id = from === year ? ruleSet.id : yearInId.test(ruleSet.id) ? ruleSet.id.replace(yearInId, `$1${year}`) : `${ruleSet.id}-${year}`;
  return {
    id,
    awardForm: ruleSet.awardForm,
    year,
    source: source(ruleSet.source),
    collective: {
      preconditions: ruleSet.collective.preconditions.map(criterion),
      bases: ruleSet.collective.bases.map(basis),
    },
    individual: { conditions: ruleSet.individual.conditions.map(criterion) },
  };
}
