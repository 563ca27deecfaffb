import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { createUser } from './createUser';
import { resetUserPassword } from './resetUserPassword';
import { updateUser } from './updateUser';
import { findUser, listUsers, presentUser } from './userQueries';
import { IdParams, PasswordResetResponse, UserCreateBody, UserCreatedResponse, UserListQuery, UserListResponse, UserSchema, UserUpdateBody } from './schema';

const TAGS = ['Tài khoản'];

/**
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const userRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  app.get('/api/users', { config: { access: 'user.read' }, schema: { tags: TAGS, summary: 'Danh sách tài khoản', querystring: UserListQuery, response: { 200: UserListResponse } } }, async (req) => {
    authorize(req);
    return listUsers(db, req.query);
  });

  app.get('/api/users/:id', { config: { access: 'user.read' }, schema: { tags: TAGS, summary: 'Chi tiết tài khoản', params: IdParams, response: { 200: UserSchema } } }, async (req) => {
    authorize(req);
    const user = await findUser(db, req.params.id);
    if (!user) throw notFound('Tài khoản');
    return presentUser(user);
  });

  app.post('/api/users', { config: { access: 'user.manage' }, schema: { tags: TAGS, summary: 'Tạo tài khoản', body: UserCreateBody, response: { 201: UserCreatedResponse } } }, async (req, reply) => {
    authorize(req);
    const { id, temporaryPassword } = await createUser(db, auditContext(req), req.body);
    return reply.code(201).send({ ...presentUser((await findUser(db, id))!), temporaryPassword });
  });

  app.patch('/api/users/:id', { config: { access: 'user.manage' }, schema: { tags: TAGS, summary: 'Sửa tài khoản: vai trò, đơn vị, vô hiệu hóa', params: IdParams, body: UserUpdateBody, response: { 200: UserSchema } } }, async (req) => {
    const actor = authorize(req);
    await updateUser(db, auditContext(req), actor, { id: req.params.id, changes: req.body, asOf: now() });
    return presentUser((await findUser(db, req.params.id))!);
  });

  app.post('/api/users/:id/reset-password', { config: { access: 'user.manage' }, schema: { tags: TAGS, summary: 'Cấp lại mật khẩu tạm', params: IdParams, response: { 200: PasswordResetResponse } } }, async (req) => {
    authorize(req);
    return { temporaryPassword: await resetUserPassword(db, auditContext(req), { id: req.params.id, asOf: now() }) };
  });
};
