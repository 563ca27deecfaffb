import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { parseCsv, toCsv } from '../../../documents/tabular/csv';
import { XLSX_TYPE } from '../../kit/tabularFiles';
import { kh34CampaignId } from '../../kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

let t: TestApp;
let secretariat: Session;
let campaignId: string;

beforeAll(async () => {
  t = await createTestApp();
  secretariat = await t.login('secretariat');
  campaignId = await kh34CampaignId(t.database.db);
});
afterAll(async () => t?.close());

const csvImport = (session: Session, what: 'attestations' | 'recognitions', rows: string[][], dryRun = 'false') =>
  t.req(session, { method: 'POST', url: `/api/campaigns/${campaignId}/${what}/import`, query: { format: 'csv', dryRun }, headers: { 'content-type': 'text/csv' }, payload: toCsv(rows[0], rows.slice(1)) });

const attestationRows = async () => (await t.database.db.execute(sql`select o.code, a.compliance, a.solidarity from attestations a join org_units o on o.id = a.org_unit_id order by o.code`)).rows;
const recognitionRows = async () => (await t.database.db.execute(sql`select o.code, r.decision_reference, r.recognised_at from commune_recognitions r join org_units o on o.id = r.commune_unit_id order by o.code`)).rows;
const auditCount = async (entityType: string) => Number((await t.database.db.execute(sql`select count(*)::int as n from audit_events where entity_type = ${entityType}`)).rows[0].n);

describe('attestation import and export', () => {
  const HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Gương mẫu chấp hành', 'Nội bộ đoàn kết'];

  it('dry-runs by default, then saves and audits each change', async () => {
    const rows = [HEADER, ['30904', '', 'Có', 'Có'], ['SNV-CCHC', '', 'Không', '']];
    const dry = await csvImport(secretariat, 'attestations', rows, 'true');
    expect(dry.json()).toMatchObject({ ok: true, dryRun: true, created: 2 });
    expect(await attestationRows()).toEqual([]);
    const auditsBefore = await auditCount('attestation');
    const res = await csvImport(secretariat, 'attestations', rows);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, dryRun: false, total: 2, created: 2, updated: 0 });
    expect(await attestationRows()).toEqual([
      { code: '30904', compliance: true, solidarity: true },
      { code: 'SNV-CCHC', compliance: false, solidarity: null },
    ]);
    expect(await auditCount('attestation')).toBe(auditsBefore + 2);
  });

  it('exports every unit in scope and re-imports unchanged (XLSX and CSV)', async () => {
    const head = await t.login('headTTGR');
    const own = await t.req(head, { method: 'GET', url: `/api/campaigns/${campaignId}/attestations/export`, query: { format: 'csv' } });
    expect(own.statusCode).toBe(200);
    expect(parseCsv(own.body)).toEqual([HEADER, ['30904', 'Thị trấn Giồng Riềng', 'Có', 'Có']]);
    const xlsx = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/attestations/export`, query: { format: 'xlsx' } });
    expect(xlsx.headers['content-type']).toBe(XLSX_TYPE);
    const before = await attestationRows();
    const res = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/attestations/import`, query: { format: 'xlsx', dryRun: 'false' }, headers: { 'content-type': XLSX_TYPE }, payload: xlsx.rawPayload });
    expect(res.json()).toMatchObject({ ok: true, created: 0, updated: 0 });
    expect(res.json().unchanged).toBeGreaterThan(100);
    expect(await attestationRows()).toEqual(before);
  });

  it('lets a unit head import for their own unit only: another unit is a row error and nothing is saved', async () => {
    const head = await t.login('headTTGR');
    const before = await attestationRows();
    const res = await csvImport(head, 'attestations', [HEADER, ['30904', '', 'Có', 'Không'], ['30817', '', 'Có', 'Có']]);
    expect(res.json()).toMatchObject({ ok: false, total: 2, created: 0, updated: 0, unchanged: 0 });
    expect(res.json()).toMatchObject({ ok: false, errors: [{ row: 3, field: 'Mã đơn vị', message: 'Đơn vị "30817" không phải đơn vị của bạn: thủ trưởng chỉ xác nhận cho đơn vị mình.' }] });
    expect(await attestationRows()).toEqual(before);
    const ok = await csvImport(head, 'attestations', [HEADER, ['30904', '', 'Có', 'Không']]);
    expect(ok.json()).toMatchObject({ ok: true, updated: 1 });
  });
});

describe('recognition import and export', () => {
  const HEADER = ['Mã huyện', 'Tên huyện', 'Mã xã', 'Tên xã', 'Số quyết định', 'Ngày công nhận'];

  it('lets a district import its own communes only', async () => {
    const aggregator = await t.login('aggregatorGR');
    const refused = await csvImport(aggregator, 'recognitions', [HEADER, ['906', '', '30904', '', '125/QĐ-UBND', '15/01/2021'], ['', '', '30817', '', '', '']]);
    expect(refused.json()).toMatchObject({ ok: false, errors: [{ row: 3, field: 'Mã xã' }] });
    expect(await recognitionRows()).toEqual([]);
    const auditsBefore = await auditCount('communeRecognition');
    const ok = await csvImport(aggregator, 'recognitions', [HEADER, ['906', '', '30904', '', '125/QĐ-UBND', '15/01/2021']]);
    expect(ok.json()).toMatchObject({ ok: true, created: 1 });
    expect(await auditCount('communeRecognition')).toBe(auditsBefore + 1);
  });

  it('lets the secretariat import any district’s commune, and names bad cells', async () => {
    const bad = await csvImport(secretariat, 'recognitions', [HEADER, ['906', '', '30817', '', '', '31/02/2021']]);
    expect(bad.json().errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [2, 'Mã huyện'],
      [2, 'Ngày công nhận'],
    ]);
    const ok = await csvImport(secretariat, 'recognitions', [HEADER, ['', '', '30817', '', '07/QĐ-UBND', '2021-01-20']]);
    expect(ok.json()).toMatchObject({ ok: true, created: 1 });
    expect(await recognitionRows()).toEqual([
      { code: '30817', decision_reference: '07/QĐ-UBND', recognised_at: '2021-01-20' },
      { code: '30904', decision_reference: '125/QĐ-UBND', recognised_at: '2021-01-15' },
    ]);
  });

  it('exports within scope and re-imports unchanged', async () => {
    const aggregator = await t.login('aggregatorGR');
    const own = await t.req(aggregator, { method: 'GET', url: `/api/campaigns/${campaignId}/recognitions/export`, query: { format: 'csv' } });
    expect(parseCsv(own.body).slice(1).map((r) => [r[2], r[4], r[5]])).toEqual([['30904', '125/QĐ-UBND', '15/01/2021']]);
    const xlsx = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/recognitions/export` });
    const before = await recognitionRows();
    const res = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/recognitions/import`, query: { format: 'xlsx', dryRun: 'false' }, headers: { 'content-type': XLSX_TYPE }, payload: xlsx.rawPayload });
    expect(res.json()).toMatchObject({ ok: true, total: 2, created: 0, updated: 0, unchanged: 2 });
    expect(await recognitionRows()).toEqual(before);
  });

  it('refuses an empty upload naming the file', async () => {
    const res = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/recognitions/import`, query: { format: 'csv' }, headers: { 'content-type': 'text/csv' }, payload: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('file');
  });
});
