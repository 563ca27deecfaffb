import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/documents/tabular/csv';
import { parseXlsx } from '../../src/documents/tabular/xlsx';
import { ORG_UNIT_COLUMNS } from '../../src/domain/orgUnits/orgUnitRows';
import { PAR_RESULT_COLUMNS } from '../../src/domain/par/parResultRows';
import { ATTESTATION_COLUMNS } from '../../src/domain/ratings/attestationRows';
import { RATING_COLUMNS } from '../../src/domain/ratings/ratingRows';
import { RECOGNITION_COLUMNS } from '../../src/domain/ratings/recognitionRows';
import { REGISTRATION_COLUMNS } from '../../src/domain/registrations/registrationRows';
import { columnFormat, type TableColumn } from '../../src/domain/tabular/tableCodec';
import { ERA_KG_2020 } from '../../src/db/seed/orgTreeSeed';
import { XLSX_TYPE } from '../../src/server/kit/tabularFiles';
import { createPerson, kh34CampaignId, register } from '../../src/server/kit/testing/eligibilityFixtures';
import { createTestApp, type FixtureName, type Session, type TestApp } from '../../src/server/kit/testing/testApp';

/**
 * Every table the app exports re-imports as it is (issue 9 §6): the bytes of each export (XLSX and CSV), sent back
 * unchanged by the role that downloaded them, pass the dry run and the real import with no error, no creation, no
 * update, and leave the tables and the audit log as they were. In the XLSX files the numeric columns (year, points,
 * rank, STT, counts) are numbers and every other column is text, as a spreadsheet reads them.
 */

// 10/05/2021: the 2020 results are typed in, the campaign's inputs (ratings, attestations, recognitions) recorded.
const NOW = new Date('2021-05-10T03:00:00Z');
// Registrations are exported and re-imported while registration is open (after 31/03/2020 every row is refused,
// registrationDocuments.test.ts).
const REGISTRATION_OPEN = new Date('2020-03-20T03:00:00Z');
let clock = NOW;

let t: TestApp;
let campaignId: string;
const sessions = {} as Record<FixtureName, Session>;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => clock });
  const db = t.database.db;
  campaignId = await kh34CampaignId(db);
  for (const name of ['admin', 'secretariat', 'aggregatorGR', 'officerTTGR', 'headTTGR'] as const) sessions[name] = await t.login(name);
  const put = async (as: Session, url: string, payload: object) => {
    const res = await t.req(as, { method: 'PUT', url, payload });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  };
  const s = sessions.secretariat;
  // PAR results with decimals (the cells Excel shows "62,50"), a self-assessment left blank, a central agency.
  await put(s, `/api/par-results/2020/${(await t.unit('SNV')).id}`, { selfScore: 95.25, appraisedScore: 62.5, surveyScore: 17.75 });
  await put(s, `/api/par-results/2020/${(await t.unit('906')).id}`, { selfScore: null, appraisedScore: 60, surveyScore: 20.1 });
  // Ratings: a unit's quality and PAR-task ratings and a person's.
  const person = await createPerson(db, (await t.unit('30904')).id, 'Nguyễn Văn Ước');
  await put(s, `/api/ratings/2020/units/${(await t.unit('SNV-CCHC')).id}`, { overall: 'outstanding', parTask: 'good' });
  await put(s, `/api/ratings/2020/units/${(await t.unit('30904')).id}`, { overall: 'good' });
  await put(s, `/api/ratings/2020/people/${person}`, { overall: 'outstanding' });
  // Attestations (one half-filled) and a district's best commune.
  await put(s, `/api/campaigns/${campaignId}/attestations/${(await t.unit('30904')).id}`, { compliance: true, solidarity: true });
  await put(s, `/api/campaigns/${campaignId}/attestations/${(await t.unit('SNV-CCHC')).id}`, { compliance: false });
  await put(sessions.aggregatorGR, `/api/campaigns/${campaignId}/recognitions/${(await t.unit('30904')).id}`, { decisionReference: '125/QĐ-UBND', recognisedAt: '2021-01-15' });
  // Registrations being written: a commune's (two people) and the district's own Phòng Nội vụ's, both in the
  // district's export (the fixture records each person as "Chuyên viên", in the people table and the registration).
  const other = await createPerson(db, (await t.unit('30904')).id, 'Trần Thị Phơn');
  await register(db, { campaignId, orgUnitId: (await t.unit('30904')).id, status: 'draft', individuals: [{ personId: person }, { personId: other }] });
  // Since registering, one of them was promoted: the people table moved on, the registration keeps what was sent.
  const promoted = await t.req(s, { method: 'PATCH', url: `/api/people/${other}`, payload: { position: 'Phó Chủ tịch UBND thị trấn' } });
  expect(promoted.statusCode, promoted.body).toBe(200);
  const pnv = await createPerson(db, (await t.unit('906-PNV')).id, 'Lê Văn Phòng');
  await register(db, { campaignId, orgUnitId: (await t.unit('906-PNV')).id, status: 'draft', individuals: [{ personId: pnv }] });
});
afterAll(async () => t?.close());

type Table = {
  name: string;
  as: FixtureName;
  exportUrl: () => string;
  importUrl: () => string;
  query?: Record<string, string>;
  columns: readonly TableColumn[];
  /** Rows expected at least (the export must not be empty, or the round trip proves nothing). */
  minRows: number;
  at?: Date;
  /** A frozen table: its re-import is refused whole (409) with this reason, and changes nothing. */
  refused?: string;
};

const TABLES: Table[] = [
  { name: 'org units (the whole 2020 tree)', as: 'admin', exportUrl: () => '/api/org-units/export', importUrl: () => '/api/org-units/import', query: { eraId: ERA_KG_2020 }, columns: ORG_UNIT_COLUMNS, minRows: 200 },
  { name: 'PAR results 2020', as: 'secretariat', exportUrl: () => '/api/par-results/export', importUrl: () => '/api/par-results/import', query: { year: '2020' }, columns: PAR_RESULT_COLUMNS, minRows: 2 },
  { name: 'PAR results 2018 (published, QĐ 1051/QĐ-UBND)', as: 'secretariat', exportUrl: () => '/api/par-results/export', importUrl: () => '/api/par-results/import', query: { year: '2018' }, columns: PAR_RESULT_COLUMNS, minRows: 40, refused: 'Kết quả Chỉ số CCHC năm 2018 đã công bố (Quyết định số 1051/QĐ-UBND' },
  { name: 'ratings 2020', as: 'secretariat', exportUrl: () => '/api/ratings/export', importUrl: () => '/api/ratings/import', query: { year: '2020' }, columns: RATING_COLUMNS, minRows: 4 },
  { name: 'attestations (every unit of the era)', as: 'secretariat', exportUrl: () => `/api/campaigns/${campaignId}/attestations/export`, importUrl: () => `/api/campaigns/${campaignId}/attestations/import`, columns: ATTESTATION_COLUMNS, minRows: 200 },
  { name: 'attestations of a unit head', as: 'headTTGR', exportUrl: () => `/api/campaigns/${campaignId}/attestations/export`, importUrl: () => `/api/campaigns/${campaignId}/attestations/import`, columns: ATTESTATION_COLUMNS, minRows: 1 },
  { name: 'recognitions', as: 'secretariat', exportUrl: () => `/api/campaigns/${campaignId}/recognitions/export`, importUrl: () => `/api/campaigns/${campaignId}/recognitions/import`, columns: RECOGNITION_COLUMNS, minRows: 1 },
  { name: 'recognitions of a district', as: 'aggregatorGR', exportUrl: () => `/api/campaigns/${campaignId}/recognitions/export`, importUrl: () => `/api/campaigns/${campaignId}/recognitions/import`, columns: RECOGNITION_COLUMNS, minRows: 1 },
  { name: 'registrations of a commune', as: 'officerTTGR', exportUrl: () => `/api/campaigns/${campaignId}/registrations/export`, importUrl: () => `/api/campaigns/${campaignId}/registrations/import`, columns: REGISTRATION_COLUMNS, minRows: 2, at: REGISTRATION_OPEN },
  { name: 'registrations of a district (its own unit and its communes)', as: 'aggregatorGR', exportUrl: () => `/api/campaigns/${campaignId}/registrations/export`, importUrl: () => `/api/campaigns/${campaignId}/registrations/import`, columns: REGISTRATION_COLUMNS, minRows: 3, at: REGISTRATION_OPEN },
];

/** What an import may change: the tables written by the imports and the audit log (one row per change). */
async function snapshot() {
  const count = async (table: string) => Number((await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))).rows[0].n);
  const rows = async (query: string) => JSON.stringify((await t.database.db.execute(sql.raw(query))).rows);
  return {
    audit: await count('audit_events'),
    people: await rows('select id, full_name, position, org_unit_id from people order by id'),
    orgUnits: await rows('select code, name, short_name, kind, admin_type, par_unit_level, parent_id, valid_from, valid_to from org_units order by id'),
    par: await rows('select year, org_unit_id, block_code, self_score, appraised_score, survey_score from par_results order by year, org_unit_id'),
    ratings: await rows('select * from ratings order by id'),
    attestations: await rows('select org_unit_id, compliance, solidarity from attestations order by org_unit_id'),
    recognitions: await rows('select commune_unit_id, decision_reference, recognised_at from commune_recognitions order by commune_unit_id'),
    registrations: await rows('select id, status, content, updated_at from registrations order by id'),
    individuals: await rows('select registration_id, person_id, position, content, sort_order from registration_individuals order by registration_id, sort_order'),
  };
}

/** The XLSX cells as a spreadsheet sees them (exceljs, independent of the app's reader): row 2 onwards. */
async function xlsxCells(buffer: Buffer): Promise<ExcelJS.CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const width = ws.getRow(1).cellCount;
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value));
  });
  return rows;
}

describe.each(TABLES)('export → re-import of $name', (table) => {
  beforeAll(() => {
    clock = table.at ?? NOW;
  });
  afterAll(() => {
    clock = NOW;
  });
  for (const format of ['xlsx', 'csv'] as const) {
    it(`re-imports its own ${format.toUpperCase()} export unchanged: dry run and real, ${table.refused ? 'refused as published' : 'no error'}, no change`, async () => {
      const as = sessions[table.as];
      const exported = await t.req(as, { method: 'GET', url: table.exportUrl(), query: { ...table.query, format } });
      expect(exported.statusCode, exported.body).toBe(200);
      const bytes = exported.rawPayload;
      const rows = format === 'xlsx' ? await parseXlsx(bytes, { inProcess: true }) : parseCsv(bytes.toString('utf8'));
      const dataRows = rows.length - 1;
      expect(dataRows).toBeGreaterThanOrEqual(table.minRows);
      expect(rows[0]).toEqual(table.columns.map((c) => c.header));

      const before = await snapshot();
      for (const dryRun of ['true', 'false']) {
        const res = await t.req(as, {
          method: 'POST',
          url: table.importUrl(),
          query: { ...table.query, format, dryRun },
          headers: { 'content-type': format === 'xlsx' ? XLSX_TYPE : 'text/csv' },
          payload: bytes,
        });
        if (table.refused) {
          expect(res.statusCode, res.body).toBe(409);
          expect(res.json().error.message).toContain(table.refused);
          continue;
        }
        expect(res.statusCode, res.body).toBe(200);
        const result = res.json();
        expect(result, `dryRun=${dryRun}`).toMatchObject({ dryRun: dryRun === 'true', ok: true, errors: [], created: 0, updated: 0 });
        // "Tổng số dòng" is the file's rows; the registration import also counts people it would create.
        expect(result.total ?? result.rows).toBe(dataRows);
        if ('peopleCreated' in result) expect(result.peopleCreated).toBe(0);
        expect(result.unchanged).toBeGreaterThan(0);
      }
      expect(await snapshot()).toEqual(before);
      // And the export after the import is the same table.
      const again = await t.req(as, { method: 'GET', url: table.exportUrl(), query: { ...table.query, format } });
      expect(format === 'xlsx' ? await parseXlsx(again.rawPayload, { inProcess: true }) : parseCsv(again.body)).toEqual(rows);
    });
  }

  it('writes numeric columns as numbers and the others as text in XLSX', async () => {
    const exported = await t.req(sessions[table.as], { method: 'GET', url: table.exportUrl(), query: { ...table.query, format: 'xlsx' } });
    const cells = await xlsxCells(exported.rawPayload);
    const read = (await parseXlsx(exported.rawPayload, { inProcess: true })).slice(1);
    expect(cells.length).toBe(read.length);
    table.columns.forEach((column, i) => {
      const format = columnFormat(column);
      for (const [r, row] of cells.entries()) {
        const value = row[i];
        if (value === null || value === undefined || value === '') continue;
        const where = `${column.header}, row ${r + 2}: ${JSON.stringify(value)}`;
        if (format === 'text') expect(typeof value, where).toBe('string');
        else {
          expect(typeof value, where).toBe('number');
          if (format === 'integer') expect(Number.isInteger(value), where).toBe(true);
          // The app's reader gives the number as JavaScript prints it, which the import accepts.
          expect(read[r][i], where).toBe(String(value));
        }
      }
    });
  });
});

describe('consolidated registration lists (XLSX, export only)', () => {
  it('write STT and the count of individuals as whole numbers, the rest as text', async () => {
    for (const [as, url] of [
      ['secretariat', `/api/campaigns/${campaignId}/consolidations/province/document`],
      ['aggregatorGR', `/api/campaigns/${campaignId}/consolidations/district/document`],
    ] as const) {
      const res = await t.req(sessions[as], { method: 'GET', url, query: { format: 'xlsx' } });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      const [header] = await parseXlsx(res.rawPayload, { inProcess: true });
      const cells = await xlsxCells(res.rawPayload);
      expect(cells.length).toBeGreaterThan(1);
      const stt = header.indexOf('STT');
      const count = header.indexOf('Số cá nhân');
      expect(cells.map((row) => typeof row[stt])).toEqual(cells.map(() => 'number'));
      expect(cells.map((row, i) => row[stt] === i + 1 || (row[stt] as number) >= 1)).not.toContain(false);
      const counts = cells.map((row) => row[count]).filter((v) => v !== null && v !== '');
      expect(counts.length).toBeGreaterThan(0);
      for (const v of counts) expect(typeof v, String(v)).toBe('number');
      for (const row of cells) expect(typeof row[header.indexOf('Mã đơn vị')]).toBe('string');
    }
  });
});
