import { and, desc, eq, ilike, like, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { initiatives, orgUnits } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import { mayEditInitiative } from '../../../domain/access/policies/initiative';
import { foldDiacritics } from '../../../domain/text/foldDiacritics';
import { notFound, validation, type FieldError } from '../../errors';
import { containsPattern } from '../../kit/likePattern';
import { findCampaign } from '../campaigns/campaignQueries';
import { pageOffset, toPage, totalRows } from '../../kit/pagedList';

const columns = {
  initiative: initiatives,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  unitKind: orgUnits.kind,
};

/** An initiative with the unit it belongs to. */
export type InitiativeRow = { initiative: typeof initiatives.$inferSelect; unitName: string; unitPath: string; unitKind: string };

export function presentInitiative(actor: Actor, r: InitiativeRow) {
  const i = r.initiative;
  return {
    id: i.id,
    campaignId: i.campaignId,
    orgUnitId: i.orgUnitId,
    unitName: r.unitName,
    title: i.title,
    description: i.description,
    effect: i.effect,
    periodFrom: i.periodFrom,
    periodTo: i.periodTo,
    createdAt: new Date(i.createdAt).toISOString(),
    updatedAt: new Date(i.updatedAt).toISOString(),
    canEdit: mayEditInitiative(actor, { id: i.orgUnitId, path: r.unitPath, kind: r.unitKind }),
  };
}

/**
 * One page of initiatives in the actor's scope (SQL), newest first.
 * Alike in shape to the other paged lists on purpose (kit/pagedList): the columns, filters and order are its own.
 */
export async function listInitiatives(db: DbOrTx, actor: Actor, filter: { campaignId?: string; orgUnitId?: string; q?: string; page: number; pageSize: number }) {
  const where: SQL[] = [orgUnitScopeWhere(scopeOf(actor))];
  if (filter.campaignId) where.push(eq(initiatives.campaignId, filter.campaignId));
  if (filter.orgUnitId) where.push(eq(initiatives.orgUnitId, filter.orgUnitId));
  if (filter.q?.trim()) {
    where.push(or(ilike(initiatives.title, containsPattern(filter.q.trim())), like(orgUnits.searchText, containsPattern(foldDiacritics(filter.q))))!);
  }
  const rows = await db
    .select({ ...columns, total: totalRows() })
    .from(initiatives)
    .innerJoin(orgUnits, eq(orgUnits.id, initiatives.orgUnitId))
    .where(and(...where))
    .orderBy(desc(initiatives.createdAt), desc(initiatives.id))
    .limit(filter.pageSize)
    .offset(pageOffset(filter));
  return toPage(rows, (r) => presentInitiative(actor, r), filter);
}

/** An initiative with its unit, or a 404 (scope is checked by the caller). */
export async function loadInitiative(db: DbOrTx, id: string): Promise<InitiativeRow> {
  const [row] = await db.select(columns).from(initiatives).innerJoin(orgUnits, eq(orgUnits.id, initiatives.orgUnitId)).where(eq(initiatives.id, id));
  if (!row) throw notFound('Sáng kiến, giải pháp');
  return row;
}

/** Field checks the schema cannot make alone: the period's order and that the campaign exists. */
export async function checkInitiativeFields(db: DbOrTx, values: { campaignId?: string | null; periodFrom?: string | null; periodTo?: string | null }): Promise<void> {
  const fields: FieldError[] = [];
  if (values.periodFrom && values.periodTo && values.periodTo < values.periodFrom) {
    fields.push({ path: 'periodTo', message: 'Thời gian áp dụng đến: không được trước ngày bắt đầu' });
  }
  if (values.campaignId) {
    if (!(await findCampaign(db, values.campaignId))) fields.push({ path: 'campaignId', message: 'Đợt thi đua: không tồn tại' });
  }
  if (fields.length) throw validation(fields);
}
