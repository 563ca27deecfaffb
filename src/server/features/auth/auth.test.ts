import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents, loginThrottle, sessions, users } from '../../../db/schema';
import { hashPassword, verifyPassword } from '../../kit/passwords';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../kit/testing/testApp';

// The real verifyPassword, wrapped so that a test can count the password checks a login makes.
vi.mock('../../kit/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../kit/passwords')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const passwordChecks = vi.mocked(verifyPassword);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ loginMaxFailures: 5 });
});
afterAll(async () => t?.close());

describe('#auth.login', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and returns the user, CSRF token and abilities', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ADMIN', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'thidua_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(res.json().user).toMatchObject({ username: 'admin', role: 'admin', unitName: 'Tỉnh Kiên Giang' });
    expect(res.json().abilities).toContain('user.manage');
  });

  it('stores only a hash of the session token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'approver', password: TEST_PASSWORD } });
    const token = res.cookies.find((c) => c.name === 'thidua_sid')!.value;
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.id, token));
    expect(rows).toHaveLength(0);
  });

  it('answers a wrong password with 401 and a Vietnamese message on the password field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'council', password: 'sai-mat-khau' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    expect(res.json().error.fields).toEqual([{ path: 'password', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' }]);
  });

  it('throttles a username after the configured number of failures, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'officerhd', password: 'sai' } });
    }
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'officerhd', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.message).toMatch(/Tài khoản tạm khóa do đăng nhập sai 5 lần\. Vui lòng thử lại sau \d+ phút\./);
    expect(res.headers['retry-after']).toBeDefined();
  });

  it('does not throttle another username', async () => {
    await expect(t.login('officerSNV')).resolves.toBeDefined();
  });
});

describe('#auth.login throttling under parallel requests (LOGIN_MAX_FAILURES = 5)', () => {
  // Accounts of their own: these tests lock them.
  beforeAll(async () => {
    const [unit] = await t.database.db.select({ id: users.orgUnitId }).from(users).where(eq(users.username, 'council'));
    const passwordHash = await hashPassword(TEST_PASSWORD);
    for (const username of ['khoa.song.song', 'khoa.thu.26']) {
      await t.database.db.insert(users).values({ username, fullName: 'Người dùng thử khóa', role: 'unit_officer', orgUnitId: unit.id, passwordHash });
    }
  });
  const login = (username: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

  it('checks at most 5 passwords out of 100 parallel wrong logins; every other answer is the lock message', async () => {
    passwordChecks.mockClear();
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => login('khoa.song.song', `sai-mat-khau-${i}`)));
    expect(passwordChecks.mock.calls.length).toBeLessThanOrEqual(5);
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(passwordChecks.mock.calls.length);
    expect(statuses.filter((s) => s === 429)).toHaveLength(100 - passwordChecks.mock.calls.length);
    for (const a of answers.filter((x) => x.statusCode === 429)) {
      expect(a.json().error.message).toMatch(/^Tài khoản tạm khóa do đăng nhập sai 5 lần\. Vui lòng thử lại sau \d+ phút\.$/);
    }
    const [counter] = await t.database.db.select().from(loginThrottle).where(eq(loginThrottle.username, 'khoa.song.song'));
    expect(counter.attempts).toBe(5);
    // Later, one by one: still locked, the right password too, and no password is checked.
    passwordChecks.mockClear();
    expect((await login('khoa.song.song', 'sai-nua')).statusCode).toBe(429);
    expect((await login('khoa.song.song', TEST_PASSWORD)).statusCode).toBe(429);
    expect(passwordChecks).not.toHaveBeenCalled();
  });

  it('refuses the right password sent 26th among 30 parallel logins (29 wrong): at most 5 are checked', async () => {
    passwordChecks.mockClear();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login('khoa.thu.26', i === 25 ? TEST_PASSWORD : `sai-${i}`)));
    expect(passwordChecks.mock.calls.length).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.statusCode !== 429).length).toBeLessThanOrEqual(5);
    expect(answers[25].statusCode).toBe(429);
    expect(answers.some((a) => a.statusCode === 200)).toBe(false);
  });

  it('starts a new count when the window has passed, and a success clears the count', async () => {
    await t.database.db.update(loginThrottle).set({ windowStart: new Date(Date.now() - 24 * 3600_000) }).where(eq(loginThrottle.username, 'khoa.song.song'));
    expect((await login('khoa.song.song', 'sai-lan-nua')).statusCode).toBe(401);
    const [counter] = await t.database.db.select().from(loginThrottle).where(eq(loginThrottle.username, 'khoa.song.song'));
    expect(counter.attempts).toBe(1);
    expect((await login('khoa.song.song', TEST_PASSWORD)).statusCode).toBe(200);
    expect(await t.database.db.select().from(loginThrottle).where(eq(loginThrottle.username, 'khoa.song.song'))).toHaveLength(0);
  });
});

describe('#auth.me and #auth.logout', () => {
  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Bạn cần đăng nhập để tiếp tục.');
  });

  it('revokes the session on logout: the same cookie no longer works', async () => {
    const s = await t.login('headTTGR');
    expect((await t.req(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await t.req(s, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    expect((await t.req(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('expires sessions', async () => {
    const s = await t.login('aggregatorGR');
    await t.database.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.userId, s.userId));
    expect((await t.req(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a mutating request with the session cookie but without the CSRF header', async () => {
    const s = await t.login('officerTTGR');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
    expect((await t.req(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
  });

  it('refuses a wrong CSRF token', async () => {
    const s = await t.login('officerTTGR');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) } });
    expect(res.statusCode).toBe(403);
  });
});

describe('#auth.password', () => {
  it('changes the password, revokes the other sessions and writes an audit row without the password', async () => {
    const a = await t.login('secretariat');
    const b = await t.login('secretariat');
    const res = await t.req(a, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'MatKhauMoi#2021' } });
    expect(res.statusCode).toBe(200);
    expect((await t.req(a, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await t.req(b, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    await expect(t.login('secretariat', 'MatKhauMoi#2021')).resolves.toBeDefined();
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'user.changePassword'));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toContain('MatKhauMoi');
  });

  it('refuses a wrong current password naming the field', async () => {
    const s = await t.login('council');
    const res = await t.req(s, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: 'sai', newPassword: 'MatKhauMoi#2021' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'currentPassword', message: 'Mật khẩu hiện tại: không đúng' }]);
  });

  const COMMON = 'Quá phổ biến: có trong danh sách mật khẩu thường gặp hoặc đã bị lộ';
  it.each([
    ['password', 'council', [COMMON]],
    ['12345678', 'council', [COMMON]],
    ['qwertyuiop', 'council', [COMMON]],
    ['aaaaaaaa', 'council', ['Không được chỉ là một ký tự lặp lại']],
    ['        ', 'council', ['Không được chỉ gồm khoảng trắng']],
    ['APPROVER', 'approver', ['Phải có ít nhất 12 ký tự với vai trò Lãnh đạo UBND tỉnh', 'Không được trùng với tên đăng nhập']],
    ['Council#2021', 'council', ['Không được chứa tên đăng nhập']],
    ['Xg7#kq2m-pz', 'admin', ['Phải có ít nhất 12 ký tự với vai trò Quản trị hệ thống']],
    ['Xg7#kq2m-pz', 'approver', ['Phải có ít nhất 12 ký tự với vai trò Lãnh đạo UBND tỉnh']],
  ] as const)('refuses the new password %j for %s, naming the field and each reason', async (newPassword, who, reasons) => {
    const s = await t.login(who);
    const res = await t.req(s, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: TEST_PASSWORD, newPassword } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual(reasons.map((r) => ({ path: 'newPassword', message: `Mật khẩu mới: ${r}` })));
  });

  it('accepts 8 uncommon characters for a commune officer, and 12 for an administrator', async () => {
    const officer = await t.login('officerTTGR');
    expect((await t.req(officer, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'Xg7#kq2m' } })).statusCode).toBe(200);
    const admin = await t.login('admin');
    expect((await t.req(admin, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'Xg7#kq2m-pz!' } })).statusCode).toBe(200);
    await t.database.db.update(users).set({ passwordHash: await hashPassword(TEST_PASSWORD) }).where(eq(users.username, 'admin'));
  });

  it('refuses a short new password naming the field', async () => {
    const s = await t.login('council');
    const res = await t.req(s, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'ngan' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'newPassword', message: 'Mật khẩu mới: Phải có ít nhất 8 ký tự' }]);
  });
});

describe('a temporary password must be changed before anything else', () => {
  it('keeps a new account to me, change password and logout until it changes its password; then opens the rest', async () => {
    const admin = await t.login('admin');
    const unit = await t.unit('906');
    const created = await t.req(admin, { method: 'POST', url: '/api/users', payload: { username: 'tong.hop.moi', fullName: 'Lý Văn Tổng', role: 'district_aggregator', orgUnitId: unit.id } });
    expect(created.statusCode).toBe(201);
    const temporary = created.json().temporaryPassword as string;
    const s = await t.login('tong.hop.moi', temporary);
    const person = { fullName: 'Trần Thị B', position: 'Công chức', orgUnitId: unit.id };

    for (const blocked of [
      { method: 'POST' as const, url: '/api/people', payload: person },
      { method: 'GET' as const, url: '/api/org-units/export', query: { format: 'csv' } },
      { method: 'GET' as const, url: '/api/org-units' },
    ]) {
      const res = await t.req(s, blocked);
      expect(res.statusCode, `${blocked.method} ${blocked.url}`).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', message: 'Bạn phải đổi mật khẩu tạm thời trước khi tiếp tục.' });
    }
    const me = await t.req(s, { method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.mustChangePassword).toBe(true);

    const changed = await t.req(s, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: temporary, newPassword: 'Tong-Hop#Giong-Rieng' } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await t.req(s, { method: 'GET', url: '/api/auth/me' })).json().user.mustChangePassword).toBe(false);
    expect((await t.req(s, { method: 'POST', url: '/api/people', payload: person })).statusCode).toBe(201);
    expect((await t.req(s, { method: 'GET', url: '/api/org-units/export', query: { format: 'csv' } })).statusCode).toBe(200);
  });

  it('applies again after an administrator resets the password', async () => {
    const admin = await t.login('admin');
    const reset = await t.req(admin, { method: 'POST', url: `/api/users/${t.users.approver}/reset-password` });
    expect(reset.statusCode).toBe(200);
    const s = await t.login('approver', reset.json().temporaryPassword);
    expect((await t.req(s, { method: 'GET', url: '/api/users' })).statusCode).toBe(403);
    expect((await t.req(s, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
  });
});
