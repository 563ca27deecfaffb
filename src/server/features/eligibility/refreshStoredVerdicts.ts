import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { eligibilityStale, eligibilityVerdicts, registrations } from '../../../db/schema';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { loadCampaign, type CampaignRecord } from '../campaigns/campaignQueries';
import { anyOf } from '../../kit/anyOf';
import { nextTurn } from '../../kit/eventLoopTurns';
import { ruleSetOf, verdictsOf, type NomineeVerdict } from './campaignEligibility';
import { loadEligibilityInputs, type EligibilityInputs } from './eligibilityInputs';

/** Units whose nominees are evaluated and inserted together (about 30 nominees each at national scale). */
const REFRESH_UNITS = 500;

/** The verdicts of one batch of inputs with their list places, inserted with one statement: each column travels as one array parameter. */
async function insertVerdicts(tx: DbOrTx, campaignId: string, inputs: EligibilityInputs, verdicts: readonly NomineeVerdict[]) {
  if (verdicts.length === 0) return;
  const columns = { registrationId: [] as string[], orgUnitId: [] as string[], personId: [] as (string | null)[], kind: [] as string[], verdict: [] as string[] };
  const place = { unitPath: [] as string[], unitKind: [] as string[], unitSortKey: [] as string[], unitCode: [] as string[], memberOrder: [] as (number | null)[], personSortKey: [] as (string | null)[] };
  for (const v of verdicts) {
    const entry = v.kind === 'individual' ? inputs.individuals[v.index] : inputs.collectives[v.index];
    columns.registrationId.push(entry.registrationId);
    columns.orgUnitId.push(entry.orgUnit.id);
    columns.personId.push(v.kind === 'individual' ? inputs.individuals[v.index].person.id : null);
    columns.kind.push(v.kind);
    columns.verdict.push(v.result.verdict);
    place.unitPath.push(entry.place.unitPath);
    place.unitKind.push(entry.orgUnit.kind);
    place.unitSortKey.push(entry.place.unitSortKey);
    place.unitCode.push(entry.orgUnit.code);
    place.memberOrder.push(entry.place.memberOrder);
    place.personSortKey.push(entry.place.personSortKey);
  }
  await tx.execute(sql`
    insert into ${eligibilityVerdicts} (campaign_id, registration_id, org_unit_id, person_id, kind, verdict, unit_path, unit_kind, unit_sort_key, unit_code, member_order, person_sort_key)
    select ${campaignId}::uuid, t.*
    from unnest(${sql.param(columns.registrationId)}::uuid[], ${sql.param(columns.orgUnitId)}::uuid[], ${sql.param(columns.personId)}::uuid[],
      ${sql.param(columns.kind)}::text[], ${sql.param(columns.verdict)}::text[], ${sql.param(place.unitPath)}::text[], ${sql.param(place.unitKind)}::text[],
      ${sql.param(place.unitSortKey)}::text[], ${sql.param(place.unitCode)}::text[], ${sql.param(place.memberOrder)}::int[], ${sql.param(place.personSortKey)}::text[]) as t`);
}

/**
 * Brings a campaign's stored verdicts (`eligibility_verdicts`) up to date with its inputs before they are read: the
 * units marked stale by the input tables' triggers (migration 0013) are evaluated again with the current data and
 * their rows replaced; a whole-campaign mark (new campaign, rule set, province PAR publication) replaces them all.
 * Nothing marked → nothing to do (one indexed query), so a list read after a read costs no evaluation.
 *
 * One transaction per refresh, serialised per campaign by an advisory lock (two app nodes never compute the same
 * campaign at once; the second then finds no marks). Only the marks read are deleted: a change committed meanwhile
 * keeps its mark and is picked up by the next read, so a changed rating, attestation or publication still shows at
 * the next request (SPEC §3 step 6). A cache, not a record: it writes no audit row (the changes that marked it did).
 * @returns the campaign's rule set as read inside the refresh
 */
export async function refreshStoredVerdicts(db: DbOrTx, campaign: CampaignRecord): Promise<RuleSet> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`eligibility:${campaign.id}`}))`);
    const marks = await tx.select({ id: eligibilityStale.id, orgUnitId: eligibilityStale.orgUnitId }).from(eligibilityStale).where(eq(eligibilityStale.campaignId, campaign.id));
    if (marks.length === 0) return ruleSetOf(campaign);
    const whole = marks.some((m) => m.orgUnitId === null);
    // The rule set and inputs as of now, read after the marks: a rule set saved since `campaign` was loaded marked the
    // whole campaign, and is the one to evaluate with.
    const current = await loadCampaign(tx, campaign.id);
    const ruleSet = ruleSetOf(current);
    const unitIds = whole
      ? (await tx.selectDistinct({ id: registrations.orgUnitId }).from(registrations).where(eq(registrations.campaignId, current.id))).map((r) => r.id)
      : [...new Set(marks.map((m) => m.orgUnitId!))];
    await tx.delete(eligibilityVerdicts).where(and(eq(eligibilityVerdicts.campaignId, current.id), whole ? undefined : anyOf(eligibilityVerdicts.orgUnitId, unitIds)));
    // A few hundred units' inputs at a time: a national campaign (310,000 nominees) is never all in memory at once.
    for (let start = 0; start < unitIds.length; start += REFRESH_UNITS) {
      const inputs = await loadEligibilityInputs(tx, { campaignId: current.id, year: current.year, scope: { kind: 'all' }, orgUnitIds: unitIds.slice(start, start + REFRESH_UNITS) });
      await insertVerdicts(tx, current.id, inputs, verdictsOf(ruleSet, inputs));
      await nextTurn();
    }
    await tx.delete(eligibilityStale).where(sql`${eligibilityStale.id} = any(${sql.param(marks.map((m) => m.id))}::bigint[])`);
    // Statistics for what was just written (ANALYZE counts its own transaction's rows): without them the planner takes
    // a fresh national table for a few thousand rows and sorts it all for a page instead of reading the list index.
    if (whole) await tx.execute(sql`analyze ${eligibilityVerdicts}`);
    return ruleSet;
  });
}
