import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { eligibilityStale, eligibilityVerdicts } from '../../../db/schema';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { loadCampaign, type CampaignRecord } from '../campaigns/campaignQueries';
import { anyOf } from '../../kit/anyOf';
import { nextTurn } from '../../kit/eventLoopTurns';
import { ruleSetOf, verdictsOf } from './campaignEligibility';
import { loadEligibilityInputs } from './eligibilityInputs';

/** Verdict rows per insert: five arrays of this length travel as five bind parameters. */
const INSERT_ROWS = 5_000;

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
    const orgUnitIds = whole ? undefined : [...new Set(marks.map((m) => m.orgUnitId!))];
    // The rule set and inputs as of now, read after the marks: a rule set saved since `campaign` was loaded marked the
    // whole campaign, and is the one to evaluate with.
    const current = await loadCampaign(tx, campaign.id);
    const ruleSet = ruleSetOf(current);
    const inputs = await loadEligibilityInputs(tx, { campaignId: current.id, year: current.year, scope: { kind: 'all' }, orgUnitIds });
    const verdicts = verdictsOf(ruleSet, inputs);
    await tx
      .delete(eligibilityVerdicts)
      .where(and(eq(eligibilityVerdicts.campaignId, campaign.id), orgUnitIds ? anyOf(eligibilityVerdicts.orgUnitId, orgUnitIds) : undefined));
    for (let start = 0; start < verdicts.length; start += INSERT_ROWS) {
      const slice = verdicts.slice(start, start + INSERT_ROWS);
      const registrationIds: string[] = [];
      const unitIds: string[] = [];
      const personIds: (string | null)[] = [];
      const verdictNames: string[] = [];
      for (const v of slice) {
        const entry = v.kind === 'collective' ? inputs.collectives[v.index] : inputs.individuals[v.index];
        registrationIds.push(entry.registrationId);
        unitIds.push(v.orgUnit.id);
        personIds.push(v.kind === 'individual' ? inputs.individuals[v.index].person.id : null);
        verdictNames.push(v.result.verdict);
      }
      await tx.execute(sql`
        insert into ${eligibilityVerdicts} (campaign_id, registration_id, org_unit_id, person_id, verdict)
        select ${campaign.id}::uuid, r, u, p, v
        from unnest(${sql.param(registrationIds)}::uuid[], ${sql.param(unitIds)}::uuid[], ${sql.param(personIds)}::uuid[], ${sql.param(verdictNames)}::text[]) as t(r, u, p, v)`);
      await nextTurn();
    }
    await tx.delete(eligibilityStale).where(sql`${eligibilityStale.id} = any(${sql.param(marks.map((m) => m.id))}::bigint[])`);
    return ruleSet;
  });
}
