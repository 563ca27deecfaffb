import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { eq } from 'drizzle-orm';
import { initiatives, orgUnits } from '../../../db/schema';
import { writeAudit } from '../../kit/audit';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { checkInitiativeFields, listInitiatives, loadInitiative, mayEditInitiative, presentInitiative } from './initiatives';
import { IdParams, InitiativeCreateBody, InitiativeListQuery, InitiativeListResponse, InitiativeSchema, InitiativeUpdateBody } from './schema';

const TAGS = ['Sáng kiến, giải pháp CCHC'];

/** CCHC solutions and initiatives (II.1.b): recorded by each unit for itself; province roles read all. */
export const initiativeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  /** Loads for a write: outside the actor's scope answers 404, inside but not their own unit 403. */
  async function loadForEdit(req: Parameters<typeof authorize>[0], id: string) {
    const row = await loadInitiative(db, id);
    const user = authorize(req, { unitId: row.initiative.orgUnitId, unitPath: row.unitPath });
    if (!mayEditInitiative(user, { id: row.initiative.orgUnitId, path: row.unitPath, kind: row.unitKind })) throw notFound('Sáng kiến, giải pháp');
    return { user, row };
  }

  app.get('/api/initiatives', { config: { access: 'initiative.read' }, schema: { tags: TAGS, summary: 'Sáng kiến, giải pháp CCHC trong phạm vi', querystring: InitiativeListQuery, response: { 200: InitiativeListResponse } } }, async (req) => {
    const user = authorize(req);
    return listInitiatives(db, user, req.query);
  });

  app.get('/api/initiatives/:id', { config: { access: 'initiative.read' }, schema: { tags: TAGS, summary: 'Chi tiết sáng kiến, giải pháp', params: IdParams, response: { 200: InitiativeSchema } } }, async (req) => {
    const row = await loadInitiative(db, req.params.id);
    const user = authorize(req, { unitId: row.initiative.orgUnitId, unitPath: row.unitPath });
    return presentInitiative(user, row);
  });

  app.post('/api/initiatives', { config: { access: 'initiative.edit' }, schema: { tags: TAGS, summary: 'Ghi nhận sáng kiến, giải pháp của đơn vị', body: InitiativeCreateBody, response: { 201: InitiativeSchema } } }, async (req, reply) => {
    const user = authorize(req);
    const body = req.body;
    const [unit] = await db.select({ id: orgUnits.id, path: orgUnits.path, kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, body.orgUnitId));
    if (!unit || !mayEditInitiative(user, unit)) throw notFound('Đơn vị');
    await checkInitiativeFields(db, body);
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(initiatives)
        .values({ ...body, campaignId: body.campaignId ?? null, periodFrom: body.periodFrom ?? null, periodTo: body.periodTo ?? null, createdById: user.userId, createdAt: now(), updatedAt: now() })
        .returning();
      await writeAudit(tx, auditContext(req), { action: 'initiative.create', entityType: 'initiative', entityId: row.id, orgUnitId: unit.id, after: row });
      return row.id;
    });
    return reply.code(201).send(presentInitiative(user, await loadInitiative(db, id)));
  });

  app.patch('/api/initiatives/:id', { config: { access: 'initiative.edit' }, schema: { tags: TAGS, summary: 'Sửa sáng kiến, giải pháp', params: IdParams, body: InitiativeUpdateBody, response: { 200: InitiativeSchema } } }, async (req) => {
    const { user, row } = await loadForEdit(req, req.params.id);
    const body = req.body;
    const merged = { ...row.initiative, ...body };
    await checkInitiativeFields(db, merged);
    await db.transaction(async (tx) => {
      await tx.update(initiatives).set({ ...body, updatedAt: now() }).where(eq(initiatives.id, row.initiative.id));
      const before = Object.fromEntries(Object.keys(body).map((k) => [k, row.initiative[k as keyof typeof row.initiative]]));
      await writeAudit(tx, auditContext(req), { action: 'initiative.update', entityType: 'initiative', entityId: row.initiative.id, orgUnitId: row.initiative.orgUnitId, before, after: body });
    });
    return presentInitiative(user, await loadInitiative(db, row.initiative.id));
  });

  app.delete('/api/initiatives/:id', { config: { access: 'initiative.edit' }, schema: { tags: TAGS, summary: 'Xóa sáng kiến, giải pháp', params: IdParams } }, async (req, reply) => {
    const { row } = await loadForEdit(req, req.params.id);
    await db.transaction(async (tx) => {
      await tx.delete(initiatives).where(eq(initiatives.id, row.initiative.id));
      await writeAudit(tx, auditContext(req), { action: 'initiative.delete', entityType: 'initiative', entityId: row.initiative.id, orgUnitId: row.initiative.orgUnitId, before: row.initiative });
    });
    return reply.code(204).send();
  });
};
