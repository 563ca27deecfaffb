import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gt, sql } from 'drizzle-orm';
import { auditEvents, orgEras, orgUnitLineage, orgUnits, sessions, users } from '../../db/schema';
import { ERA_KG_2020 } from '../../db/seed/orgTreeSeed';
import { createTestApp, TEST_PASSWORD, type Session, type TestApp } from './testApp';

/**
 * Makes every kind of state change through the API and compares, request by request, the rows that
 * changed with the audit rows written: each changed record must have its audit row, with the actor.
 */
let t: TestApp;
let admin: Session;

const TRACKED = { org_units: orgUnits, users, sessions, org_eras: orgEras, org_unit_lineage: orgUnitLineage } as const;

async function snapshot(): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const [name, table] of Object.entries(TRACKED)) {
    const rows = (await t.database.db.select().from(table as typeof users)) as Record<string, unknown>[];
    for (const row of rows) map.set(`${name}:${String(row.id)}`, JSON.stringify(row));
  }
  return map;
}

function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

describe('audit completeness', () => {
  it('writes an audit row for every record changed by every state-changing request', async () => {
    const gr = await t.unit('906');
    const tt = await t.unit('30904');
    let createdUserId = '';
    let officer: Session | null = null;
    const steps: { name: string; run: () => Promise<{ statusCode: number; body: string }> }[] = [
      { name: 'login', run: async () => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'council', password: TEST_PASSWORD } }) },
      {
        name: 'create unit',
        run: () => t.req(admin, { method: 'POST', url: '/api/org-units', payload: { eraId: ERA_KG_2020, code: '906-A', name: 'Tổ A', kind: 'par_unit', parUnitLevel: 'district', parentId: gr.id } }),
      },
      { name: 'update unit', run: () => t.req(admin, { method: 'PATCH', url: `/api/org-units/${tt.id}`, payload: { shortName: 'TT Giồng Riềng' } }) },
      {
        name: 'import units',
        run: () =>
          t.req(admin, {
            method: 'POST',
            url: '/api/org-units/import',
            query: { eraId: ERA_KG_2020, format: 'csv', dryRun: 'false' },
            headers: { 'content-type': 'text/csv' },
            payload: 'Mã đơn vị,Tên đơn vị,Loại đơn vị,Cấp chuyên trách CCHC,Mã đơn vị cấp trên\n906-B,Tổ B,Đơn vị chuyên trách CCHC,Cấp huyện,906\n906-A,Tổ A đổi tên,Đơn vị chuyên trách CCHC,Cấp huyện,906\n',
          }),
      },
      {
        name: 'create user',
        run: async () => {
          const res = await t.req(admin, { method: 'POST', url: '/api/users', payload: { username: 'canbo.tt', fullName: 'Lê Văn C', role: 'unit_officer', orgUnitId: tt.id, password: 'MatKhau#2020' } });
          createdUserId = res.json().id;
          return res;
        },
      },
      { name: 'update user', run: () => t.req(admin, { method: 'PATCH', url: `/api/users/${createdUserId}`, payload: { fullName: 'Lê Văn Cường' } }) },
      {
        name: 'login as the new user',
        run: async () => {
          officer = await t.login('canbo.tt', 'MatKhau#2020');
          return { statusCode: 200, body: '' };
        },
      },
      { name: 'change own password', run: () => t.req(officer, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: 'MatKhau#2020', newPassword: 'MatKhau#2021' } }) },
      { name: 'reset password', run: () => t.req(admin, { method: 'POST', url: `/api/users/${createdUserId}/reset-password` }) },
      { name: 'deactivate user', run: () => t.req(admin, { method: 'PATCH', url: `/api/users/${createdUserId}`, payload: { active: false } }) },
      { name: 'logout', run: () => t.req(admin, { method: 'POST', url: '/api/auth/logout' }) },
    ];

    for (const step of steps) {
      const before = await snapshot();
      const [{ max }] = (await t.database.db.execute(sql`select coalesce(max(at), '-infinity'::timestamptz) as max from audit_events`)).rows as { max: string }[];
      const res = await step.run();
      expect(res.statusCode, `${step.name}: ${res.body}`).toBeLessThan(300);
      const changed = changedKeys(before, await snapshot());
      expect(changed.length, step.name).toBeGreaterThan(0);
      const audits = await t.database.db.select().from(auditEvents).where(gt(auditEvents.at, sql`${max}::timestamptz`));
      expect(audits.length, step.name).toBeGreaterThan(0);
      const audited = new Set(audits.map((a) => a.entityId));
      const auditedTypes = new Set(audits.map((a) => a.entityType));
      for (const key of changed) {
        const [table, id] = key.split(':');
        if (table === 'sessions') {
          // A session row is audited as the user's login/logout/password change.
          expect(auditedTypes.has('session') || auditedTypes.has('user'), `${step.name}: ${key}`).toBe(true);
        } else {
          expect(audited.has(id), `${step.name}: no audit row for ${key}`).toBe(true);
        }
      }
      for (const a of audits) {
        if (step.name !== 'login') expect(a.actorUserId, step.name).not.toBeNull();
        expect(a.ip, step.name).not.toBeNull();
      }
    }
  });

  it('writes nothing, audit included, when a change is refused', async () => {
    const [{ n: before }] = (await t.database.db.execute(sql`select count(*)::int as n from audit_events`)).rows as { n: number }[];
    const s = await t.login('officerTTGR');
    const [{ n: afterLogin }] = (await t.database.db.execute(sql`select count(*)::int as n from audit_events`)).rows as { n: number }[];
    const tt = await t.unit('30904');
    expect((await t.req(s, { method: 'PATCH', url: `/api/org-units/${tt.id}`, payload: { name: 'Bị từ chối' } })).statusCode).toBe(403);
    const [{ n: after }] = (await t.database.db.execute(sql`select count(*)::int as n from audit_events`)).rows as { n: number }[];
    expect(afterLogin).toBe(before + 1);
    expect(after).toBe(afterLogin);
  });
});
