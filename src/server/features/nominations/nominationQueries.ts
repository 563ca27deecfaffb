import { aliasedTable, and, count, eq, inArray, like, ne, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client';
import { collectiveSelections, dossiers, eligibilityVerdicts, nominationQuotaLocks, nominations, orgUnits, people, registrationIndividuals, registrations, users } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import type { Actor } from '../../../domain/access/actor';
import type { Scope } from '../../../domain/access/scope';
import type { CampaignDefinition } from '../../../domain/campaigns/campaignDefinition';
import { communeProposerKind, type ActiveNomination, type NominationUnit } from '../../../domain/nominations/nominationRules';
import type { OrgUnitKind } from '../../../domain/orgUnits/orgUnitKind';
import { foldDiacritics } from '../../../domain/text/foldDiacritics';
import { notFound } from '../../errors';
import { containsPattern } from '../../kit/likePattern';
import { pageOffset, totalRows, type PageRequest } from '../../kit/pagedList';
import { unitKindColumns } from '../orgUnits/orgUnitQueries';

/** A unit as the nomination rules read it, with the paths and kinds the access policy needs. */
export type LoadedUnit = NominationUnit & { path: string; parentPath: string | null };

const parents = alias(orgUnits, 'parent_unit');

/** The units (with their parent) of some ids, by id; one query. */
export async function loadNominationUnits(db: DbOrTx, ids: readonly string[]): Promise<Map<string, LoadedUnit>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      ...unitKindColumns,
      path: orgUnits.path,
      parentId: parents.id,
      parentCode: parents.code,
      parentName: parents.name,
      parentKind: parents.kind,
      parentPath: parents.path,
    })
    .from(orgUnits)
    .leftJoin(parents, eq(parents.id, orgUnits.parentId))
    .where(inArray(orgUnits.id, [...new Set(ids)]));
  const units = new Map<string, LoadedUnit>();
  for (const r of rows) {
    const parent = r.parentId ? { id: r.parentId, code: r.parentCode!, name: r.parentName!, kind: r.parentKind as OrgUnitKind } : null;
    units.set(r.id, { id: r.id, code: r.code, name: r.name, kind: r.kind, parUnitLevel: r.parUnitLevel ?? null, path: r.path, parentPath: r.parentPath, parent });
  }
  return units;
}

/** One unit for a proposal, or a 404. */
export async function loadNominationUnit(db: DbOrTx, id: string): Promise<LoadedUnit> {
  const unit = (await loadNominationUnits(db, [id])).get(id);
  if (!unit) throw notFound('Đơn vị');
  return unit;
}

/**
 * A person for a proposal: their name, and the unit whose registration lists them in the campaign (the collective
 * that proposes them, III.4.b) — their current unit when no registration lists them. A 404 when there is no such
 * person.
 */
export async function loadNominationPerson(db: DbOrTx, campaignId: string, personId: string): Promise<{ id: string; fullName: string; unitId: string }> {
  const [row] = await db
    .select({ id: people.id, fullName: people.fullName, ownUnitId: people.orgUnitId, registeredUnitId: registrations.orgUnitId })
    .from(people)
    .leftJoin(registrationIndividuals, and(eq(registrationIndividuals.personId, people.id), eq(registrationIndividuals.campaignId, campaignId)))
    .leftJoin(registrations, eq(registrations.id, registrationIndividuals.registrationId))
    .where(eq(people.id, personId));
  if (!row) throw notFound('Cá nhân');
  return { id: row.id, fullName: row.fullName, unitId: row.registeredUnitId ?? row.ownUnitId };
}

const proposingUnits = aliasedTable(orgUnits, 'proposing_unit');

/** Nomination rows with their nominee's name and proposing unit's name, for messages (`ActiveNomination`). */
function activeSelect(db: DbOrTx) {
  // Alike in shape to the other select/join queries on purpose: each names the columns its caller needs (no shared column lists).
  return db
    .select({
      id: nominations.id,
      unitName: orgUnits.name,
      personName: people.fullName,
      proposingUnitName: proposingUnits.name,
    })
    .from(nominations)
    .innerJoin(orgUnits, eq(orgUnits.id, nominations.nomineeUnitId))
    .innerJoin(proposingUnits, eq(proposingUnits.id, nominations.proposingUnitId))
    .leftJoin(people, eq(people.id, nominations.nomineePersonId));
}

const toActive = (r: { id: string; unitName: string; personName: string | null; proposingUnitName: string }): ActiveNomination => ({
  id: r.id,
  nomineeName: r.personName ? `${r.personName} (${r.unitName})` : r.unitName,
  proposingUnitName: r.proposingUnitName,
});

/** The active nominations using a quota, oldest first. Read after locking the quota (`lockQuota`). */
export async function activeNominationsOfQuota(db: DbOrTx, campaignId: string, quotaKey: string): Promise<ActiveNomination[]> {
  const rows = await activeSelect(db)
    .where(and(eq(nominations.campaignId, campaignId), eq(nominations.quotaKey, quotaKey), eq(nominations.status, 'proposed')))
    .orderBy(nominations.proposedAt, nominations.createdAt, nominations.id);
  return rows.map(toActive);
}

/** The nominee's active nomination in the campaign, if any. */
export async function activeNominationOf(db: DbOrTx, campaignId: string, nominee: { kind: 'unit' | 'person'; id: string }): Promise<ActiveNomination | null> {
  const [row] = await activeSelect(db).where(
    and(
      eq(nominations.campaignId, campaignId),
      eq(nominations.status, 'proposed'),
      eq(nominations.nomineeKind, nominee.kind),
      nominee.kind === 'unit' ? eq(nominations.nomineeUnitId, nominee.id) : eq(nominations.nomineePersonId, nominee.id),
    ),
  );
  return row ? toActive(row) : null;
}

/** Whether Sở Nội vụ selected this collective in the campaign (Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III). */
export async function isCollectiveSelected(db: DbOrTx, campaignId: string, unitId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: collectiveSelections.id })
    .from(collectiveSelections)
    .where(and(eq(collectiveSelections.campaignId, campaignId), eq(collectiveSelections.orgUnitId, unitId)));
  return row !== undefined;
}

/**
 * Takes the lock of a quota for the rest of the transaction: creates its row on first use (a concurrent creator
 * makes this insert do nothing), then SELECT … FOR UPDATE, which waits for any other transaction holding it. Every
 * proposal against the quota passes here before it counts, so the count and the insert that follows are serialised
 * across app nodes.
 */
export async function lockQuota(tx: DbOrTx, campaignId: string, quotaKey: string): Promise<void> {
  await tx.insert(nominationQuotaLocks).values({ campaignId, quotaKey }).onConflictDoNothing();
  await tx
    .select({ quotaKey: nominationQuotaLocks.quotaKey })
    .from(nominationQuotaLocks)
    .where(and(eq(nominationQuotaLocks.campaignId, campaignId), eq(nominationQuotaLocks.quotaKey, quotaKey)))
    .for('update');
}

/** Active nominations per quota key, counted over every scope (a quota's use is not a secret of its district). */
export async function quotaUseCounts(db: DbOrTx, campaignId: string, quotaKeys: readonly string[]): Promise<Map<string, number>> {
  if (quotaKeys.length === 0) return new Map();
  const rows = await db
    .select({ quotaKey: nominations.quotaKey, used: count() })
    .from(nominations)
    .where(and(eq(nominations.campaignId, campaignId), eq(nominations.status, 'proposed'), inArray(nominations.quotaKey, [...new Set(quotaKeys)])))
    .groupBy(nominations.quotaKey);
  return new Map(rows.map((r) => [r.quotaKey, Number(r.used)]));
}

const proposers = aliasedTable(users, 'proposer');

/** A nomination with its units and names, as listed and as loaded for a withdrawal. */
export type NominationRow = Omit<Awaited<ReturnType<typeof selectNominations>>[number], 'total'>;

function selectNominations(db: DbOrTx, where: ReturnType<typeof and>) {
  return db
    .select({
      /** How many nominations the where matches (a list's total; 1 for one nomination). */
      total: totalRows(),
      nomination: nominations,
      nomineeUnit: { id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, path: orgUnits.path },
      person: { id: people.id, fullName: people.fullName },
      proposingUnit: { id: proposingUnits.id, code: proposingUnits.code, name: proposingUnits.name, path: proposingUnits.path, kind: proposingUnits.kind },
      proposedByName: proposers.fullName,
      /** The dossier's status (the lifecycle stage of an active nomination); null before the dossier is opened. */
      dossierStatus: dossiers.status,
    })
    .from(nominations)
    .innerJoin(orgUnits, eq(orgUnits.id, nominations.nomineeUnitId))
    .innerJoin(proposingUnits, eq(proposingUnits.id, nominations.proposingUnitId))
    .leftJoin(people, eq(people.id, nominations.nomineePersonId))
    .leftJoin(proposers, eq(proposers.id, nominations.proposedById))
    .leftJoin(dossiers, eq(dossiers.nominationId, nominations.id))
    .where(where)
    .orderBy(sql`${proposingUnits.sortKey} collate "C"`, nominations.proposedAt, nominations.createdAt, nominations.id);
}

/**
 * One page of the nominations of a campaign whose nominee's unit is in the scope (filtered and paged in SQL), each row
 * with the total. The proposing unit is the nominee's unit or its district, so a district sees its communes' and its
 * own, a unit its own.
 */
export async function listCampaignNominations(db: DbOrTx, campaignId: string, scope: Scope, page: PageRequest) {
  return selectNominations(db, and(eq(nominations.campaignId, campaignId), orgUnitScopeWhere(scope)))
    .limit(page.pageSize)
    .offset(pageOffset(page));
}

/**
 * Which of some nominees have an active nomination in the campaign, among the nominations in the scope (as the page
 * lists them): `units`, the units proposed as collectives (a commune candidate already proposed; a person's commune
 * chosen by its district), and `people`, the people proposed.
 */
export async function activeNomineesAmong(db: DbOrTx, campaignId: string, scope: Scope, ids: { unitIds: readonly string[]; personIds: readonly string[] }) {
  const found = { units: new Set<string>(), people: new Set<string>() };
  if (ids.unitIds.length === 0 && ids.personIds.length === 0) return found;
  const rows = await db
    .select({ kind: nominations.nomineeKind, unitId: nominations.nomineeUnitId, personId: nominations.nomineePersonId })
    .from(nominations)
    .innerJoin(orgUnits, eq(orgUnits.id, nominations.nomineeUnitId))
    .where(
      and(
        eq(nominations.campaignId, campaignId),
        eq(nominations.status, 'proposed'),
        orgUnitScopeWhere(scope),
        or(
          ids.unitIds.length > 0 ? and(eq(nominations.nomineeKind, 'unit'), inArray(nominations.nomineeUnitId, [...new Set(ids.unitIds)])) : undefined,
          ids.personIds.length > 0 ? and(eq(nominations.nomineeKind, 'person'), inArray(nominations.nomineePersonId, [...new Set(ids.personIds)])) : undefined,
        ),
      ),
    );
  for (const r of rows) {
    if (r.kind === 'unit') found.units.add(r.unitId);
    else if (r.personId) found.people.add(r.personId);
  }
  return found;
}

type UnitColumns = { id: AnyColumn; path: AnyColumn; kind: AnyColumn };

/**
 * policies/nomination mayProposeFor in SQL, on a proposing unit's columns: Sở Nội vụ any unit; the district aggregator
 * its subtree's units that are not communes; anyone else their own unit. Only asked for an actor who may propose.
 */
function mayProposeForWhere(actor: Actor, unit: UnitColumns): SQL | undefined {
  if (actor.role === 'province_secretariat') return undefined;
  // Paths are made of uuids and slashes only, so they need no LIKE escaping.
  if (actor.role === 'district_aggregator') return and(like(unit.path, `${actor.unitPath}%`), ne(unit.kind, 'commune'));
  return eq(unit.id, actor.unitId);
}

const proposingParents = alias(orgUnits, 'proposing_parent');
const v = eligibilityVerdicts;

/**
 * The stored verdicts (features/eligibility storedVerdictRows' filters) of the nominees an actor may propose, as
 * listNominations filtered them in memory before: a commune (collective) whose parent is the campaign's commune
 * proposer (domain proposerOf) and one the actor may propose for; an individual of a collective that proposes
 * individuals (collectiveKindOf: a department, district, commune, or a province or district CCHC unit) and that the
 * actor may propose for. `q` keeps those whose unit's or person's name contains it, without diacritics if you like.
 * The units are found by subqueries on org_units (a few thousand at most), so the verdicts stay an index read.
 */
export function proposableVerdictsWhere(db: DbOrTx, campaign: { definition: Pick<CampaignDefinition, 'quotas'> }, actor: Actor, q?: string): SQL {
  const communes = db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .innerJoin(proposingParents, eq(proposingParents.id, orgUnits.parentId))
    .where(and(eq(orgUnits.kind, 'commune'), eq(proposingParents.kind, communeProposerKind(campaign.definition)), mayProposeForWhere(actor, proposingParents)));
  const collectives = db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(
      and(
        or(inArray(orgUnits.kind, ['department', 'district', 'commune']), and(eq(orgUnits.kind, 'par_unit'), inArray(orgUnits.parUnitLevel, ['district', 'province']))),
        mayProposeForWhere(actor, orgUnits),
      ),
    );
  const pattern = q?.trim() ? containsPattern(foldDiacritics(q)) : null;
  return and(
    or(and(eq(v.kind, 'collective'), eq(v.unitKind, 'commune'), inArray(v.orgUnitId, communes)), and(eq(v.kind, 'individual'), inArray(v.orgUnitId, collectives))),
    pattern
      ? or(
          inArray(v.orgUnitId, db.select({ id: orgUnits.id }).from(orgUnits).where(like(orgUnits.searchText, pattern))),
          inArray(v.personId, db.select({ id: people.id }).from(people).where(like(people.searchText, pattern))),
        )
      : undefined,
  )!;
}

/** One nomination, or a 404. */
export async function loadNomination(db: DbOrTx, id: string): Promise<NominationRow> {
  const [row] = await selectNominations(db, and(eq(nominations.id, id)));
  if (!row) throw notFound('Đề nghị khen thưởng');
  return row;
}
