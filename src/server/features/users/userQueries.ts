import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client';
import { orgUnits, users } from '../../../db/schema';
import type { Role } from '../../../domain/access/roles';
import { containsPattern } from '../../kit/likePattern';
import type { AccountUnit } from '../../../domain/access/policies/accountUnit';
import { pageOffset, toPage, totalRows } from '../../kit/pagedList';

const userColumns = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  email: users.email,
  role: users.role,
  orgUnitId: users.orgUnitId,
  unitName: orgUnits.name,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
};

/** An account as the administration pages show it (never its password hash). */
export type UserRecord = { id: string; username: string; fullName: string; email: string | null; role: Role; orgUnitId: string; unitName: string; active: boolean; mustChangePassword: boolean; createdAt: Date };

export const presentUser = (u: UserRecord) => ({ ...u, role: u.role as never, createdAt: new Date(u.createdAt).toISOString() });

/** An account with its unit's name, or null. */
export async function findUser(db: DbOrTx, id: string): Promise<UserRecord | null> {
  const [u] = await db.select(userColumns).from(users).innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId)).where(eq(users.id, id));
  return u ?? null;
}

const parentUnit = alias(orgUnits, 'parent_unit');

/** An org unit with its parent, as `accountUnitProblem` judges it, or null when it does not exist. */
export async function findAccountUnit(db: DbOrTx, id: string): Promise<AccountUnit | null> {
  const [u] = await db
    .select({ kind: orgUnits.kind, name: orgUnits.name, parentKind: parentUnit.kind, parentName: parentUnit.name })
    .from(orgUnits)
    .leftJoin(parentUnit, eq(parentUnit.id, orgUnits.parentId))
    .where(eq(orgUnits.id, id));
  if (!u) return null;
  return { kind: u.kind, name: u.name, parent: u.parentKind && u.parentName ? { kind: u.parentKind, name: u.parentName } : null };
}

/** One page of accounts, by username; `q` matches the username or the full name. */
export async function listUsers(db: DbOrTx, filter: { q?: string; role?: Role; active?: 'true' | 'false'; page: number; pageSize: number }) {
  const { q, role, active, page, pageSize } = filter;
  const where: SQL[] = [];
  if (q?.trim()) where.push(or(ilike(users.username, containsPattern(q.trim())), ilike(users.fullName, containsPattern(q.trim())))!);
  if (role) where.push(eq(users.role, role));
  if (active) where.push(eq(users.active, active === 'true'));
  const rows = await db
    .select({ ...userColumns, total: totalRows() })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(users.username))
    .limit(pageSize)
    .offset(pageOffset(filter));
  return toPage(rows, presentUser, filter);
}
