import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orgUnits, sessions, users } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { isRole } from '../../domain/access/roles';
import type { Action } from '../../domain/access/permissions';
import { decide } from '../../domain/access/policy';
import type { ScopedRecord } from '../../domain/access/actor';
import { AppError, forbidden, notFound, unauthenticated } from '../errors';
import type { AuditContext } from './audit';
import { namedStatement } from './namedStatement';

export const SESSION_COOKIE = 'thidua_sid';

/** The signed-in user as the server sees them on each request. */
export type SessionUser = Actor & {
  username: string;
  fullName: string;
  unitName: string;
  mustChangePassword: boolean;
};

/**
 * Every route declares who may reach it in `config.access`: a permission (role check, before the
 * body is even validated, so a caller without the role learns nothing from validation errors),
 * 'authenticated', or 'public'. Handlers still check the record's scope.
 */
export type RouteAccess = Action | 'authenticated' | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    sessionId: string | null;
    csrfToken: string | null;
  }
}

export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function safeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

/**
 * All that a session with a temporary password (`mustChangePassword`, after an account is created or its password
 * reset) may do until the password is changed: read its own session, change the password, log out. Checked here,
 * for every route at once: any other route that needs a session answers 403, whatever the role.
 */
const TEMPORARY_PASSWORD_ROUTES = new Set(['GET /api/auth/me', 'POST /api/auth/password', 'POST /api/auth/logout']);
export const MUST_CHANGE_PASSWORD = 'Bạn phải đổi mật khẩu tạm thời trước khi tiếp tục.';

/**
 * Loads the session and its user in one query on every request, keeps a session with a temporary password to
 * TEMPORARY_PASSWORD_ROUTES, and enforces CSRF protection:
 * a mutating request from a signed-in browser must echo the session's token in `x-csrf-token`
 * (cookies are also SameSite=Lax and httpOnly).
 */
export const sessionPlugin = fp(async (app: FastifyInstance, opts: { db: Db }) => {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);

  // A named statement, sent straight to the driver (kit/namedStatement): it runs on every request.
  // Alike in shape to the other select/join queries on purpose: each names the columns its caller needs (no shared column lists).
  const sessionLookup = namedStatement(
    opts.db,
    'session_lookup',
    {
      csrfToken: sessions.csrfToken,
      userId: users.id,
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      unitId: orgUnits.id,
      unitPath: orgUnits.path,
      unitName: orgUnits.name,
    },
    (columns) =>
      opts.db
        .select(columns)
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
        .where(and(eq(sessions.id, sql.placeholder('id')), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`)))
        .limit(1),
  );

  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    const id = hashToken(token);
    const [row] = await sessionLookup.execute({ id });
    if (!row || !row.active || !isRole(row.role)) return;
    req.sessionId = id;
    req.csrfToken = row.csrfToken;
    req.user = {
      userId: row.userId,
      username: row.username,
      fullName: row.fullName,
      role: row.role,
      unitId: row.unitId,
      unitPath: row.unitPath,
      unitName: row.unitName,
      mustChangePassword: row.mustChangePassword,
    };
  });

  app.addHook('preValidation', async (req) => {
    const access = req.routeOptions.config.access;
    if (access === undefined && req.url.startsWith('/api/')) {
      // A route that forgot to declare its access is closed, not open.
      throw forbidden('Đường dẫn chưa khai báo quyền truy cập.');
    }
    if (access && access !== 'public') {
      const user = requireUser(req);
      if (user.mustChangePassword && !TEMPORARY_PASSWORD_ROUTES.has(`${req.method} ${req.routeOptions.url}`)) {
        throw forbidden(MUST_CHANGE_PASSWORD);
      }
      if (access !== 'authenticated') authorize(req);
    }
    if (!UNSAFE.has(req.method) || !req.cookies[SESSION_COOKIE]) return;
    const sent = req.headers['x-csrf-token'];
    if (req.csrfToken && (typeof sent !== 'string' || !safeEqual(sent, req.csrfToken))) {
      throw new AppError('CSRF', 'Yêu cầu thiếu mã chống giả mạo (CSRF) hợp lệ. Hãy tải lại trang và thử lại.');
    }
  });
});

/** The signed-in user, or a 401. */
export function requireUser(req: FastifyRequest): SessionUser {
  if (!req.user) throw unauthenticated();
  return req.user;
}

/**
 * The action a route declared in `config.access`: the one place a route names what it does.
 * A route that is 'public' or 'authenticated' has no action to check a record against (a programming error).
 */
function routeAction(req: FastifyRequest): Action {
  const access = req.routeOptions.config.access;
  if (access === undefined || access === 'public' || access === 'authenticated') {
    throw new Error(`authorize() needs the route to declare an action in config.access (${req.method} ${req.routeOptions.url}).`);
  }
  return access;
}

/**
 * The signed-in user if they may perform the route's declared action (`config.access`) — on `record`, when
 * given — else 401/403/404. A record outside the scope answers 404, so a guessed id reveals nothing.
 */
export function authorize(req: FastifyRequest, record?: ScopedRecord): SessionUser {
  const user = requireUser(req);
  const decision = decide(user, routeAction(req), record);
  if (decision.allowed) return user;
  if (decision.reason === 'scope') throw notFound();
  throw forbidden();
}

export function auditContext(req: FastifyRequest): AuditContext {
  return {
    actorUserId: req.user?.userId ?? null,
    actorUsername: req.user?.username ?? null,
    actorUnitId: req.user?.unitId ?? null,
    ip: req.ip ?? null,
    userAgent: (req.headers['user-agent'] ?? '').slice(0, 500) || null,
  };
}

export function setSessionCookie(reply: FastifyReply, token: string, maxAgeSeconds: number, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: maxAgeSeconds });
}
