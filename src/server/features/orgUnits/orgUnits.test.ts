import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, orgUnits } from '../../../db/schema';
import { ERA_KG_2020 } from '../../../db/seed/orgTreeSeed';
import { parseXlsx } from '../../../documents/tabular/xlsx';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db } from '../../../db/client';
import * as schema from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';
import { listOrgUnits } from './orgUnitQueries';

let t: TestApp;
let admin: Session;
let secretariat: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  secretariat = await t.login('secretariat');
});
afterAll(async () => t?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('#orgUnits.list', () => {
  it.each([
    ['giong rieng', 'Huyện Giồng Riềng'],
    ['hon dat', 'Huyện Hòn Đất'],
    ['GIỒNG RIỀNG', 'Huyện Giồng Riềng'],
    ['Giồng Riềng'.normalize('NFD'), 'Huyện Giồng Riềng'],
  ])('finds "%s" without regard to diacritics or case', async (q, name) => {
    const res = await t.req(admin, { method: 'GET', url: '/api/org-units', query: { q } });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((u: { name: string }) => u.name)).toContain(name);
  });

  it.each(['noi vu giong rieng', 'giong rieng NỘI VỤ', '  phong   noi vu  giong '])('finds a unit by every word of "%s", in any order', async (q) => {
    const res = await t.req(admin, { method: 'GET', url: '/api/org-units', query: { q } });
    expect(res.json().items.map((u: { name: string }) => u.name)).toEqual(['Phòng Nội vụ huyện Giồng Riềng']);
  });

  it('needs every word to match', async () => {
    const res = await t.req(admin, { method: 'GET', url: '/api/org-units', query: { q: 'noi vu giong rieng khongco' } });
    expect(res.json().total).toBe(0);
  });

  it('names the parent of each unit, so that names that repeat can be told apart', async () => {
    const res = await t.req(admin, { method: 'GET', url: '/api/org-units', query: { q: 'xa binh an', kind: 'commune' } });
    const binhAn = res.json().items.filter((u: { name: string }) => u.name === 'Xã Bình An');
    expect(binhAn.length).toBeGreaterThan(1);
    const parents = binhAn.map((u: { parentName: string }) => u.parentName);
    expect(new Set(parents).size).toBe(binhAn.length);
    for (const p of parents) expect(p).toMatch(/^(Huyện|Thành phố|Thị xã) /);
  });

  it('takes % and _ in a search literally', async () => {
    const res = await t.req(admin, { method: 'GET', url: '/api/org-units', query: { q: '%' } });
    expect(res.json().total).toBe(0);
  });

  it('lists the 19 communes of Huyện Giồng Riềng in Vietnamese order', async () => {
    const gr = await t.unit('906');
    const res = await t.req(admin, { method: 'GET', url: '/api/org-units', query: { parentId: gr.id, kind: 'commune' } });
    const names: string[] = res.json().items.map((u: { name: string }) => u.name);
    expect(names).toHaveLength(19);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
  });

  it('counts children: Giồng Riềng has 19 communes and its Phòng Nội vụ', async () => {
    const res = await t.req(admin, { method: 'GET', url: '/api/org-units', query: { q: 'huyen giong rieng', kind: 'district' } });
    expect(res.json().items[0]).toMatchObject({ code: '906', childCount: 20 });
  });

  it('paginates with a total', async () => {
    const res = await t.req(admin, { method: 'GET', url: '/api/org-units', query: { kind: 'commune', page: '2', pageSize: '50' } });
    expect(res.json()).toMatchObject({ total: 145, page: 2, pageSize: 50 });
    expect(res.json().items).toHaveLength(50);
  });

  it('pages continue one another: the first page (its own statement, no OFFSET) and the next ones make the whole list', async () => {
    const page = async (n: number) => (await t.req(admin, { method: 'GET', url: '/api/org-units', query: { kind: 'commune', page: String(n), pageSize: '50' } })).json();
    const whole = (await t.req(admin, { method: 'GET', url: '/api/org-units', query: { kind: 'commune', pageSize: '500' } })).json();
    const pages = [await page(1), await page(2), await page(3)];
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 45]);
    expect(pages.flatMap((p) => p.items)).toEqual(whole.items);
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('keeps one generic plan for a first page on PostgreSQL instead of planning each request', async () => {
    // One connection, so the statement's plan cache is the one pg_prepared_statements shows.
    const pool = new pg.Pool({ ...(t.database.pool as pg.Pool).options, max: 1 });
    try {
      const db = drizzle(pool, { schema });
      const district = await t.unit('906');
      const actor: Actor = { userId: t.users.aggregatorGR, role: 'district_aggregator', unitId: district.id, unitPath: district.path };
      for (let i = 0; i < 8; i++) expect((await listOrgUnits(db as unknown as Db, actor, { parentId: district.id, page: 1, pageSize: 50 })).total).toBe(20);
      const { rows } = await pool.query(`select name, generic_plans, custom_plans from pg_prepared_statements where name like 'org_units_list_%'`);
      expect(rows).toHaveLength(1);
      expect(Number(rows[0].generic_plans)).toBeGreaterThan(0);
    } finally {
      await pool.end();
    }
  });

  it('lists another era on request', async () => {
    const res = await t.req(admin, { method: 'GET', url: '/api/org-units', query: { eraId: 'an-giang-2025', kind: 'commune', pageSize: '500' } });
    expect(res.json().total).toBe(102);
  });

  it('shows a district aggregator only its district: root is the district', async () => {
    const s = await t.login('aggregatorGR');
    const root = await t.req(s, { method: 'GET', url: '/api/org-units', query: { parentId: 'root' } });
    expect(root.json().items.map((u: { code: string }) => u.code)).toEqual(['906']);
    const all = await t.req(s, { method: 'GET', url: '/api/org-units', query: { pageSize: '500' } });
    expect(all.json().total).toBe(21); // the district, its 19 communes, its Phòng Nội vụ
  });
});

describe('#orgUnits.info', () => {
  it('gives ancestors and the 2025 successor of a 2020 commune', async () => {
    const tt = await t.unit('30904');
    const res = await t.req(admin, { method: 'GET', url: `/api/org-units/${tt.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().ancestors.map((a: { name: string }) => a.name)).toEqual(['Tỉnh Kiên Giang', 'Huyện Giồng Riềng']);
    expect(res.json().successors).toEqual([expect.objectContaining({ name: 'Xã Giồng Riềng', eraId: 'an-giang-2025', changeType: 'merge' })]);
  });
});

describe('#orgUnits.create and #orgUnits.update', () => {
  it('creates a unit under a parent, with an audit row', async () => {
    const gr = await t.unit('906');
    const res = await t.req(admin, {
      method: 'POST',
      url: '/api/org-units',
      payload: { eraId: ERA_KG_2020, code: '906-TEST', name: 'Tổ công tác Thử nghiệm', kind: 'par_unit', parUnitLevel: 'district', parentId: gr.id },
    });
    expect(res.statusCode).toBe(201);
    const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'orgUnit.create'), eq(auditEvents.entityId, res.json().id)));
    expect(audit).toHaveLength(1);
    const found = await t.req(admin, { method: 'GET', url: '/api/org-units', query: { q: 'to cong tac thu nghiem' } });
    expect(found.json().total).toBe(1);
  });

  it('refuses a code already used in the era with 409 naming the field', async () => {
    const gr = await t.unit('906');
    const res = await t.req(admin, { method: 'POST', url: '/api/org-units', payload: { eraId: ERA_KG_2020, code: '30904', name: 'Trùng', kind: 'commune', parentId: gr.id } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields[0].path).toBe('code');
  });

  it('renames a unit, updates its search text, and audits before and after', async () => {
    const u = await t.unit('30907');
    const res = await t.req(admin, { method: 'PATCH', url: `/api/org-units/${u.id}`, payload: { name: 'Xã Thạnh Hưng Mới' } });
    expect(res.statusCode).toBe(200);
    const found = await t.req(admin, { method: 'GET', url: '/api/org-units', query: { q: 'thanh hung moi' } });
    expect(found.json().total).toBe(1);
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'orgUnit.update'), eq(auditEvents.entityId, u.id)));
    expect(audit.before).toEqual({ name: 'Xã Thạnh Hưng' });
    expect(audit.after).toEqual({ name: 'Xã Thạnh Hưng Mới' });
  });

  it('records the e-mail address notices go to, refuses one that is not an address, and clears it with null', async () => {
    const u = await t.unit('30817');
    const bad = await t.req(admin, { method: 'PATCH', url: `/api/org-units/${u.id}`, payload: { email: 'hon dat@' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: 'email' });
    const set = await t.req(admin, { method: 'PATCH', url: `/api/org-units/${u.id}`, payload: { email: ' tthondat@kiengiang.gov.vn ' } });
    expect(set.statusCode).toBe(200);
    expect((await t.req(admin, { method: 'GET', url: `/api/org-units/${u.id}` })).json().email).toBe('tthondat@kiengiang.gov.vn');
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'orgUnit.update'), eq(auditEvents.entityId, u.id)));
    expect(audit.after).toEqual({ email: 'tthondat@kiengiang.gov.vn' });
    await t.req(admin, { method: 'PATCH', url: `/api/org-units/${u.id}`, payload: { email: null } });
    expect((await t.req(admin, { method: 'GET', url: `/api/org-units/${u.id}` })).json().email).toBeNull();
  });
});

describe('#orgUnits.export and #orgUnits.import', () => {
  it('exports the whole 2020 tree as XLSX that re-imports with no change', async () => {
    const res = await t.req(admin, { method: 'GET', url: '/api/org-units/export', query: { eraId: ERA_KG_2020, format: 'xlsx' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const table = await parseXlsx(res.rawPayload);
    expect(table[0][0]).toBe('Mã đơn vị');
    expect(table.length - 1).toBeGreaterThanOrEqual(200);
    const back = await t.req(admin, { method: 'POST', url: '/api/org-units/import', query: { eraId: ERA_KG_2020, format: 'xlsx', dryRun: 'false' }, headers: { 'content-type': XLSX }, payload: res.rawPayload });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: table.length - 1, errors: [] });
  });

  it('exports CSV with the same columns, which re-imports with no change', async () => {
    const res = await t.req(admin, { method: 'GET', url: '/api/org-units/export', query: { eraId: ERA_KG_2020, format: 'csv' } });
    expect(res.body.split('\r\n')[0]).toBe('\uFEFFMã đơn vị,Tên đơn vị,Tên viết tắt,Loại đơn vị,Loại hành chính,Cấp chuyên trách CCHC,Mã đơn vị cấp trên,Hiệu lực từ,Hiệu lực đến,Thư điện tử');
    const back = await t.req(admin, { method: 'POST', url: '/api/org-units/import', query: { eraId: ERA_KG_2020, format: 'csv', dryRun: 'true' }, headers: { 'content-type': 'text/csv' }, payload: res.rawPayload });
    expect(back.json()).toMatchObject({ ok: true, created: 0, updated: 0 });
  });

  it('reports bad rows and saves nothing, also the good rows of the same file', async () => {
    const csv = [
      'Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên',
      '906-TT1,Tổ Một,Đơn vị chuyên trách CCHC,906',
      '906-TT2,Tổ Hai,Cấp xã,999',
    ].join('\n');
    const res = await t.req(admin, { method: 'POST', url: '/api/org-units/import', query: { eraId: ERA_KG_2020, format: 'csv', dryRun: 'false' }, headers: { 'content-type': 'text/csv' }, payload: csv });
    expect(res.json()).toMatchObject({ ok: false, total: 2, created: 0, updated: 0, unchanged: 0 });
    expect(res.json().errors).toEqual([
      { row: 2, field: 'Cấp chuyên trách CCHC', message: 'Bắt buộc với đơn vị chuyên trách CCHC.' },
      { row: 3, field: 'Mã đơn vị cấp trên', message: 'Không tìm thấy đơn vị cấp trên có mã "999".' },
    ]);
    const saved = await t.database.db.select().from(orgUnits).where(eq(orgUnits.code, '906-TT1'));
    expect(saved).toHaveLength(0);
  });

  it('imports new and changed units, with an audit row each', async () => {
    const csv = [
      'Mã đơn vị,Tên đơn vị,Loại đơn vị,Cấp chuyên trách CCHC,Mã đơn vị cấp trên',
      '903-TT,Tổ CCHC Hòn Đất,Đơn vị chuyên trách CCHC,Cấp huyện,903',
      '903-TT-A,Nhóm A,Đơn vị chuyên trách CCHC,Cấp huyện,903-TT',
    ].join('\n');
    const dry = await t.req(admin, { method: 'POST', url: '/api/org-units/import', query: { eraId: ERA_KG_2020, format: 'csv' }, headers: { 'content-type': 'text/csv' }, payload: csv });
    expect(dry.json()).toMatchObject({ dryRun: true, ok: true, created: 2 });
    expect(await t.database.db.select().from(orgUnits).where(eq(orgUnits.code, '903-TT'))).toHaveLength(0);
    const res = await t.req(admin, { method: 'POST', url: '/api/org-units/import', query: { eraId: ERA_KG_2020, format: 'csv', dryRun: 'false' }, headers: { 'content-type': 'text/csv' }, payload: csv });
    expect(res.json()).toMatchObject({ ok: true, created: 2 });
    const [child] = await t.database.db.select().from(orgUnits).where(eq(orgUnits.code, '903-TT-A'));
    const [parent] = await t.database.db.select().from(orgUnits).where(eq(orgUnits.code, '903-TT'));
    expect(child.parentId).toBe(parent.id);
    expect(child.path.startsWith(parent.path)).toBe(true);
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'orgUnit.import.create'));
    expect(audits.map((a) => a.entityId).sort()).toEqual([child.id, parent.id].sort());
  });

  it('refuses a file that is not XLSX with a Vietnamese message on the file field', async () => {
    const res = await t.req(admin, { method: 'POST', url: '/api/org-units/import', query: { eraId: ERA_KG_2020, format: 'xlsx' }, headers: { 'content-type': XLSX }, payload: Buffer.from('không phải excel') });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toEqual({ path: 'file', message: 'Tệp: Tệp không phải là tệp Excel (.xlsx) hợp lệ.' });
  });

  it('lets the secretariat export but not import', async () => {
    expect((await t.req(secretariat, { method: 'GET', url: '/api/org-units/export', query: { format: 'csv' } })).statusCode).toBe(200);
    expect((await t.req(secretariat, { method: 'POST', url: '/api/org-units/import', query: { eraId: ERA_KG_2020, format: 'csv' }, headers: { 'content-type': 'text/csv' }, payload: 'a' })).statusCode).toBe(403);
  });
});

describe('#orgUnits.export file name', () => {
  // The era id from the query goes into the file name: a Vietnamese letter, a quote or a line break in it used to
  // make Node refuse the Content-Disposition header (500) or break the header's quoting.
  it.each([['thời-kỳ'], ['a"b'], ['a;b=c']])('answers an odd eraId %j with a valid download header', async (eraId) => {
    const res = await t.req(admin, { method: 'GET', url: '/api/org-units/export', query: { eraId, format: 'csv' } });
    expect(res.statusCode).toBe(200);
    const header = String(res.headers['content-disposition']);
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''/);
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('refuses an eraId carrying a line break (header injection) with 400 naming the field, before any header is built', async () => {
    const res = await t.req(admin, { method: 'GET', url: '/api/org-units/export', query: { eraId: 'a\r\nSet-Cookie: x=1', format: 'csv' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('eraId');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['content-disposition']).toBeUndefined();
  });
});
