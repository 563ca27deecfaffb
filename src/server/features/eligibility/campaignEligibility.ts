import type { DbOrTx } from '../../../db/client';
import type { Scope } from '../../../domain/access/scope';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { evaluateEligibility, type EligibilityResult } from '../../../domain/eligibility/evaluateEligibility';
import { validateRuleSet } from '../../../domain/eligibility/validateRuleSet';
import { AppError } from '../../errors';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { currentRuleSetVersion, ruleSetScreenPath } from '../ruleSets/ruleSetQueries';
import { loadEligibilityInputs, unitSummaryOf, type EligibilityInputs, type NomineeUnit } from './eligibilityInputs';

/** One registered nominee with its explained result. */
export type EligibilityItem = {
  kind: 'collective' | 'individual';
  registrationId: string;
  registrationStatus: string;
  orgUnit: NomineeUnit;
  person: { id: string; fullName: string; position: string } | null;
  result: EligibilityResult;
};

/** The 409 of a campaign that has no rule set: it names the screen where Sở Nội vụ sets one up. */
export function noRuleSetMessage(campaignId: string): string {
  return (
    'Đợt thi đua chưa có bộ tiêu chuẩn xét khen thưởng; Sở Nội vụ cần thiết lập tại mục “Bộ tiêu chuẩn xét khen thưởng” ' +
    `của đợt thi đua (${ruleSetScreenPath(campaignId)}) trước khi xét điều kiện.`
  );
}

/**
 * The campaign's own rule set (`campaigns.rule_set`, the current version). A campaign without one is a 409 — it is
 * never evaluated with another plan's rules — and so is a stored rule set that does not validate: evaluating a broken
 * rule set would give wrong results with confident explanations.
 */
export function ruleSetOf(campaign: CampaignRecord): RuleSet {
  if (campaign.ruleSet === null) throw new AppError('CONFLICT', noRuleSetMessage(campaign.id));
  const ruleSet = campaign.ruleSet as RuleSet;
  const errors = validateRuleSet(ruleSet);
  if (errors.length > 0) {
    throw new AppError('CONFLICT', `Bộ tiêu chuẩn của đợt thi đua không hợp lệ: ${errors.join(' ')}`);
  }
  return ruleSet;
}

/**
 * Evaluates every nominee (collectives, then individuals) against a rule set. The individuals' unit facts are
 * rebuilt from the collectives' inputs, so a what-if change to a unit carries over to its members.
 */
export function evaluateInputs(ruleSet: RuleSet, inputs: EligibilityInputs): EligibilityItem[] {
  const collectiveByUnit = new Map(inputs.collectives.map((c) => [c.input.orgUnitId, c.input]));
  const collectives = inputs.collectives.map((entry) => ({
    kind: 'collective' as const,
    registrationId: entry.registrationId,
    registrationStatus: entry.registrationStatus,
    orgUnit: entry.orgUnit,
    person: null,
    result: evaluateEligibility(ruleSet, { kind: 'collective', collective: entry.input }),
  }));
  const individuals = inputs.individuals.map((entry) => {
    const unit = collectiveByUnit.get(entry.orgUnit.id);
    const input = unit ? { ...entry.input, unit: unitSummaryOf(unit) } : entry.input;
    return {
      kind: 'individual' as const,
      registrationId: entry.registrationId,
      registrationStatus: entry.registrationStatus,
      orgUnit: entry.orgUnit,
      person: entry.person,
      result: evaluateEligibility(ruleSet, { kind: 'individual', individual: input }),
    };
  });
  return [...collectives, ...individuals];
}

/**
 * Every registered nominee of a campaign in the scope, evaluated now from the current data: results are never
 * stored, so a changed rating, attestation or publication shows at the next request (SPEC §3 step 6).
 */
export async function campaignEligibility(db: DbOrTx, campaign: CampaignRecord, scope: Scope) {
  const ruleSet = ruleSetOf(campaign);
  const [inputs, ruleSetVersion] = await Promise.all([
    loadEligibilityInputs(db, { campaignId: campaign.id, year: campaign.year, scope }),
    currentRuleSetVersion(db, campaign),
  ]);
  return { ruleSet, ruleSetVersion, inputs, items: evaluateInputs(ruleSet, inputs) };
}
