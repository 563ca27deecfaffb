import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { loginAttempts, orgUnits, sessions, users } from '../../../db/schema';
import { abilitiesOf } from '../../../domain/access/policy';
import { isRole } from '../../../domain/access/roles';
import { writeAudit } from '../../kit/audit';
import type { AppDeps } from '../../deps';
import { AppError, validation } from '../../errors';
import { auditContext, hashToken, newToken, requireUser, SESSION_COOKIE, setSessionCookie } from '../../kit/session';
import { clearLoginAttempts, reserveLoginAttempt } from './loginThrottle';
import { hashPassword, verifyPassword } from '../../kit/passwords';
import { assertPasswordAllowed } from '../../kit/passwordPolicy';
import { ChangePasswordSchema, LoginSchema, OkSchema, SessionResponseSchema } from './schema';

const TAGS = ['Đăng nhập'];

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.post(
    '/api/auth/login',
    { config: { access: 'public' }, schema: { tags: TAGS, summary: 'Đăng nhập', body: LoginSchema, response: { 200: SessionResponseSchema } } },
    async (req, reply) => {
      const username = req.body.username.toLowerCase();
      // Count first, check the password after: a refused attempt never reaches verifyPassword.
      const reservation = await reserveLoginAttempt(db, username, config.loginMaxFailures, config.loginWindowMinutes);
      if (!reservation.allowed) {
        const minutes = Math.max(1, Math.ceil(reservation.retryAfterSeconds / 60));
        throw new AppError(
          'TOO_MANY_ATTEMPTS',
          `Tài khoản tạm khóa do đăng nhập sai ${reservation.attempts} lần. Vui lòng thử lại sau ${minutes} phút.`,
          [{ path: 'username', message: `Tên đăng nhập: tạm khóa, thử lại sau ${minutes} phút` }],
          { 'retry-after': String(minutes * 60) },
        );
      }
      const [row] = await db
        .select({ user: users, unitName: orgUnits.name, unitPath: orgUnits.path })
        .from(users)
        .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
        .where(eq(users.username, username))
        .limit(1);
      const ok = await verifyPassword(row?.user.passwordHash ?? null, req.body.password);
      if (!row || !ok || !row.user.active || !isRole(row.user.role)) {
        await db.insert(loginAttempts).values({ username, ip: req.ip, success: false });
        const message = row && ok && !row.user.active ? 'Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị hệ thống.' : 'Tên đăng nhập hoặc mật khẩu không đúng.';
        throw new AppError('INVALID_CREDENTIALS', message, [{ path: 'password', message: `Mật khẩu: ${message}` }]);
      }
      const user = row.user;
      const token = newToken();
      const csrfToken = newToken();
      const expiresAt = new Date(Date.now() + config.sessionTtlHours * 3600_000);
      await db.transaction(async (tx) => {
        await tx.insert(sessions).values({
          id: hashToken(token),
          userId: user.id,
          csrfToken,
          expiresAt,
          ip: req.ip,
          userAgent: (req.headers['user-agent'] ?? '').slice(0, 500),
        });
        await tx.insert(loginAttempts).values({ username, ip: req.ip, success: true });
        await clearLoginAttempts(tx, username);
        await writeAudit(
          tx,
          { ...auditContext(req), actorUserId: user.id, actorUsername: user.username, actorUnitId: user.orgUnitId },
          { action: 'auth.login', entityType: 'session', entityId: user.id, orgUnitId: user.orgUnitId },
        );
      });
      setSessionCookie(reply, token, config.sessionTtlHours * 3600, config.secureCookies);
      const actor = { userId: user.id, role: user.role, unitId: user.orgUnitId, unitPath: row.unitPath };
      return {
        user: {
          id: user.id,
          username: user.username,
          fullName: user.fullName,
          role: user.role,
          unitId: user.orgUnitId,
          unitName: row.unitName,
          mustChangePassword: user.mustChangePassword,
        },
        csrfToken,
        abilities: abilitiesOf(actor),
      };
    },
  );

  app.post('/api/auth/logout', { config: { access: 'authenticated' }, schema: { tags: TAGS, summary: 'Đăng xuất (thu hồi phiên)', response: { 200: OkSchema } } }, async (req, reply) => {
    const user = requireUser(req);
    await db.transaction(async (tx) => {
      await tx.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, req.sessionId!));
      await writeAudit(tx, auditContext(req), { action: 'auth.logout', entityType: 'session', entityId: user.userId, orgUnitId: user.unitId });
    });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.get('/api/auth/me', { config: { access: 'authenticated' }, schema: { tags: TAGS, summary: 'Phiên đăng nhập hiện tại', response: { 200: SessionResponseSchema } } }, async (req) => {
    const user = requireUser(req);
    return {
      user: {
        id: user.userId,
        username: user.username,
        fullName: user.fullName,
        role: user.role,
        unitId: user.unitId,
        unitName: user.unitName,
        mustChangePassword: user.mustChangePassword,
      },
      csrfToken: req.csrfToken!,
      abilities: abilitiesOf(user),
    };
  });

  app.post(
    '/api/auth/password',
    { config: { access: 'authenticated' }, schema: { tags: TAGS, summary: 'Đổi mật khẩu (thu hồi các phiên khác)', body: ChangePasswordSchema, response: { 200: OkSchema } } },
    async (req) => {
      const user = requireUser(req);
      const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.userId));
      if (!(await verifyPassword(row?.passwordHash ?? null, req.body.currentPassword))) {
        throw validation([{ path: 'currentPassword', message: 'Mật khẩu hiện tại: không đúng' }], 'Mật khẩu hiện tại không đúng.');
      }
      if (req.body.newPassword === req.body.currentPassword) {
        throw validation([{ path: 'newPassword', message: 'Mật khẩu mới: phải khác mật khẩu hiện tại' }]);
      }
      await assertPasswordAllowed('newPassword', 'Mật khẩu mới', { password: req.body.newPassword, username: user.username, role: user.role });
      const passwordHash = await hashPassword(req.body.newPassword);
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), updatedAt: new Date() })
          .where(eq(users.id, user.userId));
        await tx
          .update(sessions)
          .set({ revokedAt: new Date() })
          .where(and(eq(sessions.userId, user.userId), ne(sessions.id, req.sessionId!), isNull(sessions.revokedAt)));
        await writeAudit(tx, auditContext(req), {
          action: 'user.changePassword',
          entityType: 'user',
          entityId: user.userId,
          orgUnitId: user.unitId,
          before: { mustChangePassword: user.mustChangePassword },
          after: { mustChangePassword: false },
        });
      });
      return { ok: true as const };
    },
  );
};
