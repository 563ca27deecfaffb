import { and, asc, eq, like, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { orgUnits, people } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import type { Actor } from '../../../domain/access/actor';
import { mayManagePerson } from '../../../domain/access/policies/person';
import { scopeOf } from '../../../domain/access/scope';
import { foldDiacritics } from '../../../domain/text/foldDiacritics';
import { notFound } from '../../errors';
import { containsPattern } from '../../kit/likePattern';
import { pageOffset, toPage, totalRows } from '../../kit/pagedList';

const columns = { person: people, unitName: orgUnits.name, unitPath: orgUnits.path };

/** A person with the unit they are recorded in. */
export type PersonRow = { person: typeof people.$inferSelect; unitName: string; unitPath: string };

export function presentPerson(actor: Actor, r: PersonRow) {
  const p = r.person;
  return {
    id: p.id,
    fullName: p.fullName,
    position: p.position,
    orgUnitId: p.orgUnitId,
    unitName: r.unitName,
    birthYear: p.birthYear,
    gender: p.gender as 'male' | 'female' | null,
    createdAt: new Date(p.createdAt).toISOString(),
    updatedAt: new Date(p.updatedAt).toISOString(),
    canEdit: mayManagePerson(actor, { id: p.orgUnitId, path: r.unitPath }),
  };
}

/**
 * One page of people in the actor's scope (SQL), in Vietnamese name order; `q` is matched without diacritics.
 * Alike in shape to the other paged lists on purpose (kit/pagedList): the columns, filters and order are its own.
 */
export async function listPeople(db: DbOrTx, actor: Actor, filter: { orgUnitId?: string; q?: string; page: number; pageSize: number }) {
  const where: SQL[] = [orgUnitScopeWhere(scopeOf(actor))];
  if (filter.orgUnitId) where.push(eq(people.orgUnitId, filter.orgUnitId));
  const q = foldDiacritics(filter.q ?? '');
  if (q) where.push(like(people.searchText, containsPattern(q)));
  const rows = await db
    .select({ ...columns, total: totalRows() })
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId))
    .where(and(...where))
    // The sort key is built for byte order (src/domain/text/vietnameseSortKey.ts), whatever the database locale.
    .orderBy(sql`${people.sortKey} collate "C"`, asc(people.id))
    .limit(filter.pageSize)
    .offset(pageOffset(filter));
  return toPage(rows, (r) => presentPerson(actor, r), filter);
}

/** A person with their unit, or a 404 (scope is checked by the caller). */
export async function loadPerson(db: DbOrTx, id: string): Promise<PersonRow> {
  const [row] = await db.select(columns).from(people).innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId)).where(eq(people.id, id));
  if (!row) throw notFound('Cá nhân');
  return row;
}

/** The unit a person is recorded in, or a 404 (scope is checked by the caller). */
export async function loadPersonUnit(db: DbOrTx, id: string): Promise<{ id: string; path: string }> {
  const [unit] = await db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, id));
  if (!unit) throw notFound('Đơn vị');
  return unit;
}
