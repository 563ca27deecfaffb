import { and, asc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { orgUnits, people, ratings } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import type { Rating } from '../../../domain/eligibility/eligibilityRules';
import type { RatingKind, RatingSubject } from '../../../domain/ratings/ratingRows';
import { pageOffset, toPage, totalRows } from '../../kit/pagedList';
import { keysetAfter } from '../../kit/tableStream';

export type RatingFilter = {
  year: number;
  subject?: RatingSubject;
  kind?: RatingKind;
  orgUnitId?: string;
  page: number;
  pageSize: number;
};

const columns = {
  id: ratings.id,
  year: ratings.year,
  kind: ratings.kind,
  rating: ratings.rating,
  orgUnitId: ratings.orgUnitId,
  orgUnitCode: orgUnits.code,
  orgUnitName: orgUnits.name,
  personId: ratings.personId,
  fullName: people.fullName,
  position: people.position,
  source: ratings.source,
  updatedAt: ratings.updatedAt,
};

function conditions(actor: Actor, filter: Omit<RatingFilter, 'page' | 'pageSize'>): SQL[] {
  const where: SQL[] = [orgUnitScopeWhere(scopeOf(actor)), eq(ratings.year, filter.year)];
  if (filter.subject === 'unit') where.push(isNull(ratings.personId));
  if (filter.subject === 'person') where.push(isNotNull(ratings.personId));
  if (filter.kind) where.push(eq(ratings.kind, filter.kind));
  if (filter.orgUnitId) where.push(eq(ratings.orgUnitId, filter.orgUnitId));
  return where;
}

/** One page of a year's ratings in the actor's scope (filtered in SQL), units in Vietnamese order, with the total. */
export async function listRatings(db: DbOrTx, actor: Actor, filter: RatingFilter) {
  const rows = await db
    .select({ ...columns, total: totalRows() })
    .from(ratings)
    .innerJoin(orgUnits, eq(orgUnits.id, ratings.orgUnitId))
    .leftJoin(people, eq(people.id, ratings.personId))
    .where(and(...conditions(actor, filter)))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`, sql`${people.sortKey} collate "C" nulls first`, asc(ratings.kind), asc(ratings.id))
    .limit(filter.pageSize)
    .offset(pageOffset(filter));
  return toPage(rows, (row) => ({ ...row, kind: row.kind as RatingKind, rating: row.rating as Rating }), filter);
}

/** The export's order as keyset columns: the list's order, a unit's own rows ('' person key) before its people's. */
const exportOrder = [sql`${orgUnits.sortKey} collate "C"`, sql`coalesce(${people.sortKey}, '') collate "C"`, sql`${ratings.kind}`, sql`${ratings.id}`];

/** The key of a rating in the export's order (keysetAfter's `after`). */
export type RatingExportKey = [unitSortKey: string, personSortKey: string, kind: string, id: string];

/**
 * One page of a year's ratings in the actor's scope for the export, in the list's order: at most `limit` ratings after the key `after` (kit/tableStream
 * keysetPages), each with its key.
 */
export async function ratingExportPage(db: DbOrTx, actor: Actor, filter: Omit<RatingFilter, 'page' | 'pageSize'>, after: RatingExportKey | null, limit: number) {
  const rows = await db
    .select({ ...columns, unitSortKey: orgUnits.sortKey, personSortKey: sql<string>`coalesce(${people.sortKey}, '')` })
    .from(ratings)
    .innerJoin(orgUnits, eq(orgUnits.id, ratings.orgUnitId))
    .leftJoin(people, eq(people.id, ratings.personId))
    .where(and(...conditions(actor, filter), keysetAfter(exportOrder, after)))
    .orderBy(...exportOrder)
    .limit(limit);
  return rows.map(({ unitSortKey, personSortKey, ...row }) => ({
    ...row,
    kind: row.kind as RatingKind,
    rating: row.rating as Rating,
    key: [unitSortKey, personSortKey, row.kind, row.id] as RatingExportKey,
  }));
}
