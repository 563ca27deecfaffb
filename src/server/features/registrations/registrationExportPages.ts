import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { orgUnits, people, registrationIndividuals, registrations, users } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import { PROVINCE_ROLES } from '../../../domain/access/roles';
import { registrationsToRows, type RegistrationSheetEntry } from '../../../domain/registrations/registrationRows';
import { keysetAfter, keysetPages } from '../../kit/tableStream';

/** A registration without individuals is one row: its individual's key columns are these. */
const NO_INDIVIDUAL = '00000000-0000-0000-0000-000000000000';

/**
 * The sheet's order as keyset columns: units in Vietnamese order (org_units_sort_c serves it), then each
 * registration's individuals by their order on the form and name; ids make the key unique.
 */
const exportOrder = [
  sql`${orgUnits.sortKey} collate "C"`,
  sql`${orgUnits.code} collate "C"`,
  sql`${registrations.id}`,
  sql`coalesce(${registrationIndividuals.sortOrder}, 0)`,
  sql`coalesce(${people.sortKey}, '') collate "C"`,
  sql`coalesce(${registrationIndividuals.id}, ${NO_INDIVIDUAL}::uuid)`,
];

/** The key of a sheet row in the export's order (keysetAfter's `after`). */
export type RegistrationExportKey = [unitSortKey: string, unitCode: string, registrationId: string, sortOrder: number, personSortKey: string, individualId: string];

/**
 * One page of a campaign's registrations in the actor's scope (a district sees its own units and its communes), one
 * row per individual (a registration without any: one row), at most `limit` rows after the key `after`.
 */
export async function registrationExportPage(db: DbOrTx, actor: Actor, campaignId: string, after: RegistrationExportKey | null, limit: number) {
  const rows = await db
    .select({
      registrationId: registrations.id,
      content: registrations.content,
      unitCode: orgUnits.code,
      unitName: orgUnits.name,
      unitSortKey: orgUnits.sortKey,
      preparerName: users.fullName,
      preparerRole: users.role,
      individualId: registrationIndividuals.id,
      sortOrder: sql<number>`coalesce(${registrationIndividuals.sortOrder}, 0)`,
      personSortKey: sql<string>`coalesce(${people.sortKey}, '')`,
      fullName: people.fullName,
      position: registrationIndividuals.position,
      individualContent: registrationIndividuals.content,
    })
    .from(registrations)
    .innerJoin(orgUnits, eq(orgUnits.id, registrations.orgUnitId))
    .leftJoin(users, eq(users.id, registrations.createdById))
    .leftJoin(registrationIndividuals, eq(registrationIndividuals.registrationId, registrations.id))
    .leftJoin(people, eq(people.id, registrationIndividuals.personId))
    .where(and(eq(registrations.campaignId, campaignId), orgUnitScopeWhere(scopeOf(actor)), keysetAfter(exportOrder, after)))
    .orderBy(...exportOrder)
    .limit(limit);
  return rows.map((r) => ({ ...r, key: [r.unitSortKey, r.unitCode, r.registrationId, Number(r.sortOrder), r.personSortKey, r.individualId ?? NO_INDIVIDUAL] as RegistrationExportKey }));
}

type Line = Awaited<ReturnType<typeof registrationExportPage>>[number];

/** A page's rows as sheet entries: consecutive rows of one registration make one entry. */
function entriesOf(page: readonly Line[]): RegistrationSheetEntry[] {
  const entries: RegistrationSheetEntry[] = [];
  let last: string | null = null;
  for (const r of page) {
    if (r.registrationId !== last) {
      entries.push({
        unitCode: r.unitCode,
        unitName: r.unitName,
        content: r.content,
        individuals: [],
        // As the printed form: a province account is never the unit's preparer.
        preparedBy: r.preparerName && r.preparerRole && !PROVINCE_ROLES.includes(r.preparerRole) ? r.preparerName : '',
      });
      last = r.registrationId;
    }
    if (r.individualId) entries[entries.length - 1].individuals.push({ fullName: r.fullName ?? '', position: r.position ?? '', content: r.individualContent ?? '' });
  }
  return entries;
}

/**
 * The registrations sheet of a campaign in the actor's scope as text rows page by page (kit/tableStream
 * sendTableStream), read by keyset pages of `pageRows` sheet rows. A registration cut between two pages gives the same
 * rows as whole: each individual is a row repeating the unit's columns.
 */
export async function* registrationExportPages(db: DbOrTx, actor: Actor, campaignId: string, pageRows: number): AsyncGenerator<string[][]> {
  for await (const page of keysetPages<Line, RegistrationExportKey>((after, limit) => registrationExportPage(db, actor, campaignId, after, limit), (r) => r.key, pageRows)) {
    yield registrationsToRows(entriesOf(page)).rows;
  }
}
