import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { campaigns } from '../../../db/schema';
import type { Scope } from '../../../domain/access/scope';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { evaluateEligibility, type EligibilityResult } from '../../../domain/eligibility/evaluateEligibility';
import { kh34RuleSet } from '../../../domain/eligibility/kh34RuleSet';
import { validateRuleSet } from '../../../domain/eligibility/validateRuleSet';
import { AppError, notFound } from '../../errors';
import { loadEligibilityInputs, unitSummaryOf, type EligibilityInputs, type NomineeUnit } from './eligibilityInputs';

export type CampaignRow = typeof campaigns.$inferSelect;

/** One registered nominee with its explained result. */
export type EligibilityItem = {
  kind: 'collective' | 'individual';
  registrationId: string;
  registrationStatus: string;
  orgUnit: NomineeUnit;
  person: { id: string; fullName: string; position: string } | null;
  result: EligibilityResult;
};

/** The campaign, or 404. Campaigns are not scoped: every role takes part in them. */
export async function findCampaign(db: DbOrTx, id: string): Promise<CampaignRow> {
  const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  if (!campaign) throw notFound('Đợt thi đua');
  return campaign;
}

/**
 * The campaign's own rule set (`campaigns.rule_set`), or the KH 34 rules when it has none. A stored rule set that
 * does not validate is a 409: evaluating a broken rule set would give wrong results with confident explanations.
 */
export function ruleSetOf(campaign: CampaignRow): RuleSet {
  const ruleSet = (campaign.ruleSet as RuleSet | null) ?? kh34RuleSet;
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
export async function campaignEligibility(db: DbOrTx, campaign: CampaignRow, scope: Scope) {
  const ruleSet = ruleSetOf(campaign);
  const inputs = await loadEligibilityInputs(db, { campaignId: campaign.id, year: campaign.year, scope });
  return { ruleSet, inputs, items: evaluateInputs(ruleSet, inputs) };
}
