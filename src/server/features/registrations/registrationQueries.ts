import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, inArray, like, ne, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { orgUnits, people, registrationIndividuals, registrations } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import {
  REGISTRATION_STATUS_LABELS,
  type RegisteredPerson,
  type RegistrationStatus,
} from '../../../domain/campaigns/registrationRules';
import type { RegistrationUnit } from '../../../domain/campaigns/registrationScope';
import { registrationAbilities } from '../../../domain/access/policies/registration';
import { checkRegistrationOpen } from '../../../domain/campaigns/registrationWindow';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { foldDiacritics } from '../../../domain/text/foldDiacritics';
import { notFound } from '../../errors';
import { containsPattern } from '../../kit/likePattern';
import { pageOffset, toPage, totalRows } from '../../kit/pagedList';

/** An org unit with what the registration rules need (its parent's kind decides who reviews it). */
export type RegistrationUnitRow = RegistrationUnit & { code: string; name: string; eraId: string };

const parentUnit = alias(orgUnits, 'parent_unit');
// The unit columns the registration rules need; alike in shape to the org-unit lists' on purpose (each names its own columns).
const unitColumns = {
  id: orgUnits.id,
  code: orgUnits.code,
  name: orgUnits.name,
  path: orgUnits.path,
  kind: orgUnits.kind,
  parUnitLevel: orgUnits.parUnitLevel,
  eraId: orgUnits.eraId,
  parentKind: parentUnit.kind,
};

/** A unit with its parent's kind, or null. */
export async function loadRegistrationUnit(db: DbOrTx, id: string): Promise<RegistrationUnitRow | null> {
  const [row] = await db.select(unitColumns).from(orgUnits).leftJoin(parentUnit, eq(parentUnit.id, orgUnits.parentId)).where(eq(orgUnits.id, id));
  return (row as RegistrationUnitRow | undefined) ?? null;
}

export type RegistrationRecord = typeof registrations.$inferSelect & { status: RegistrationStatus; unit: RegistrationUnitRow };

/**
 * A registration with its unit, or a 404. Scope is checked by the caller with `authorize` on the unit.
 * @param forUpdate lock the row for a status change or an edit
 */
export async function loadRegistration(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<RegistrationRecord> {
  const query = db.select({ registration: registrations, unit: unitColumns }).from(registrations).innerJoin(orgUnits, eq(orgUnits.id, registrations.orgUnitId)).leftJoin(parentUnit, eq(parentUnit.id, orgUnits.parentId)).where(eq(registrations.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: registrations }) : await query;
  if (!row) throw notFound('Bản đăng ký thi đua');
  return { ...row.registration, status: row.registration.status as RegistrationStatus, unit: row.unit as RegistrationUnitRow };
}

const individualCount = sql<number>`(select count(*) from registration_individuals ri where ri.registration_id = "registrations"."id")::int`;

function presentSummary(r: typeof registrations.$inferSelect, unit: { code: string; name: string }, count: number) {
  const status = r.status as RegistrationStatus;
  return {
    id: r.id,
    campaignId: r.campaignId,
    orgUnitId: r.orgUnitId,
    unitCode: unit.code,
    unitName: unit.name,
    status,
    statusLabel: REGISTRATION_STATUS_LABELS[status],
    content: r.content,
    individualCount: count,
    submittedAt: r.submittedAt ? new Date(r.submittedAt).toISOString() : null,
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

/** One page of a campaign's registrations in the actor's scope (filtered in SQL), in Vietnamese unit order. */
export async function listRegistrations(
  db: DbOrTx,
  actor: Actor,
  campaignId: string,
  filter: { status?: RegistrationStatus; orgUnitId?: string; q?: string; page: number; pageSize: number },
) {
  const where: SQL[] = [eq(registrations.campaignId, campaignId), orgUnitScopeWhere(scopeOf(actor))];
  if (filter.status) where.push(eq(registrations.status, filter.status));
  if (filter.orgUnitId) where.push(eq(registrations.orgUnitId, filter.orgUnitId));
  if (filter.q?.trim()) where.push(like(orgUnits.searchText, containsPattern(foldDiacritics(filter.q))));
  const rows = await db
    .select({ registration: registrations, code: orgUnits.code, name: orgUnits.name, count: individualCount, total: totalRows() })
    .from(registrations)
    .innerJoin(orgUnits, eq(orgUnits.id, registrations.orgUnitId))
    .where(and(...where))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`, asc(orgUnits.code))
    .limit(filter.pageSize)
    .offset(pageOffset(filter));
  return toPage(rows, (r) => presentSummary(r.registration, r, r.count), filter);
}

/** The individuals of a registration, in form order, with their person's name. */
export async function registrationIndividualsOf(db: DbOrTx, registrationId: string) {
  return db
    .select({ id: registrationIndividuals.id, personId: registrationIndividuals.personId, fullName: people.fullName, position: registrationIndividuals.position, content: registrationIndividuals.content })
    .from(registrationIndividuals)
    .innerJoin(people, eq(people.id, registrationIndividuals.personId))
    .where(eq(registrationIndividuals.registrationId, registrationId))
    .orderBy(asc(registrationIndividuals.sortOrder), asc(registrationIndividuals.id));
}

/**
 * The registration as the API shows it, with what the actor may do with it now and whether the registration window
 * (II.3.b, or Sở Nội vụ's late acceptance of this unit) is open at `asOf`: the form is read-only, with that reason
 * in view, instead of refusing only on save.
 */
export async function presentRegistration(db: DbOrTx, actor: Actor, r: RegistrationRecord, campaign: Pick<CampaignRecord, 'status' | 'definition'>, asOf: Date) {
  const individuals = await registrationIndividualsOf(db, r.id);
  const window = checkRegistrationOpen({ asOf, campaign: campaign.definition, status: campaign.status, override: r.lateOverrideReason ? { reason: r.lateOverrideReason } : undefined });
  return {
    ...presentSummary(r, r.unit, individuals.length),
    returnReason: r.returnReason,
    lateOverrideReason: r.lateOverrideReason,
    version: r.version,
    individuals,
    window: { open: window.allowed, message: window.message },
    can: registrationAbilities(actor, { ...r, windowOpen: window.allowed }),
  };
}

/**
 * People of `personIds` already listed on the campaign's other registrations, with the unit that lists them,
 * for `findDuplicatePeople` (identity is the person id, never the name).
 */
export async function peopleRegisteredElsewhere(db: DbOrTx, campaignId: string, personIds: string[], exceptRegistrationId: string | null): Promise<RegisteredPerson[]> {
  if (personIds.length === 0) return [];
  const where: SQL[] = [eq(registrationIndividuals.campaignId, campaignId), inArray(registrationIndividuals.personId, personIds)];
  if (exceptRegistrationId) where.push(ne(registrationIndividuals.registrationId, exceptRegistrationId));
  return db
    .select({ personId: registrationIndividuals.personId, fullName: people.fullName, unitName: orgUnits.name })
    .from(registrationIndividuals)
    .innerJoin(people, eq(people.id, registrationIndividuals.personId))
    .innerJoin(registrations, eq(registrations.id, registrationIndividuals.registrationId))
    .innerJoin(orgUnits, eq(orgUnits.id, registrations.orgUnitId))
    .where(and(...where));
}
