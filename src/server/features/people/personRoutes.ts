import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { eq } from 'drizzle-orm';
import { people } from '../../../db/schema';
import { writeAudit } from '../../kit/audit';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { listPeople, loadPerson, loadPersonUnit, presentPerson } from './people';
import { personFields } from './personFields';
import { IdParams, PersonCreateBody, PersonListQuery, PersonListResponse, PersonSchema, PersonUpdateBody } from './schema';

const TAGS = ['Cá nhân'];

/**
 * People (cá nhân, SPEC §2): cán bộ, công chức recorded in their unit. Managed by the unit itself, its district
 * aggregator and Sở Nội vụ; registrations pick them from here (or record new ones as they go).
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
    const body = req.body;
    const unit = await loadPersonUnit(db, body.orgUnitId);
    const user = authorize(req, { unitId: unit.id, unitPath: unit.path });
    const values = { ...personFields(body), orgUnitId: unit.id, birthYear: body.birthYear ?? null, gender: body.gender ?? null };
    const id = await db.transaction(async (tx) => {
      const [row] = await tx.insert(people).values({ ...values, createdAt: now(), updatedAt: now() }).returning({ id: people.id });
      await writeAudit(tx, auditContext(req), { action: 'person.create', entityType: 'person', entityId: row.id, orgUnitId: unit.id, after: values });
      return row.id;
    });
    return reply.code(201).send(presentPerson(user, await loadPerson(db, id)));
  });

  app.patch('/api/people/:id', { config: { access: 'person.manage' }, schema: { tags: TAGS, summary: 'Sửa thông tin cá nhân', params: IdParams, body: PersonUpdateBody, response: { 200: PersonSchema } } }, async (req) => {
    const row = await loadPerson(db, req.params.id);
    const user = authorize(req, { unitId: row.person.orgUnitId, unitPath: row.unitPath });
    const body = req.body;
    // Moving a person to another unit needs the right on that unit too.
    if (body.orgUnitId && body.orgUnitId !== row.person.orgUnitId) {
      const unit = await loadPersonUnit(db, body.orgUnitId);
      authorize(req, { unitId: unit.id, unitPath: unit.path });
    }
    const before = row.person;
    const changes = { ...body, ...(body.fullName !== undefined || body.position !== undefined ? personFields({ fullName: body.fullName ?? before.fullName, position: body.position ?? before.position }) : {}) };
    await db.transaction(async (tx) => {
      await tx.update(people).set({ ...changes, updatedAt: now() }).where(eq(people.id, before.id));
      const keys = Object.keys(body) as (keyof typeof body)[];
      await writeAudit(tx, auditContext(req), {
        action: 'person.update',
        entityType: 'person',
        entityId: before.id,
        orgUnitId: changes.orgUnitId ?? before.orgUnitId,
        before: Object.fromEntries(keys.map((k) => [k, before[k]])),
        after: Object.fromEntries(keys.map((k) => [k, changes[k]])),
      });
    });
    return presentPerson(user, await loadPerson(db, before.id));
  });
};
