import type { DbOrTx } from '../../../db/client';
import type { Scope } from '../../../domain/access/scope';
import type { CollectiveInput, IndividualInput, Nominee } from '../../../domain/eligibility/evaluateEligibility';
import { applyOverrides, compareEligibility, type RuleOverrides } from '../../../domain/eligibility/whatIf';
import { validation, type FieldError } from '../../errors';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { evaluateNominees, ruleSetOf, verdictsOf, type NomineeVerdict } from './campaignEligibility';
import { loadEligibilityInputs, type EligibilityInputs } from './eligibilityInputs';

type Flag = boolean | null | undefined;
/** The what-if request, as validated by the route (routes/eligibility/schema.ts WhatIfBody). */
export type WhatIfRequest = {
  overrides: { criteria?: Record<string, { classes?: string[]; minRating?: string }> };
  inputs?: (
    | {
        kind: 'collective';
        orgUnitId: string;
        set: {
          registered?: Flag;
          compliance?: Flag;
          solidarity?: Flag;
          parClassification?: string | null;
          rating?: string | null;
          parTaskRating?: string | null;
          previousParTaskRating?: string | null;
          districtRecognisedBestCommune?: Flag;
          districtParClassification?: string | null;
          proposed?: Flag;
        };
      }
    | { kind: 'individual'; personId: string; set: { registered?: Flag; rating?: string | null; parTasksExcellent?: Flag; directlyDoesParWork?: Flag; unitProposed?: Flag } }
  )[];
};

function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The inputs with the requested changes applied; unknown nominees are reported by their field path. */
function patchInputs(inputs: EligibilityInputs, patches: NonNullable<WhatIfRequest['inputs']>): { inputs: EligibilityInputs; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const collectives = new Map(inputs.collectives.map((c) => [c.input.orgUnitId, { ...c, input: { ...c.input, attestations: { ...c.input.attestations } } }]));
  const individuals = new Map(inputs.individuals.map((i) => [i.person.id, { ...i, input: { ...i.input } }]));
  patches.forEach((patch, index) => {
    if (patch.kind === 'collective') {
      const entry = collectives.get(patch.orgUnitId);
      if (!entry) {
        errors.push({ path: `inputs.${index}.orgUnitId`, message: `Đơn vị (inputs.${index}): không có trong danh sách đăng ký của đợt thi đua` });
        return;
      }
      const { compliance, solidarity, ...rest } = defined(patch.set);
      if (compliance !== undefined) entry.input.attestations.compliance = compliance;
      if (solidarity !== undefined) entry.input.attestations.solidarity = solidarity;
      Object.assign(entry.input, rest as Partial<CollectiveInput>);
      return;
    }
    const entry = individuals.get(patch.personId);
    if (!entry) {
      errors.push({ path: `inputs.${index}.personId`, message: `Cá nhân (inputs.${index}): không có trong danh sách đăng ký của đợt thi đua` });
      return;
    }
    Object.assign(entry.input, defined(patch.set) as Partial<IndividualInput>);
  });
  return { inputs: { ...inputs, collectives: [...collectives.values()], individuals: [...individuals.values()] }, errors };
}

/** Who a verdict is about, as `evaluateEligibility` names the nominee. */
function nomineeOf(inputs: EligibilityInputs, v: NomineeVerdict): Nominee {
  if (v.kind === 'collective') {
    const { orgUnitId, name } = inputs.collectives[v.index].input;
    return { kind: 'collective', id: orgUnitId, name };
  }
  const { personId, fullName } = inputs.individuals[v.index].input;
  return { kind: 'individual', id: personId, name: fullName };
}

const nomineeKey = (inputs: EligibilityInputs, v: NomineeVerdict) => (v.kind === 'collective' ? `collective:${inputs.collectives[v.index].input.orgUnitId}` : `individual:${inputs.individuals[v.index].input.personId}`);

function compared(inputs: EligibilityInputs, v: NomineeVerdict) {
  return { nominee: nomineeOf(inputs, v), verdict: v.result.verdict, eligible: v.result.verdict === 'pass' };
}

/**
 * What-if (SPEC §3 step 6): evaluates every registered nominee under the rules in force and again with changed
 * thresholds and/or assumed inputs, and says who gains or loses eligibility. Reads only; nothing is saved.
 * @param scope the caller's scope (`scopeOf(user)`): what-if sees only the nominees the caller may see
 * @throws validation when an override names no criterion or does not fit it, or a patch names no nominee
 */
export async function whatIfEligibility(db: DbOrTx, campaign: CampaignRecord, scope: Scope, request: WhatIfRequest) {
  const ruleSet = ruleSetOf(campaign);
  const { ruleSet: changed, errors: overrideErrors } = applyOverrides(ruleSet, request.overrides as RuleOverrides);
  const inputs = await loadEligibilityInputs(db, { campaignId: campaign.id, year: campaign.year, scope });
  const patched = patchInputs(inputs, request.inputs ?? []);
  const errors: FieldError[] = [
    ...overrideErrors.map((message) => ({ path: 'overrides.criteria', message: `Ngưỡng tiêu chuẩn: ${message}` })),
    ...patched.errors,
  ];
  if (errors.length > 0) throw validation(errors);
  // Verdicts only for the comparison; the nominees who gain or lose are the only ones explained.
  const before = verdictsOf(ruleSet, inputs);
  const after = verdictsOf(changed, patched.inputs);
  const comparison = compareEligibility(before.map((v) => compared(inputs, v)), after.map((v) => compared(patched.inputs, v)));
  const moved = new Set([...comparison.gained, ...comparison.lost].map((c) => `${c.nominee.kind}:${c.nominee.id}`));
  const movedRefs = after.filter((v) => moved.has(nomineeKey(patched.inputs, v)));
  return {
    ruleSetId: ruleSet.id,
    counts: { gained: comparison.gained.length, lost: comparison.lost.length, unchanged: comparison.unchanged.length },
    gained: comparison.gained,
    lost: comparison.lost,
    unchanged: comparison.unchanged,
    changedResults: evaluateNominees(changed, patched.inputs, movedRefs),
    saved: false as const,
  };
}
