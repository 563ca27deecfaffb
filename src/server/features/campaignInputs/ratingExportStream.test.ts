import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { parseCsv, toCsv } from '../../../documents/tabular/csv';
import { parseXlsx, toXlsx } from '../../../documents/tabular/xlsx';
import { parTaskConfirmations, ratings } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { ratingsToRows, withParTaskConfirmations } from '../../../domain/ratings/ratingRows';
import { createPerson } from '../../kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';
import { listParTaskConfirmations } from './parTaskConfirmationQueries';
import { ratingExportPage } from './ratingQueries';

/**
 * The ratings export is streamed by keyset pages (kit/tableStream). With pages of 3 rows the 2020 export below is read
 * in several pages; it must be the file the in-memory way builds (every rating read at once, toXlsx / toCsv), row for
 * row, and keep to the reader's scope.
 */
let t: TestApp;
let secretariat: Session;

const PAGE_ROWS = 3;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeAll(async () => {
  t = await createTestApp({ exportPageRows: PAGE_ROWS });
  secretariat = await t.login('secretariat');
  const db = t.database.db;
  const levels = ['outstanding', 'good', 'adequate', 'failed'] as const;
  let n = 0;
  // Two communes of two districts (Giồng Riềng 906, Hòn Đất), a department; people with the same name in one unit
  // (equal sort keys: the key's id tells them apart), unit ratings of both kinds.
  for (const code of ['30904', '30817', 'SNV-CCHC']) {
    const unit = await t.unit(code);
    await db.insert(ratings).values({ year: 2020, kind: 'overall', orgUnitId: unit.id, rating: levels[n++ % 4] });
    await db.insert(ratings).values({ year: 2020, kind: 'par_task', orgUnitId: unit.id, rating: levels[n++ % 4] });
    for (const name of ['Trần Thị Bình', 'Nguyễn Văn An', 'Nguyễn Văn An', 'Lê Văn Cường', 'Đặng Thị Dung']) {
      const personId = await createPerson(db, unit.id, name);
      await db.insert(ratings).values({ year: 2020, kind: 'overall', orgUnitId: unit.id, personId, rating: levels[n++ % 4] });
    }
    // The head's confirmation of a rated person, and of one not rated yet (comes after the rated rows).
    const [rated] = (await db.execute(sql`select person_id from ratings where org_unit_id = ${unit.id} and person_id is not null limit 1`)).rows;
    await db.insert(parTaskConfirmations).values({ year: 2020, personId: String(rated.person_id), orgUnitId: unit.id, excellent: true, directlyDoesParWork: code === '30904' });
    const unrated = await createPerson(db, unit.id, 'Phạm Văn Em');
    await db.insert(parTaskConfirmations).values({ year: 2020, personId: unrated, orgUnitId: unit.id, excellent: false });
  }
});
afterAll(async () => t?.close());

/** The export as it was built in memory: every rating at once, merged, written by toXlsx / toCsv. */
async function inMemoryTable(actor: Actor) {
  const db = t.database.db;
  const rows = await ratingExportPage(db, actor, { year: 2020 }, null, 1_000_000);
  const confirmations = await listParTaskConfirmations(db, actor, 2020);
  return ratingsToRows(
    withParTaskConfirmations(
      rows.map((r) => ({ year: r.year, unitCode: r.orgUnitCode, unitName: r.orgUnitName, personId: r.personId, fullName: r.fullName, kind: r.kind, rating: r.rating })),
      confirmations.map((c) => ({ ...c, unitCode: c.orgUnitCode, unitName: c.orgUnitName })),
    ),
  );
}

async function actorOf(name: 'secretariat' | 'aggregatorGR', session: Session): Promise<Actor> {
  const [row] = (await t.database.db.execute(sql`select u.role, u.org_unit_id, o.path from users u join org_units o on o.id = u.org_unit_id where u.id = ${session.userId}`)).rows;
  return { userId: session.userId, role: row.role as Actor['role'], unitId: String(row.org_unit_id), unitPath: String(row.path) };
}

describe('streamed ratings export', () => {
  it('is, in XLSX read over several pages, the file built in memory: no row lost or repeated', async () => {
    const res = await t.req(secretariat, { method: 'GET', url: '/api/ratings/export', query: { year: '2020', format: 'xlsx' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const streamed = await parseXlsx(res.rawPayload, { inProcess: true });
    const table = await inMemoryTable(await actorOf('secretariat', secretariat));
    const inMemory = await parseXlsx(await toXlsx('Xếp loại 2020', table.header, table.rows, table.widths, table.formats), { inProcess: true });
    expect(streamed).toEqual(inMemory);
    // Every rating once, then the confirmed people not rated: more rows than one page holds.
    const [{ n }] = (await t.database.db.execute(sql`select count(*)::int as n from ratings where year = 2020`)).rows;
    expect(streamed.length - 1).toBe(Number(n) + 3);
    expect(streamed.length - 1).toBeGreaterThan(4 * PAGE_ROWS);
    const keys = streamed.slice(1).map((r) => `${r[2]}|${r[4]}|${r[6]}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is, in CSV, the text toCsv writes', async () => {
    const res = await t.req(secretariat, { method: 'GET', url: '/api/ratings/export', query: { year: '2020', format: 'csv' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const table = await inMemoryTable(await actorOf('secretariat', secretariat));
    expect(res.body).toBe(toCsv(table.header, table.rows));
  });

  it('gives a district only its own units’ rows, counted independently in SQL', async () => {
    const district = await t.login('aggregatorGR');
    const res = await t.req(district, { method: 'GET', url: '/api/ratings/export', query: { year: '2020', format: 'csv' } });
    const rows = parseCsv(res.body).slice(1);
    const path = (await t.unit('906')).path;
    const [{ n }] = (await t.database.db.execute(sql`select count(*)::int as n from ratings r join org_units o on o.id = r.org_unit_id where r.year = 2020 and o.path like ${`${path}%`}`)).rows;
    // The district's ratings, plus its commune's confirmed person not rated.
    expect(rows.length).toBe(Number(n) + 1);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['30904']));
    const table = await inMemoryTable(await actorOf('aggregatorGR', district));
    expect(res.body).toBe(toCsv(table.header, table.rows));
  });

  it('re-imports as it is (dry run: nothing to change, no error)', async () => {
    const exported = await t.req(secretariat, { method: 'GET', url: '/api/ratings/export', query: { year: '2020', format: 'xlsx' } });
    const res = await t.req(secretariat, { method: 'POST', url: '/api/ratings/import', query: { year: '2020', format: 'xlsx', dryRun: 'true' }, headers: { 'content-type': XLSX }, payload: exported.rawPayload });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().errors).toEqual([]);
  });
});
