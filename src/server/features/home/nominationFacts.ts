import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { dossiers, nominations, orgUnits, people } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import { quotaFor } from '../../../domain/campaigns/quotaRules';
import type { DossierProgress, NominationFacts } from '../../../domain/home/nominationTasks';
import type { LocalDate } from '../../../domain/time/localDate';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { campaignVerdicts } from '../eligibility/campaignEligibility';
import { dossierDeadlines } from '../par/dossierDeadlines';

/** The actor's unit as the home reads it. */
export type HomeUnit = { id: string; code: string; kind: string; path: string };

/**
 * The nomination facts of the campaigns whose year's ranking is published (`publications`: year → decision day), for
 * the home's task list. Reads the nominations and dossiers tables directly (no import of those features): one query
 * for the active nominations the actor's unit(s) propose with their dossier's status, in all campaigns at once; for
 * Sở Nội vụ one count of the submitted dossiers per campaign; for a commune's officer, whether its district proposed
 * it (then it proposes its individual, III.4.b); the dossier deadline with the legal-time rules, once per year; and — only for a district with places left in its commune quota — its communes'
 * eligibility, one evaluation of its scope.
 *
 * Who proposes for a unit follows the nomination policy (domain/access/policies/nomination.ts): a unit officer or head
 * for their own unit; a district aggregator for its district (the communes) and its non-commune units (Phòng Nội vụ).
 */
export async function loadNominationFacts(
  db: DbOrTx,
  actor: Actor,
  unit: HomeUnit | undefined,
  campaigns: readonly CampaignRecord[],
  publications: ReadonlyMap<number, LocalDate>,
  asOf: Date,
): Promise<Map<string, NominationFacts>> {
  const published = campaigns.filter((c) => publications.has(c.year));
  const facts = new Map<string, NominationFacts>();
  if (published.length === 0 || !unit) return facts;

  const deadlineByCampaign = new Map<string, NominationFacts['dossierDeadline']>();
  for (const year of new Set(published.map((c) => c.year))) {
    for (const d of await dossierDeadlines(db, { year, publicationDate: publications.get(year)!, asOf })) {
      deadlineByCampaign.set(d.campaignId, { dueAt: d.deadlineInstant, day: d.deadlineDay as LocalDate });
    }
  }

  const actsFor =
    actor.role === 'district_aggregator'
      ? or(eq(orgUnits.id, actor.unitId), and(sql`${orgUnits.path} like ${`${actor.unitPath}%`}`, ne(orgUnits.kind, 'commune')))
      : eq(orgUnits.id, actor.unitId);
  const unitRoles = ['unit_officer', 'unit_head', 'district_aggregator'];
  const nomineeUnit = sql`(select ${orgUnits.name} from ${orgUnits} where ${orgUnits.id} = ${nominations.nomineeUnitId})`;
  const own = unitRoles.includes(actor.role)
    ? await db
        .select({
          id: nominations.id,
          campaignId: nominations.campaignId,
          nomineeKind: nominations.nomineeKind,
          nomineeUnitId: nominations.nomineeUnitId,
          proposingUnitId: nominations.proposingUnitId,
          nomineeName: sql<string>`coalesce(${people.fullName}, ${nomineeUnit})`,
          dossierStatus: dossiers.status,
        })
        .from(nominations)
        .innerJoin(orgUnits, eq(orgUnits.id, nominations.proposingUnitId))
        .leftJoin(people, eq(people.id, nominations.nomineePersonId))
        .leftJoin(dossiers, eq(dossiers.nominationId, nominations.id))
        .where(and(inArray(nominations.campaignId, published.map((c) => c.id)), eq(nominations.status, 'proposed'), actsFor))
        .orderBy(nominations.createdAt)
    : [];

  // A commune officer's or head's commune proposed by its district: a chosen collective, which proposes its individuals.
  const chosenCommune =
    (actor.role === 'unit_officer' || actor.role === 'unit_head') && unit.kind === 'commune'
      ? new Set(
          (
            await db
              .select({ campaignId: nominations.campaignId })
              .from(nominations)
              .where(and(inArray(nominations.campaignId, published.map((c) => c.id)), eq(nominations.status, 'proposed'), eq(nominations.nomineeKind, 'unit'), eq(nominations.nomineeUnitId, unit.id)))
          ).map((r) => r.campaignId),
        )
      : new Set<string>();

  // Sở Nội vụ's queue: submitted dossiers of active nominations, counted per campaign in one query.
  const queue =
    actor.role === 'province_secretariat'
      ? new Map(
          (
            await db
              .select({ campaignId: dossiers.campaignId, n: sql<number>`count(*)`.mapWith(Number) })
              .from(dossiers)
              .innerJoin(nominations, eq(nominations.id, dossiers.nominationId))
              .where(and(inArray(dossiers.campaignId, published.map((c) => c.id)), eq(dossiers.status, 'submitted'), eq(nominations.status, 'proposed')))
              .groupBy(dossiers.campaignId)
          ).map((r) => [r.campaignId, r.n]),
        )
      : null;

  for (const c of published) {
    const mine = own.filter((n) => n.campaignId === c.id);
    const fact: NominationFacts = {
      dossierDeadline: deadlineByCampaign.get(c.id) ?? null,
      ownNominations: mine.map((n) => ({ id: n.id, nomineeName: n.nomineeName, dossier: (n.dossierStatus ?? 'none') satisfies DossierProgress })),
      ...(queue ? { submittedDossiers: queue.get(c.id) ?? 0 } : {}),
    };
    if (chosenCommune.has(c.id)) {
      const { limit } = quotaFor(c.definition, { kind: 'individuals_per_collective', collectiveKind: 'commune' });
      fact.individualQuota = { limit, used: mine.filter((n) => n.nomineeKind === 'person' && n.proposingUnitId === unit.id).length };
    }
    // A two-tier campaign's communes are proposed by the province, not by a district: no district quota task there.
    if (actor.role === 'district_aggregator' && unit.kind === 'district' && c.definition.quotas.communeQuotaScope !== 'province_wide') {
      const proposedCommunes = new Set(mine.filter((n) => n.nomineeKind === 'unit' && n.proposingUnitId === unit.id).map((n) => n.nomineeUnitId));
      const { limit } = quotaFor(c.definition, { kind: 'commune_per_district', districtCode: unit.code });
      const left = limit === null || proposedCommunes.size < limit;
      // Only worth evaluating the district's communes while a place is left; a campaign without rules has no eligible one.
      const eligibleNotProposed =
        left && c.ruleSet !== null
          ? (await campaignVerdicts(db, c, scopeOf(actor))).verdicts.filter(
              (i) => i.kind === 'collective' && i.orgUnit.kind === 'commune' && i.result.verdict === 'pass' && !proposedCommunes.has(i.orgUnit.id),
            ).length
          : 0;
      fact.communeQuota = { limit, used: proposedCommunes.size, eligibleNotProposed };
    }
    facts.set(c.id, fact);
  }
  return facts;
}
