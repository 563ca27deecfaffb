import { aliasedTable, and, asc, eq, inArray, isNull, like, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { orgUnitLineage, orgUnits } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import { foldDiacritics } from '../../../domain/text/foldDiacritics';
import { containsPattern } from '../../kit/likePattern';
import type { OrgUnitKind } from '../../../domain/orgUnits/orgUnitKind';
import { pageOffset, toPage, totalRows } from '../../kit/pagedList';

// Qualified by hand: drizzle renders a bare "id" inside a subquery, which would bind to the inner table.
const childCount = sql<number>`(select count(*) from org_units c where c.parent_id = "org_units"."id")::int`;
const parentName = sql<string | null>`(select p.name from org_units p where p.id = "org_units"."parent_id")`;

/** What the rules read of a unit (its collective kind, II.2.a): consolidations and nominations select these. */
export const unitKindColumns = {
  id: orgUnits.id,
  code: orgUnits.code,
  name: orgUnits.name,
  kind: orgUnits.kind,
  parUnitLevel: orgUnits.parUnitLevel,
};

/** What describes a unit, in the screens and in the export file alike. */
const describingColumns = {
  code: orgUnits.code,
  name: orgUnits.name,
  shortName: orgUnits.shortName,
  email: orgUnits.email,
  kind: orgUnits.kind,
  adminType: orgUnits.adminType,
  parUnitLevel: orgUnits.parUnitLevel,
};

export const orgUnitColumns = {
  id: orgUnits.id,
  eraId: orgUnits.eraId,
  ...describingColumns,
  parentId: orgUnits.parentId,
  depth: orgUnits.depth,
  validFrom: orgUnits.validFrom,
  validTo: orgUnits.validTo,
  path: orgUnits.path,
};

/** The era of the actor's own unit: the default for lists. */
export function actorEra(actor: Actor): SQL {
  return sql`(select era_id from org_units where id = ${actor.unitId})`;
}

/**
 * The era a list shows: the campaign's when the list serves a campaign (its pickers offer only the units that campaign
 * runs on: a 2026 campaign, the two-tier An Giang units), else the one asked for, else the actor's own.
 */
function listEra(actor: Actor, filter: Pick<OrgUnitFilter, 'eraId' | 'campaignId'>): SQL {
  if (filter.campaignId) return eq(orgUnits.eraId, sql`(select era_id from campaigns where id = ${filter.campaignId})`);
  return filter.eraId ? eq(orgUnits.eraId, filter.eraId) : eq(orgUnits.eraId, actorEra(actor));
}

export type OrgUnitFilter = {
  eraId?: string;
  /** Units of this campaign's era (wins over `eraId`). */
  campaignId?: string;
  q?: string;
  kind?: OrgUnitKind;
  parentId?: string;
  page: number;
  pageSize: number;
};

/** The folded, distinct words of a search. */
function searchWords(q: string | undefined): string[] {
  return [...new Set(foldDiacritics(q ?? '').split(' ').filter(Boolean))];
}

/** One page of the units the actor may see, in Vietnamese order, with the total — one query. */
export async function listOrgUnits(db: DbOrTx, actor: Actor, filter: OrgUnitFilter) {
  const scope = scopeOf(actor);
  const conditions: SQL[] = [orgUnitScopeWhere(scope), listEra(actor, filter)];
  // Every word must match, in any order: "noi vu giong rieng" finds "Phòng Nội vụ huyện Giồng Riềng".
  for (const word of searchWords(filter.q)) conditions.push(like(orgUnits.searchText, containsPattern(word)));
  if (filter.kind) conditions.push(eq(orgUnits.kind, filter.kind));
  if (filter.parentId === 'root') {
    if (scope.kind === 'all') conditions.push(isNull(orgUnits.parentId));
    else conditions.push(eq(orgUnits.id, actor.unitId));
  } else if (filter.parentId) conditions.push(eq(orgUnits.parentId, filter.parentId));

  const rows = await db
    .select({ ...orgUnitColumns, childCount, parentName, total: totalRows() })
    .from(orgUnits)
    .where(and(...conditions))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`, asc(orgUnits.code))
    .limit(filter.pageSize)
    .offset(pageOffset(filter));
  return toPage(rows, ({ path: _p, ...u }) => u, filter);
}

/** A unit the actor may see, or null (outside scope looks the same as missing). */
export async function findOrgUnitInScope(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select({ ...orgUnitColumns, childCount })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, id), orgUnitScopeWhere(scopeOf(actor))));
  return row ?? null;
}

/** Ancestors (root first) and the lineage of a unit across eras. */
export async function orgUnitContext(db: DbOrTx, unit: { id: string; path: string }) {
  const ancestorIds = unit.path.split('/').filter((x) => x && x !== unit.id);
  const ancestors = ancestorIds.length
    ? await db.select({ id: orgUnits.id, name: orgUnits.name, depth: orgUnits.depth }).from(orgUnits).where(inArray(orgUnits.id, ancestorIds))
    : [];
  const other = aliasedTable(orgUnits, 'other');
  const lineageCols = {
    id: other.id,
    name: other.name,
    eraId: other.eraId,
    changeType: orgUnitLineage.changeType,
    effectiveDate: orgUnitLineage.effectiveDate,
  };
  const successors = await db
    .select(lineageCols)
    .from(orgUnitLineage)
    .innerJoin(other, eq(other.id, orgUnitLineage.toUnitId))
    .where(eq(orgUnitLineage.fromUnitId, unit.id));
  const predecessors = await db
    .select(lineageCols)
    .from(orgUnitLineage)
    .innerJoin(other, eq(other.id, orgUnitLineage.fromUnitId))
    .where(eq(orgUnitLineage.toUnitId, unit.id))
    .orderBy(sql`${other.sortKey} collate "C"`);
  return {
    ancestors: ancestors.sort((a, b) => a.depth - b.depth).map(({ id, name }) => ({ id, name })),
    successors,
    predecessors,
  };
}

/** Every unit of an era within scope, parents first, with the parent's code — for export. */
export async function orgUnitsForExport(db: DbOrTx, actor: Actor, eraId: string | undefined) {
  const parent = aliasedTable(orgUnits, 'parent');
  return db
    .select({
      ...describingColumns,
      parentCode: parent.code,
      validFrom: orgUnits.validFrom,
      validTo: orgUnits.validTo,
    })
    .from(orgUnits)
    .leftJoin(parent, eq(parent.id, orgUnits.parentId))
    .where(and(orgUnitScopeWhere(scopeOf(actor)), eraId ? eq(orgUnits.eraId, eraId) : eq(orgUnits.eraId, actorEra(actor))))
    .orderBy(asc(orgUnits.depth), sql`${orgUnits.sortKey} collate "C"`, asc(orgUnits.code));
}
