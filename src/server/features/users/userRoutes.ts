import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { randomBytes } from 'node:crypto';
import { and, asc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import { orgUnits, sessions, users } from '../../../db/schema';
import { writeAudit } from '../../kit/audit';
import type { AppDeps } from '../../deps';
import { AppError, notFound, validation } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { containsPattern } from '../../kit/likePattern';
import { hashPassword } from '../../kit/passwords';
import { IdParams, PasswordResetResponse, UserCreateBody, UserCreatedResponse, UserListQuery, UserListResponse, UserSchema, UserUpdateBody } from './schema';

const TAGS = ['Tài khoản'];

const userColumns = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  email: users.email,
  role: users.role,
  orgUnitId: users.orgUnitId,
  unitName: orgUnits.name,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
};

/** A temporary password that is easy to read aloud over the phone: no 0/O, 1/l. */
function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(14), (b) => alphabet[b % alphabet.length]).join('');
}

type UserRow = Omit<typeof users.$inferSelect, 'passwordHash'> & { unitName: string };
const present = (u: Pick<UserRow, keyof typeof userColumns>) => ({ ...u, role: u.role as never, createdAt: new Date(u.createdAt).toISOString() });

export const userRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  async function unitExists(id: string) {
    const [u] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, id));
    return Boolean(u);
  }
  async function findUser(id: string) {
    const [u] = await db.select(userColumns).from(users).innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId)).where(eq(users.id, id));
    return u ?? null;
  }

  app.get('/api/users', { config: { access: 'user.read' }, schema: { tags: TAGS, summary: 'Danh sách tài khoản', querystring: UserListQuery, response: { 200: UserListResponse } } }, async (req) => {
    authorize(req);
    const { q, role, active, page, pageSize } = req.query;
    const where: SQL[] = [];
    if (q?.trim()) where.push(or(ilike(users.username, containsPattern(q.trim())), ilike(users.fullName, containsPattern(q.trim())))!);
    if (role) where.push(eq(users.role, role));
    if (active) where.push(eq(users.active, active === 'true'));
    const rows = await db
      .select({ ...userColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(users)
      .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
      .where(where.length ? and(...where) : undefined)
      .orderBy(asc(users.username))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    return { items: rows.map(({ total: _t, ...u }) => present(u)), total: rows[0]?.total ?? 0, page, pageSize };
  });

  app.get('/api/users/:id', { config: { access: 'user.read' }, schema: { tags: TAGS, summary: 'Chi tiết tài khoản', params: IdParams, response: { 200: UserSchema } } }, async (req) => {
    authorize(req);
    const user = await findUser(req.params.id);
    if (!user) throw notFound('Tài khoản');
    return present(user);
  });

  app.post('/api/users', { config: { access: 'user.manage' }, schema: { tags: TAGS, summary: 'Tạo tài khoản', body: UserCreateBody, response: { 201: UserCreatedResponse } } }, async (req, reply) => {
    authorize(req);
    const body = req.body;
    if (!(await unitExists(body.orgUnitId))) throw validation([{ path: 'orgUnitId', message: 'Đơn vị: không tồn tại' }]);
    const username = body.username.toLowerCase();
    const temp = body.password ? null : temporaryPassword();
    const passwordHash = await hashPassword(body.password ?? temp!);
    const id = await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(users)
        .values({ username, fullName: body.fullName, email: body.email ?? null, role: body.role, orgUnitId: body.orgUnitId, passwordHash, mustChangePassword: true })
        .onConflictDoNothing({ target: users.username })
        .returning({ id: users.id });
      if (inserted.length === 0) {
        throw new AppError('CONFLICT', `Tên đăng nhập "${username}" đã được dùng.`, [{ path: 'username', message: `Tên đăng nhập: "${username}" đã được dùng` }]);
      }
      const newId = inserted[0].id;
      await writeAudit(tx, auditContext(req), {
        action: 'user.create',
        entityType: 'user',
        entityId: newId,
        orgUnitId: body.orgUnitId,
        after: { username, fullName: body.fullName, email: body.email ?? null, role: body.role, orgUnitId: body.orgUnitId },
      });
      return newId;
    });
    return reply.code(201).send({ ...present((await findUser(id))!), temporaryPassword: temp });
  });

  app.patch('/api/users/:id', { config: { access: 'user.manage' }, schema: { tags: TAGS, summary: 'Sửa tài khoản: vai trò, đơn vị, vô hiệu hóa', params: IdParams, body: UserUpdateBody, response: { 200: UserSchema } } }, async (req) => {
    const actor = authorize(req);
    const current = await findUser(req.params.id);
    if (!current) throw notFound('Tài khoản');
    const body = req.body;
    if (body.orgUnitId && !(await unitExists(body.orgUnitId))) throw validation([{ path: 'orgUnitId', message: 'Đơn vị: không tồn tại' }]);
    if (current.id === actor.userId && (body.active === false || (body.role && body.role !== 'admin'))) {
      throw validation([{ path: body.active === false ? 'active' : 'role', message: 'Không thể tự vô hiệu hóa hoặc tự bỏ quyền quản trị của chính mình' }]);
    }
    await db.transaction(async (tx) => {
      await tx.update(users).set({ ...body, updatedAt: new Date() }).where(eq(users.id, current.id));
      // Deactivation, or a new role or unit, ends the user's sessions: their rights changed.
      if (body.active === false || body.role || body.orgUnitId) {
        await tx.update(sessions).set({ revokedAt: new Date() }).where(and(eq(sessions.userId, current.id), isNull(sessions.revokedAt)));
      }
      const before = Object.fromEntries(Object.keys(body).map((k) => [k, current[k as keyof typeof current]]));
      await writeAudit(tx, auditContext(req), {
        action: body.active === false ? 'user.deactivate' : body.active === true && !current.active ? 'user.activate' : 'user.update',
        entityType: 'user',
        entityId: current.id,
        orgUnitId: body.orgUnitId ?? current.orgUnitId,
        before,
        after: body,
      });
    });
    return present((await findUser(current.id))!);
  });

  app.post('/api/users/:id/reset-password', { config: { access: 'user.manage' }, schema: { tags: TAGS, summary: 'Cấp lại mật khẩu tạm', params: IdParams, response: { 200: PasswordResetResponse } } }, async (req) => {
    authorize(req);
    const current = await findUser(req.params.id);
    if (!current) throw notFound('Tài khoản');
    const temp = temporaryPassword();
    const passwordHash = await hashPassword(temp);
    await db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash, mustChangePassword: true, updatedAt: new Date() }).where(eq(users.id, current.id));
      await tx.update(sessions).set({ revokedAt: new Date() }).where(and(eq(sessions.userId, current.id), isNull(sessions.revokedAt)));
      await writeAudit(tx, auditContext(req), { action: 'user.resetPassword', entityType: 'user', entityId: current.id, orgUnitId: current.orgUnitId, after: { mustChangePassword: true } });
    });
    return { temporaryPassword: temp };
  });
};
