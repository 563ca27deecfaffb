import { aliasedTable, and, count, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client';
import { collectiveSelections, dossiers, nominationQuotaLocks, nominations, orgUnits, people, registrationIndividuals, registrations, users } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import type { Scope } from '../../../domain/access/scope';
import type { ActiveNomination, NominationUnit } from '../../../domain/nominations/nominationRules';
import type { OrgUnitKind } from '../../../domain/orgUnits/orgUnitKind';
import { notFound } from '../../errors';
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
export type NominationRow = Awaited<ReturnType<typeof selectNominations>>[number];

function selectNominations(db: DbOrTx, where: ReturnType<typeof and>) {
  return db
    .select({
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
 * The nominations of a campaign whose nominee's unit is in the scope (filtered in SQL). The proposing unit is the
 * nominee's unit or its district, so a district sees its communes' and its own, a unit its own.
 */
export async function listCampaignNominations(db: DbOrTx, campaignId: string, scope: Scope): Promise<NominationRow[]> {
  return selectNominations(db, and(eq(nominations.campaignId, campaignId), orgUnitScopeWhere(scope)));
}

/** One nomination, or a 404. */
export async function loadNomination(db: DbOrTx, id: string): Promise<NominationRow> {
  const [row] = await selectNominations(db, and(eq(nominations.id, id)));
  if (!row) throw notFound('Đề nghị khen thưởng');
  return row;
}
