import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { auditEvents, sessions, users } from '../../../db/schema';
import { passwordProblems } from '../../../domain/auth/passwordPolicy';
import { commonPasswords } from '../../kit/passwordPolicy';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

describe('#users.create', () => {
  it('creates a user with a temporary password shown once, who must change it', async () => {
    const unit = await t.unit('30904');
    const res = await t.req(admin, { method: 'POST', url: '/api/users', payload: { username: 'Can.Bo.Xa', fullName: 'Phạm Thị Dung', role: 'unit_officer', orgUnitId: unit.id } });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ username: 'can.bo.xa', unitName: 'Thị trấn Giồng Riềng', mustChangePassword: true, active: true });
    expect(body.temporaryPassword).toMatch(/^[A-Za-z2-9]{14}$/);
    const s = await t.login('can.bo.xa', body.temporaryPassword);
    const me = await t.req(s, { method: 'GET', url: '/api/auth/me' });
    expect(me.json().user.mustChangePassword).toBe(true);
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'user.create'), eq(auditEvents.entityId, body.id)));
    expect(JSON.stringify(audit.after)).not.toContain(body.temporaryPassword);
  });

  it('refuses a username already taken, whatever its case, with 409 on the field', async () => {
    const unit = await t.unit('30904');
    const res = await t.req(admin, { method: 'POST', url: '/api/users', payload: { username: 'ADMIN', fullName: 'X', role: 'unit_officer', orgUnitId: unit.id } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields).toEqual([{ path: 'username', message: 'Tên đăng nhập: "admin" đã được dùng' }]);
  });

  const COMMON = 'Quá phổ biến: có trong danh sách mật khẩu thường gặp hoặc đã bị lộ';
  it.each([
    ['password', 'unit_officer', [COMMON]],
    ['12345678', 'unit_officer', [COMMON]],
    ['aaaaaaaa', 'unit_officer', ['Không được chỉ là một ký tự lặp lại']],
    ['        ', 'unit_officer', ['Không được chỉ gồm khoảng trắng']],
    ['Moi.Tao#2021', 'unit_officer', ['Không được chứa tên đăng nhập']],
    ['Xg7#kq2m-pz', 'admin', ['Phải có ít nhất 12 ký tự với vai trò Quản trị hệ thống']],
    ['Xg7#kq2m-pz', 'province_secretariat', ['Phải có ít nhất 12 ký tự với vai trò Sở Nội vụ — Phòng CCHC và TCPCP']],
    ['Xg7#kq2m-pz', 'province_approver', ['Phải có ít nhất 12 ký tự với vai trò Lãnh đạo UBND tỉnh']],
  ] as const)('refuses the password %j for a new %s, naming the field and each reason, and creates nothing', async (password, role, reasons) => {
    const unit = await t.unit('91');
    const res = await t.req(admin, { method: 'POST', url: '/api/users', payload: { username: 'Moi.Tao', fullName: 'Người Mới', role, orgUnitId: unit.id, password } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual(reasons.map((r) => ({ path: 'password', message: `Mật khẩu: ${r}` })));
    expect(await t.database.db.select().from(users).where(eq(users.username, 'moi.tao'))).toHaveLength(0);
  });

  it('accepts a password that passes the rule, and generates temporary ones that pass it for every role', async () => {
    const unit = await t.unit('91');
    const given = await t.req(admin, { method: 'POST', url: '/api/users', payload: { username: 'so.noi.vu.moi', fullName: 'Người Mới', role: 'province_secretariat', orgUnitId: unit.id, password: 'Xg7#kq2m-pz!' } });
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json().temporaryPassword).toBeNull();
    const common = await commonPasswords();
    for (const role of ['admin', 'province_secretariat', 'unit_officer'] as const) {
      const username = `tam.${role.replace('_', '.')}`;
      const res = await t.req(admin, { method: 'POST', url: '/api/users', payload: { username, fullName: 'Người Mới', role, orgUnitId: unit.id } });
      expect(res.statusCode).toBe(201);
      expect(passwordProblems({ password: res.json().temporaryPassword, username, role }, common)).toEqual([]);
    }
  });

  it('refuses a unit that does not exist', async () => {
    const res = await t.req(admin, { method: 'POST', url: '/api/users', payload: { username: 'khong.don.vi', fullName: 'X', role: 'unit_officer', orgUnitId: '00000000-0000-4000-8000-000000000000' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toEqual({ path: 'orgUnitId', message: 'Đơn vị: không tồn tại' });
  });
});

describe('#users.update', () => {
  it('deactivating a user ends their sessions and blocks login', async () => {
    const s = await t.login('officerHD');
    const res = await t.req(admin, { method: 'PATCH', url: `/api/users/${t.users.officerHD}`, payload: { active: false } });
    expect(res.statusCode).toBe(200);
    expect((await t.req(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    await expect(t.login('officerHD')).rejects.toThrow('401');
    const open = await t.database.db.select().from(sessions).where(and(eq(sessions.userId, t.users.officerHD), isNull(sessions.revokedAt)));
    expect(open).toHaveLength(0);
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'user.deactivate'), eq(auditEvents.entityId, t.users.officerHD)));
    expect(audit.before).toEqual({ active: true });
  });

  it('moving a user to another unit changes their scope at once', async () => {
    const s = await t.login('officerSNV');
    const hd = await t.unit('903');
    await t.req(admin, { method: 'PATCH', url: `/api/users/${t.users.officerSNV}`, payload: { role: 'district_aggregator', orgUnitId: hd.id } });
    expect((await t.req(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const again = await t.login('officerSNV');
    const list = await t.req(again, { method: 'GET', url: '/api/org-units', query: { parentId: 'root' } });
    expect(list.json().items.map((u: { code: string }) => u.code)).toEqual(['903']);
  });

  it('moves an account to another unit on its own (no role change), audited with the unit before and after', async () => {
    const to = await t.unit('30817');
    const res = await t.req(admin, { method: 'PATCH', url: `/api/users/${t.users.headTTGR}`, payload: { orgUnitId: to.id } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().unitName).toBe('Thị trấn Hòn Đất');
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'user.update'), eq(auditEvents.entityId, t.users.headTTGR)));
    expect([audit.before, audit.after]).toEqual([{ orgUnitId: (await t.unit('30904')).id }, { orgUnitId: to.id }]);
  });

  it('refuses a district account on the district’s Phòng Nội vụ, naming the field and the district to choose', async () => {
    const pnv = await t.unit('906-PNV');
    const expected = { path: 'orgUnitId', message: 'Đơn vị: vai trò «Phòng Nội vụ cấp huyện» gắn với huyện, không gắn với «Phòng Nội vụ huyện Giồng Riềng»; hãy chọn «Huyện Giồng Riềng».' };
    const moved = await t.req(admin, { method: 'PATCH', url: `/api/users/${t.users.aggregatorGR}`, payload: { orgUnitId: pnv.id } });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.fields).toEqual([expected]);
    const created = await t.req(admin, { method: 'POST', url: '/api/users', payload: { username: 'pnv.gr.sai', fullName: 'Võ Thị Nội Vụ', role: 'district_aggregator', orgUnitId: pnv.id } });
    expect(created.statusCode).toBe(400);
    expect(created.json().error.fields).toEqual([expected]);
    // A role change alone is judged on the unit the account already sits on.
    const promoted = await t.req(admin, { method: 'PATCH', url: `/api/users/${t.users.officerTTGR}`, payload: { role: 'district_aggregator' } });
    expect(promoted.statusCode).toBe(400);
    expect(promoted.json().error.fields[0].message).toContain('hãy chọn «Huyện Giồng Riềng»');
    const [unchanged] = await t.database.db.select().from(users).where(eq(users.id, t.users.aggregatorGR));
    expect(unchanged.orgUnitId).toBe((await t.unit('906')).id);
  });

  it('does not let the admin deactivate themself', async () => {
    const res = await t.req(admin, { method: 'PATCH', url: `/api/users/${t.users.admin}`, payload: { active: false } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('active');
  });
});

describe('#users.list', () => {
  it('filters by role and searches names', async () => {
    const res = await t.req(admin, { method: 'GET', url: '/api/users', query: { role: 'unit_head' } });
    expect(res.json().items.map((u: { username: string }) => u.username)).toEqual(['headttgr']);
    const byName = await t.req(admin, { method: 'GET', url: '/api/users', query: { q: 'Phạm Thị' } });
    expect(byName.json().total).toBe(1);
  });
});

describe('#users.resetPassword', () => {
  it('issues a new temporary password and ends the user’s sessions', async () => {
    const s = await t.login('council');
    const res = await t.req(admin, { method: 'POST', url: `/api/users/${t.users.council}/reset-password` });
    expect(res.statusCode).toBe(200);
    expect((await t.req(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    await expect(t.login('council', res.json().temporaryPassword)).resolves.toBeDefined();
  });

  it('issues a temporary password that passes the password rule, for an administrator too (12 characters)', async () => {
    const common = await commonPasswords();
    for (const who of ['approver', 'council'] as const) {
      const res = await t.req(admin, { method: 'POST', url: `/api/users/${t.users[who]}/reset-password` });
      expect(res.statusCode).toBe(200);
      const role = who === 'approver' ? 'province_approver' : 'council_member';
      expect(passwordProblems({ password: res.json().temporaryPassword, username: who, role }, common)).toEqual([]);
    }
  });
});
