import type { DbOrTx } from '../../../db/client';
import type { Scope } from '../../../domain/access/scope';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { evaluateEligibility, type CollectiveInput, type EligibilityResult, type IndividualInput, type UnitSummary } from '../../../domain/eligibility/evaluateEligibility';
import { unitFactsKey, verdictMemo } from '../../../domain/eligibility/verdictMemo';
import type { Verdict } from '../../../domain/shared/ruleOutcome';
import { validateRuleSet } from '../../../domain/eligibility/validateRuleSet';
import { AppError } from '../../errors';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { currentRuleSetVersion, ruleSetScreenPath } from '../ruleSets/ruleSetQueries';
import { loadEligibilityInputs, unitSummaryOf, type EligibilityInputs, type NomineeUnit } from './eligibilityInputs';
import type { StoredVerdictRow } from './storedVerdictQueries';

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

/** Where a nominee sits in the inputs: `kind` and its position in `inputs.collectives` or `inputs.individuals`. */
export type NomineeRef = { kind: 'collective' | 'individual'; index: number };

/**
 * One nominee's verdict without its explanation, with what the board filters on (kind, unit, verdict): enough for
 * counts, filters and paging, so only the nominees of the page are explained (`evaluateNominees`).
 */
export type NomineeVerdict = NomineeRef & { orgUnit: NomineeUnit; result: { verdict: Verdict } };

/** The individuals' unit facts, rebuilt from the collectives' inputs so a what-if change to a unit carries over to its members. */
function individualInputOf(inputs: EligibilityInputs, collectiveByUnit: ReadonlyMap<string, CollectiveInput>, index: number): IndividualInput {
  const entry = inputs.individuals[index];
  const unit = collectiveByUnit.get(entry.orgUnit.id);
  return unit ? { ...entry.input, unit: unitSummaryOf(unit) } : entry.input;
}

const collectivesByUnit = (inputs: EligibilityInputs) => new Map(inputs.collectives.map((c) => [c.input.orgUnitId, c.input]));

/** One frozen `result` per verdict, shared by every nominee that has it: no object per nominee for it. */
const RESULTS: Record<Verdict, { readonly verdict: Verdict }> = {
  pass: Object.freeze({ verdict: 'pass' }),
  fail: Object.freeze({ verdict: 'fail' }),
  unknown: Object.freeze({ verdict: 'unknown' }),
};

/**
 * The verdict of every nominee (collectives, then individuals, in the order of `evaluateInputs`), each distinct set of
 * facts evaluated once (`verdictMemo`): a national list of 300,000 people costs a few hundred evaluations, not 300,000.
 */
export function verdictsOf(ruleSet: RuleSet, inputs: EligibilityInputs): NomineeVerdict[] {
  const memo = verdictMemo(ruleSet);
  // Each collective's unit facts and their key once per unit, from the collective's input (a what-if change to a unit
  // carries over to its members): the members' inputs are read as they are, not copied with the unit swapped in.
  const units = new Map<string, { unit: UnitSummary; key: string }>();
  for (const c of inputs.collectives) {
    const unit = unitSummaryOf(c.input);
    units.set(c.input.orgUnitId, { unit, key: unitFactsKey(unit) });
  }
  const verdicts: NomineeVerdict[] = new Array<NomineeVerdict>(inputs.collectives.length + inputs.individuals.length);
  let at = 0;
  inputs.collectives.forEach((entry, index) => {
    verdicts[at++] = { kind: 'collective', index, orgUnit: entry.orgUnit, result: RESULTS[memo.collective(entry.input)] };
  });
  inputs.individuals.forEach((entry, index) => {
    const found = units.get(entry.orgUnit.id);
    const verdict = found ? memo.individual(entry.input, found.key, found.unit) : memo.individual(entry.input);
    verdicts[at++] = { kind: 'individual', index, orgUnit: entry.orgUnit, result: RESULTS[verdict] };
  });
  return verdicts;
}

/** The explained results of the given nominees, in their order. */
export function evaluateNominees(ruleSet: RuleSet, inputs: EligibilityInputs, refs: readonly NomineeRef[]): EligibilityItem[] {
  const collectiveByUnit = collectivesByUnit(inputs);
  return refs.map(({ kind, index }) => {
    if (kind === 'collective') {
      const entry = inputs.collectives[index];
      return {
        kind,
        registrationId: entry.registrationId,
        registrationStatus: entry.registrationStatus,
        orgUnit: entry.orgUnit,
        person: null,
        result: evaluateEligibility(ruleSet, { kind: 'collective', collective: entry.input }),
      };
    }
    const entry = inputs.individuals[index];
    return {
      kind,
      registrationId: entry.registrationId,
      registrationStatus: entry.registrationStatus,
      orgUnit: entry.orgUnit,
      person: entry.person,
      result: evaluateEligibility(ruleSet, { kind: 'individual', individual: individualInputOf(inputs, collectiveByUnit, index) }),
    };
  });
}

/**
 * The explained results of stored-verdict rows (a page of the list, a page of the export), in their order: the inputs
 * of their units only are read, so explaining 50 nominees of a national list reads a handful of registrations.
 * A row whose registration left the inputs since the verdicts were refreshed is skipped; the next read refreshes.
 */
export async function explainStoredRows(db: DbOrTx, campaign: CampaignRecord, scope: Scope, ruleSet: RuleSet, rows: readonly StoredVerdictRow[]): Promise<EligibilityItem[]> {
  if (rows.length === 0) return [];
  const inputs = await loadEligibilityInputs(db, { campaignId: campaign.id, year: campaign.year, scope, orgUnitIds: [...new Set(rows.map((r) => r.orgUnitId))] });
  const collectiveAt = new Map(inputs.collectives.map((c, index) => [c.registrationId, index]));
  const individualAt = new Map(inputs.individuals.map((i, index) => [`${i.registrationId}:${i.person.id}`, index]));
  const refs: NomineeRef[] = [];
  for (const row of rows) {
    const index = row.personId === null ? collectiveAt.get(row.registrationId) : individualAt.get(`${row.registrationId}:${row.personId}`);
    if (index !== undefined) refs.push({ kind: row.personId === null ? 'collective' : 'individual', index });
  }
  return evaluateNominees(ruleSet, inputs, refs);
}

/** Every nominee of the inputs, explained: collectives, then individuals. */
export function evaluateInputs(ruleSet: RuleSet, inputs: EligibilityInputs): EligibilityItem[] {
  const refs: NomineeRef[] = [
    ...inputs.collectives.map((_, index) => ({ kind: 'collective' as const, index })),
    ...inputs.individuals.map((_, index) => ({ kind: 'individual' as const, index })),
  ];
  return evaluateNominees(ruleSet, inputs, refs);
}

/**
 * The campaign's rule set and the inputs of every registered nominee in the scope, read now from the current data, so
 * a changed rating, attestation or publication shows at the next request (SPEC §3 step 6). The list and its export
 * read stored verdicts instead (refreshStoredVerdicts), kept as current by the input tables' triggers.
 */
export async function campaignEligibilityInputs(db: DbOrTx, campaign: CampaignRecord, scope: Scope) {
  const ruleSet = ruleSetOf(campaign);
  const [inputs, ruleSetVersion] = await Promise.all([
    loadEligibilityInputs(db, { campaignId: campaign.id, year: campaign.year, scope }),
    currentRuleSetVersion(db, campaign),
  ]);
  return { ruleSet, ruleSetVersion, inputs };
}

/** Every registered nominee of a campaign in the scope, evaluated now with its explanation. */
export async function campaignEligibility(db: DbOrTx, campaign: CampaignRecord, scope: Scope) {
  const { ruleSet, ruleSetVersion, inputs } = await campaignEligibilityInputs(db, campaign, scope);
  return { ruleSet, ruleSetVersion, inputs, items: evaluateInputs(ruleSet, inputs) };
}

/**
 * Every registered nominee of a campaign in the scope with its verdict only (no explanation), for callers that count
 * or filter on eligibility: a national list is explained nowhere, only its verdicts computed (`verdictsOf`).
 */
export async function campaignVerdicts(db: DbOrTx, campaign: CampaignRecord, scope: Scope) {
  const { ruleSet, inputs } = await campaignEligibilityInputs(db, campaign, scope);
  return { ruleSet, inputs, verdicts: verdictsOf(ruleSet, inputs) };
}
