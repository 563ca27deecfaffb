import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { createPerson } from './createPerson';
import { listPeople, loadPerson, presentPerson } from './people';
import { updatePerson } from './updatePerson';
import { IdParams, PersonCreateBody, PersonListQuery, PersonListResponse, PersonSchema, PersonUpdateBody } from './schema';

const TAGS = ['Cá nhân'];

/**
 * People (cá nhân, SPEC §2): cán bộ, công chức recorded in their unit. Managed by the unit itself, its district
 * aggregator and Sở Nội vụ; registrations pick them from here (or record new ones as they go).
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const personRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  app.get('/api/people', { config: { access: 'person.read' }, schema: { tags: TAGS, summary: 'Cá nhân trong phạm vi', querystring: PersonListQuery, response: { 200: PersonListResponse } } }, async (req) => {
    const user = authorize(req);
    return listPeople(db, user, req.query);
  });

  app.get('/api/people/:id', { config: { access: 'person.read' }, schema: { tags: TAGS, summary: 'Chi tiết cá nhân', params: IdParams, response: { 200: PersonSchema } } }, async (req) => {
    const row = await loadPerson(db, req.params.id);
    const user = authorize(req, { unitId: row.person.orgUnitId, unitPath: row.unitPath });
    return presentPerson(user, row);
  });

  app.post('/api/people', { config: { access: 'person.manage' }, schema: { tags: TAGS, summary: 'Ghi nhận cá nhân của đơn vị', body: PersonCreateBody, response: { 201: PersonSchema } } }, async (req, reply) => {
    const user = authorize(req);
    const id = await createPerson(db, auditContext(req), user, { ...req.body, asOf: now() });
    return reply.code(201).send(presentPerson(user, await loadPerson(db, id)));
  });

  app.patch('/api/people/:id', { config: { access: 'person.manage' }, schema: { tags: TAGS, summary: 'Sửa thông tin cá nhân', params: IdParams, body: PersonUpdateBody, response: { 200: PersonSchema } } }, async (req) => {
    const row = await loadPerson(db, req.params.id);
    const user = authorize(req, { unitId: row.person.orgUnitId, unitPath: row.unitPath });
    await updatePerson(db, auditContext(req), user, { current: row, changes: req.body, asOf: now() });
    return presentPerson(user, await loadPerson(db, row.person.id));
  });
};
