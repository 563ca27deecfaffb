import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { abilitiesOf } from '../../../domain/access/policy';
import type { AppDeps } from '../../deps';
import { auditContext, requireUser, SESSION_COOKIE, setSessionCookie } from '../../kit/session';
import { changePassword } from './changePassword';
import { logIn } from './logIn';
import { logOut } from './logOut';
import { emailNotificationsOf, setEmailNotifications } from './setEmailNotifications';
import { ChangePasswordSchema, EmailNotificationsSchema, LoginSchema, OkSchema, SessionResponseSchema, SetEmailNotificationsSchema } from './schema';

const TAGS = ['Đăng nhập'];

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config, now }) => {
  app.post(
    '/api/auth/login',
    { config: { access: 'public' }, schema: { tags: TAGS, summary: 'Đăng nhập', body: LoginSchema, response: { 200: SessionResponseSchema } } },
    async (req, reply) => {
      const { token, csrfToken, user, unitName, unitPath } = await logIn(db, auditContext(req), {
        username: req.body.username,
        password: req.body.password,
        ip: req.ip,
        userAgent: (req.headers['user-agent'] ?? '').slice(0, 500),
        maxFailures: config.loginMaxFailures,
        windowMinutes: config.loginWindowMinutes,
        sessionTtlHours: config.sessionTtlHours,
      });
      setSessionCookie(reply, token, config.sessionTtlHours * 3600, config.secureCookies);
      const actor = { userId: user.id, role: user.role, unitId: user.orgUnitId, unitPath };
      return {
        user: {
          id: user.id,
          username: user.username,
          fullName: user.fullName,
          role: user.role,
          unitId: user.orgUnitId,
          unitName,
          mustChangePassword: user.mustChangePassword,
        },
        csrfToken,
        abilities: abilitiesOf(actor),
      };
    },
  );

  app.post('/api/auth/logout', { config: { access: 'authenticated' }, schema: { tags: TAGS, summary: 'Đăng xuất (thu hồi phiên)', response: { 200: OkSchema } } }, async (req, reply) => {
    const user = requireUser(req);
    await logOut(db, auditContext(req), user, { sessionId: req.sessionId!, asOf: now() });
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
      await changePassword(db, auditContext(req), user, { sessionId: req.sessionId!, ...req.body, asOf: now() });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/email-notifications',
    { config: { access: 'authenticated' }, schema: { tags: TAGS, summary: 'Nhận thông báo của mình qua thư điện tử: đang bật hay tắt', response: { 200: EmailNotificationsSchema } } },
    async (req) => emailNotificationsOf(db, requireUser(req).userId),
  );

  app.put(
    '/api/auth/email-notifications',
    {
      config: { access: 'authenticated' },
      schema: { tags: TAGS, summary: 'Bật hoặc tắt nhận thông báo của mình qua thư điện tử', body: SetEmailNotificationsSchema, response: { 200: EmailNotificationsSchema } },
    },
    async (req) => {
      const user = requireUser(req);
      return setEmailNotifications(db, auditContext(req), user, { enabled: req.body.enabled, asOf: now() });
    },
  );
};
