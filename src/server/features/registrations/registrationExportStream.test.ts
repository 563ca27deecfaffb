import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { parseCsv, toCsv } from '../../../documents/tabular/csv';
import { parseXlsx, toXlsx } from '../../../documents/tabular/xlsx';
import { campaigns, orgUnits, people, registrationIndividuals, registrations, users } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import { ERA_KG_2020 } from '../../../db/seed/orgTreeSeed';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import { PROVINCE_ROLES } from '../../../domain/access/roles';
import { kh34Campaign } from '../../../domain/campaigns/kh34Campaign';
import { registrationsToRows } from '../../../domain/registrations/registrationRows';
import { foldDiacritics } from '../../../domain/text/foldDiacritics';
import { vietnameseSortKey } from '../../../domain/text/vietnameseSortKey';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

/**
 * The registrations export is streamed by keyset pages of sheet rows (kit/tableStream). With pages of 3 rows the
 * export below is read in several pages, registrations cut between pages; it must be the file the in-memory way built
 * (every registration and individual read at once, toXlsx / toCsv), row for row, and keep to the reader's scope.
 */
let t: TestApp;
let campaignId: string;
let secretariat: Session;
const clock = new Date('2020-03-20T10:00:00+07:00');

const PAGE_ROWS = 3;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function addRegistration(unitCode: string, createdById: string, names: string[]) {
  const db = t.database.db;
  const unit = await t.unit(unitCode);
  const [reg] = await db.insert(registrations).values({ campaignId, orgUnitId: unit.id, content: `Tập thể ${unitCode}`, createdById }).returning({ id: registrations.id });
  for (const [i, fullName] of names.entries()) {
    const position = `Chức vụ ${i + 1}`;
    const [person] = await db.insert(people).values({ fullName, position, orgUnitId: unit.id, searchText: foldDiacritics(fullName), sortKey: vietnameseSortKey(fullName) }).returning({ id: people.id });
    // Form order first, not name order: the sheet keeps the order of the form.
    await db.insert(registrationIndividuals).values({ registrationId: reg.id, campaignId, personId: person.id, position, content: `Cá nhân ${fullName}`, sortOrder: names.length - i });
  }
}

beforeAll(async () => {
  t = await createTestApp({ exportPageRows: PAGE_ROWS }, { now: () => clock });
  secretariat = await t.login('secretariat');
  const [campaign] = await t.database.db
    .insert(campaigns)
    .values({ year: 2020, planNumber: kh34Campaign.planNumber, planDate: kh34Campaign.planDate, eraId: ERA_KG_2020, status: 'registration_open', definition: kh34Campaign })
    .returning({ id: campaigns.id });
  campaignId = campaign.id;
  // Communes of two districts, a district without individuals, a department: more rows than a page, and
  // registrations of 5 and 4 rows cut between pages.
  await addRegistration('30904', t.users.officerTTGR, ['Trần Thị Bình', 'Nguyễn Văn An', 'Lê Văn Cường', 'Đặng Thị Dung', 'Phạm Văn Em']);
  await addRegistration('30817', t.users.officerHD, ['Lê Văn Đễ', 'Võ Thị Giang']);
  await addRegistration('906', t.users.aggregatorGR, []);
  await addRegistration('SNV-CCHC', t.users.secretariat, ['Hồ Văn Hải', 'Ánh Thị Ích', 'Bùi Văn Khánh', 'Cao Thị Lan']);
});
afterAll(async () => t?.close());

/** The export as it was built in memory before it was streamed: two queries, every registration at once. */
async function inMemoryTable(actor: Actor) {
  const db = t.database.db;
  const regs = await db
    .select({ id: registrations.id, content: registrations.content, unitCode: orgUnits.code, unitName: orgUnits.name, preparerName: users.fullName, preparerRole: users.role })
    .from(registrations)
    .innerJoin(orgUnits, eq(orgUnits.id, registrations.orgUnitId))
    .leftJoin(users, eq(users.id, registrations.createdById))
    .where(and(eq(registrations.campaignId, campaignId), orgUnitScopeWhere(scopeOf(actor))))
    .orderBy(asc(orgUnits.sortKey), asc(orgUnits.code));
  const individuals = await db
    .select({ registrationId: registrationIndividuals.registrationId, fullName: people.fullName, position: registrationIndividuals.position, content: registrationIndividuals.content })
    .from(registrationIndividuals)
    .innerJoin(people, eq(people.id, registrationIndividuals.personId))
    .where(inArray(registrationIndividuals.registrationId, regs.length ? regs.map((r) => r.id) : ['00000000-0000-0000-0000-000000000000']))
    .orderBy(asc(registrationIndividuals.sortOrder), asc(people.sortKey));
  return registrationsToRows(
    regs.map((r) => ({
      unitCode: r.unitCode,
      unitName: r.unitName,
      content: r.content,
      individuals: individuals.filter((i) => i.registrationId === r.id).map(({ fullName, position, content }) => ({ fullName, position, content })),
      preparedBy: r.preparerName && r.preparerRole && !PROVINCE_ROLES.includes(r.preparerRole) ? r.preparerName : '',
    })),
  );
}

async function actorOf(session: Session): Promise<Actor> {
  const [row] = (await t.database.db.execute(sql`select u.role, u.org_unit_id, o.path from users u join org_units o on o.id = u.org_unit_id where u.id = ${session.userId}`)).rows;
  return { userId: session.userId, role: row.role as Actor['role'], unitId: String(row.org_unit_id), unitPath: String(row.path) };
}

const exportOf = (as: Session, format: 'xlsx' | 'csv') => t.req(as, { method: 'GET', url: `/api/campaigns/${campaignId}/registrations/export`, query: { format } });

describe('streamed registrations export', () => {
  it('is, in XLSX read over several pages, the file built in memory: no row lost or repeated', async () => {
    const res = await exportOf(secretariat, 'xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const streamed = await parseXlsx(res.rawPayload, { inProcess: true });
    const table = await inMemoryTable(await actorOf(secretariat));
    const inMemory = await parseXlsx(await toXlsx('Đăng ký thi đua', table.header, table.rows, table.widths, table.formats), { inProcess: true });
    expect(streamed).toEqual(inMemory);
    // One row per individual, one for the registration without any: counted in SQL.
    const [{ n }] = (await t.database.db.execute(sql`select count(*)::int as n from registration_individuals where campaign_id = ${campaignId}`)).rows;
    expect(streamed.length - 1).toBe(Number(n) + 1);
    expect(streamed.length - 1).toBeGreaterThan(3 * PAGE_ROWS);
    const keys = streamed.slice(1).map((r) => `${r[0]}|${r[3]}`);
    expect(new Set(keys).size).toBe(keys.length);
    // The form's order within a registration, not the names' order.
    expect(streamed.filter((r) => r[0] === '30904').map((r) => r[3])).toEqual(['Phạm Văn Em', 'Đặng Thị Dung', 'Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình']);
  });

  it('is, in CSV, the text toCsv writes', async () => {
    const res = await exportOf(secretariat, 'csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const table = await inMemoryTable(await actorOf(secretariat));
    expect(res.body).toBe(toCsv(table.header, table.rows));
  });

  it('gives a district only its own units’ rows, counted independently in SQL', async () => {
    const district = await t.login('aggregatorGR');
    const res = await exportOf(district, 'csv');
    const rows = parseCsv(res.body).slice(1);
    const path = (await t.unit('906')).path;
    const [{ n }] = (await t.database.db.execute(
      sql`select count(*)::int as n from registrations r join org_units o on o.id = r.org_unit_id left join registration_individuals i on i.registration_id = r.id
          where r.campaign_id = ${campaignId} and o.path like ${`${path}%`}`,
    )).rows;
    expect(rows.length).toBe(Number(n));
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['30904', '906']));
    const table = await inMemoryTable(await actorOf(district));
    expect(res.body).toBe(toCsv(table.header, table.rows));
  });

  it('re-imports as it is (dry run: nothing to change, no error)', async () => {
    const exported = await exportOf(secretariat, 'xlsx');
    const res = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/registrations/import`, query: { format: 'xlsx', dryRun: 'true' }, headers: { 'content-type': XLSX }, payload: exported.rawPayload });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, errors: [], created: 0, updated: 0, unchanged: 4 });
  });
});
