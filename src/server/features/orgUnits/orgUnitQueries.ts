import { aliasedTable, and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/client';
import { orgUnitLineage, orgUnits } from '../../../db/schema';
import { orgUnitScopeValue, orgUnitScopeWhere, preparedOrgUnitScopeWhere } from '../../../db/scoped';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf, type Scope } from '../../../domain/access/scope';
import { foldDiacritics } from '../../../domain/text/foldDiacritics';
import { containsPattern } from '../../kit/likePattern';
import { namedStatement } from '../../kit/namedStatement';
import type { OrgUnitKind } from '../../../domain/orgUnits/orgUnitKind';
import { pageOffset, toPage, totalRows } from '../../kit/pagedList';
import { keysetAfter, keysetPages } from '../../kit/tableStream';
import { orgUnitsToRows, type OrgUnitRow } from '../../../domain/orgUnits/orgUnitRows';

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
  if (!q) return [];
  return [...new Set(foldDiacritics(q ?? '').split(' ').filter(Boolean))];
}

/**
 * Which conditions a list has (not their values): the key of its prepared statement. Search words are one array, so
 * any number of words is one shape.
 */
function listShape(scope: Scope, filter: OrgUnitFilter, words: string[]) {
  return {
    scope: scope.kind,
    era: filter.campaignId ? ('campaign' as const) : filter.eraId ? ('era' as const) : ('actor' as const),
    search: words.length > 0,
    kind: Boolean(filter.kind),
    parent: filter.parentId === 'root' ? ('root' as const) : filter.parentId ? ('id' as const) : ('none' as const),
    // The first page has no OFFSET: with both LIMIT and OFFSET as parameters PostgreSQL's plan cache rates the generic
    // plan dearer than a custom one (it assumes an offset skipping part of the rows) and plans anew on every run,
    // which is most of the database's time for a list; with LIMIT alone it keeps the generic plan (BENCHMARKS.md).
    offset: filter.page > 1,
  };
}
type ListShape = ReturnType<typeof listShape>;

/** A list's columns: the unit without its path, its child count and parent's name, and the total beside each row. */
const { path: _path, ...unitColumns } = orgUnitColumns;
const listColumns = { ...unitColumns, childCount, parentName, total: totalRows() };

/** The list's statement for one shape, its values as placeholders (bound by listOrgUnits). */
function prepareList(db: Db, shape: ListShape, name: string) {
  const conditions: SQL[] = [preparedOrgUnitScopeWhere(shape.scope)];
  // The era shown: the campaign's when the list serves a campaign (its pickers offer only the units that campaign runs
  // on: a 2026 campaign, the two-tier An Giang units), else the one asked for, else the actor's own.
  if (shape.era === 'campaign') conditions.push(eq(orgUnits.eraId, sql`(select era_id from campaigns where id = ${sql.placeholder('campaignId')})`));
  else if (shape.era === 'era') conditions.push(eq(orgUnits.eraId, sql.placeholder('eraId')));
  else conditions.push(eq(orgUnits.eraId, sql`(select era_id from org_units where id = ${sql.placeholder('actorUnitId')})`));
  // Every word must match, in any order: "noi vu giong rieng" finds "Phòng Nội vụ huyện Giồng Riềng".
  if (shape.search) conditions.push(sql`${orgUnits.searchText} like all (${sql.placeholder('patterns')}::text[])`);
  if (shape.kind) conditions.push(eq(orgUnits.kind, sql.placeholder('kind')));
  if (shape.parent === 'root') {
    if (shape.scope === 'all') conditions.push(isNull(orgUnits.parentId));
    else conditions.push(eq(orgUnits.id, sql.placeholder('actorUnitId')));
  } else if (shape.parent === 'id') conditions.push(eq(orgUnits.parentId, sql.placeholder('parentId')));
  return namedStatement(db, name, listColumns, (columns) => {
    const page = db
      .select(columns)
      .from(orgUnits)
      .where(and(...conditions))
      .orderBy(sql`${orgUnits.sortKey} collate "C"`, asc(orgUnits.code))
      .limit(sql.placeholder('limit'));
    return shape.offset ? page.offset(sql.placeholder('offset')) : page;
  });
}

/**
 * Prepared once per database handle and shape: the list runs on every page of the app, and a named statement spares
 * drizzle the building on each request and, for a first page, PostgreSQL the planning (BENCHMARKS.md, issue 13 §1).
 */
const preparedLists = new WeakMap<Db, Map<string, ReturnType<typeof prepareList>>>();

/** One page of the units the actor may see, in Vietnamese order, with the total — one query. */
export async function listOrgUnits(db: Db, actor: Actor, filter: OrgUnitFilter) {
  const scope = scopeOf(actor);
  const words = searchWords(filter.q);
  const shape = listShape(scope, filter, words);
  const name = `org_units_list_${shape.scope}_${shape.era}_${shape.parent}${shape.search ? '_q' : ''}${shape.kind ? '_k' : ''}${shape.offset ? '_o' : ''}`;
  let byName = preparedLists.get(db);
  if (!byName) preparedLists.set(db, (byName = new Map()));
  let list = byName.get(name);
  if (!list) byName.set(name, (list = prepareList(db, shape, name)));
  const rows = await list.execute({
    scope: orgUnitScopeValue(scope),
    campaignId: filter.campaignId,
    eraId: filter.eraId,
    actorUnitId: actor.unitId,
    patterns: words.map(containsPattern),
    kind: filter.kind,
    parentId: filter.parentId,
    limit: filter.pageSize,
    offset: pageOffset(filter),
  });
  return toPage(rows, (unit) => unit, filter);
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

/** The export's order: parents first (depth), then as the lists sort; (era, code) is unique, so the key is too. */
const exportOrder = [asc(orgUnits.depth), sql`${orgUnits.sortKey} collate "C"`, asc(orgUnits.code)];
const exportKeyColumns = [sql`${orgUnits.depth}`, sql`${orgUnits.sortKey} collate "C"`, sql`${orgUnits.code}`];
export type OrgUnitExportKey = [depth: number, sortKey: string, code: string];

/** Every unit of an era within scope, parents first, with the parent's code — for export (the CLI's file). */
export function orgUnitsForExport(db: DbOrTx, actor: Actor, eraId: string | undefined) {
  return exportSelect(db, actor, eraId, null);
}

/** At most `limit` units of the export after the key `after` (kit/tableStream keysetPages), each with its key. */
export async function orgUnitExportPage(db: DbOrTx, actor: Actor, eraId: string | undefined, after: OrgUnitExportKey | null, limit: number) {
  const rows: (OrgUnitRow & { depth: number; sortKey: string })[] = await exportSelect(db, actor, eraId, after).limit(limit);
  return rows.map(({ depth, sortKey, ...unit }) => ({ ...unit, key: [depth, sortKey, unit.code] as OrgUnitExportKey }));
}

function exportSelect(db: DbOrTx, actor: Actor, eraId: string | undefined, after: OrgUnitExportKey | null) {
  const parent = aliasedTable(orgUnits, 'parent');
  return db
    .select({
      ...describingColumns,
      parentCode: parent.code,
      validFrom: orgUnits.validFrom,
      validTo: orgUnits.validTo,
      depth: orgUnits.depth,
      sortKey: orgUnits.sortKey,
    })
    .from(orgUnits)
    .leftJoin(parent, eq(parent.id, orgUnits.parentId))
    .where(and(orgUnitScopeWhere(scopeOf(actor)), eraId ? eq(orgUnits.eraId, eraId) : eq(orgUnits.eraId, actorEra(actor)), keysetAfter(exportKeyColumns, after)))
    .orderBy(...exportOrder);
}

/** The org-unit export as text rows page by page (kit/tableStream sendTableStream): the rows of orgUnitsToRows over the whole era. */
export async function* orgUnitExportPages(db: DbOrTx, actor: Actor, eraId: string | undefined, pageRows: number): AsyncGenerator<string[][]> {
  type Unit = Awaited<ReturnType<typeof orgUnitExportPage>>[number];
  for await (const page of keysetPages<Unit, OrgUnitExportKey>((after, limit) => orgUnitExportPage(db, actor, eraId, after, limit), (u) => u.key, pageRows)) {
    yield orgUnitsToRows(page).rows;
  }
}
