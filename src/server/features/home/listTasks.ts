import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { campaigns, orgUnits, parPublications, registrations, registrationSummaries } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { tasksForActor, type CampaignFacts, type Task } from '../../../domain/home/tasksForActor';
import type { LocalDate } from '../../../domain/time/localDate';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { districtConsolidation } from '../consolidations/consolidation';
import { loadNominationFacts } from './nominationFacts';

/**
 * The actor's tasks across the running campaigns (not draft, not closed). Facts are read in a few queries for all
 * campaigns at once; a district's progress is its consolidation screen's own, the province's is two counts; the
 * nominations and dossiers once the ranking is published (nominationFacts.ts).
 */
export async function listTasks(db: DbOrTx, actor: Actor, asOf: Date): Promise<Task[]> {
  const running = (await db
    .select()
    .from(campaigns)
    .where(notInArray(campaigns.status, ['draft', 'closed']))) as CampaignRecord[];
  if (running.length === 0) return [];
  const ids = running.map((c) => c.id);
  const own = await db
    .select({ campaignId: registrations.campaignId, id: registrations.id, status: registrations.status })
    .from(registrations)
    .where(and(inArray(registrations.campaignId, ids), eq(registrations.orgUnitId, actor.unitId)));
  const ownByCampaign = new Map(own.map((r) => [r.campaignId, r]));
  const publicationDays = new Map(
    (
      await db
        .select({ year: parPublications.year, decisionDate: parPublications.decisionDate })
        .from(parPublications)
        .where(inArray(parPublications.year, [...new Set(running.map((c) => c.year))]))
    ).map((p) => [p.year, p.decisionDate as LocalDate]),
  );
  const [unit] = await db.select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, path: orgUnits.path, kind: orgUnits.kind, eraId: orgUnits.eraId }).from(orgUnits).where(eq(orgUnits.id, actor.unitId));
  const nominationFacts = await loadNominationFacts(db, actor, unit, running, publicationDays, asOf);

  const facts: CampaignFacts[] = [];
  for (const c of running) {
    const fact: CampaignFacts = {
      id: c.id,
      year: c.year,
      planNumber: c.planNumber,
      status: c.status,
      registrationDeadline: c.definition.registrationDeadline.date as LocalDate,
      ownRegistration: ownByCampaign.get(c.id) ?? null,
      rankingPublished: publicationDays.has(c.year),
      nominations: nominationFacts.get(c.id),
    };
    const consolidating = c.status === 'registration_open' || c.status === 'registration_closed';
    // A district account sits on its district (SPEC §1); only districts of the campaign's era have a consolidation.
    if (actor.role === 'district_aggregator' && consolidating && unit?.kind === 'district' && unit.eraId === c.eraId) {
      const d = await districtConsolidation(db, c, unit, { page: 1, pageSize: 1 });
      fact.district = { registered: d.communes.registeredCount, total: d.communes.total, forwarded: d.forwarded !== null };
    }
    if ((actor.role === 'province_secretariat' || actor.role === 'admin') && consolidating) {
      // Only two counts: the districts of the campaign's era and those that forwarded (not the whole province view).
      const [counts] = await db
        .select({ districts: sql<number>`count(*)`.mapWith(Number), forwarded: sql<number>`count(${registrationSummaries.id})`.mapWith(Number) })
        .from(orgUnits)
        .leftJoin(registrationSummaries, and(eq(registrationSummaries.orgUnitId, orgUnits.id), eq(registrationSummaries.campaignId, c.id)))
        .where(and(eq(orgUnits.eraId, c.eraId), eq(orgUnits.kind, 'district')));
      fact.province = { forwardedDistricts: counts.forwarded, districts: counts.districts };
    }
    facts.push(fact);
  }
  return tasksForActor(actor.role, facts, asOf);
}
