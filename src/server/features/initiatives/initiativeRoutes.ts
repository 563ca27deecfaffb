import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { createInitiative } from './createInitiative';
import { deleteInitiative } from './deleteInitiative';
import { listInitiatives, loadInitiative, presentInitiative } from './initiatives';
import { updateInitiative } from './updateInitiative';
import { IdParams, InitiativeCreateBody, InitiativeListQuery, InitiativeListResponse, InitiativeSchema, InitiativeUpdateBody } from './schema';

const TAGS = ['Sáng kiến, giải pháp CCHC'];

/**
 * CCHC solutions and initiatives (II.1.b): recorded by each unit for itself; province roles read all.
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const initiativeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  /** The initiative, checked against the route's action and the caller's scope (outside it: 404). */
  async function loadInScope(req: Parameters<typeof authorize>[0], id: string) {
    const row = await loadInitiative(db, id);
    const user = authorize(req, { unitId: row.initiative.orgUnitId, unitPath: row.unitPath });
    return { user, row };
  }

  app.get('/api/initiatives', { config: { access: 'initiative.read' }, schema: { tags: TAGS, summary: 'Sáng kiến, giải pháp CCHC trong phạm vi', querystring: InitiativeListQuery, response: { 200: InitiativeListResponse } } }, async (req) => {
    const user = authorize(req);
    return listInitiatives(db, user, req.query);
  });

  app.get('/api/initiatives/:id', { config: { access: 'initiative.read' }, schema: { tags: TAGS, summary: 'Chi tiết sáng kiến, giải pháp', params: IdParams, response: { 200: InitiativeSchema } } }, async (req) => {
    const { user, row } = await loadInScope(req, req.params.id);
    return presentInitiative(user, row);
  });

  app.post('/api/initiatives', { config: { access: 'initiative.edit' }, schema: { tags: TAGS, summary: 'Ghi nhận sáng kiến, giải pháp của đơn vị', body: InitiativeCreateBody, response: { 201: InitiativeSchema } } }, async (req, reply) => {
    const user = authorize(req);
    const id = await createInitiative(db, auditContext(req), user, { ...req.body, asOf: now() });
    return reply.code(201).send(presentInitiative(user, await loadInitiative(db, id)));
  });

  app.patch('/api/initiatives/:id', { config: { access: 'initiative.edit' }, schema: { tags: TAGS, summary: 'Sửa sáng kiến, giải pháp', params: IdParams, body: InitiativeUpdateBody, response: { 200: InitiativeSchema } } }, async (req) => {
    const { user, row } = await loadInScope(req, req.params.id);
    await updateInitiative(db, auditContext(req), user, { current: row, changes: req.body, asOf: now() });
    return presentInitiative(user, await loadInitiative(db, row.initiative.id));
  });

  app.delete('/api/initiatives/:id', { config: { access: 'initiative.edit' }, schema: { tags: TAGS, summary: 'Xóa sáng kiến, giải pháp', params: IdParams } }, async (req, reply) => {
    const { user, row } = await loadInScope(req, req.params.id);
    await deleteInitiative(db, auditContext(req), user, row);
    return reply.code(204).send();
  });
};
