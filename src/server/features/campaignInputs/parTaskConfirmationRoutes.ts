import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgUnits, people } from '../../../db/schema';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { confirmParTasks } from './confirmParTasks';
import { listParTaskConfirmations } from './parTaskConfirmationQueries';
import { ParTaskConfirmationBody, ParTaskConfirmationListParams, ParTaskConfirmationParams, ParTaskConfirmationSchema } from './schema';

const TAGS = ['Xếp loại và công nhận'];

/**
 * The head's confirmation that a person carried out the assigned CCHC tasks excellently in a year (III.1.b, second
 * bullet): listed in scope; written by the head of the person's unit (or Sở Nội vụ from paper).
 */
export const parTaskConfirmationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, now } = deps;

  app.get(
    '/api/ratings/:year/par-task-confirmations',
    {
      config: { access: 'rating.read' },
      schema: { tags: TAGS, summary: 'Xác nhận cá nhân thực hiện xuất sắc nhiệm vụ CCHC được giao trong năm (trong phạm vi)', params: ParTaskConfirmationListParams, response: { 200: z.array(ParTaskConfirmationSchema) } },
    },
    async (req) => listParTaskConfirmations(db, authorize(req), req.params.year),
  );

  app.put(
    '/api/ratings/:year/people/:personId/par-task-confirmation',
    {
      config: { access: 'parTaskConfirmation.manage' },
      schema: {
        tags: TAGS,
        summary: 'Thủ trưởng đơn vị xác nhận cá nhân thực hiện xuất sắc các nhiệm vụ CCHC được giao trong năm (III.1.b); excellent null xóa xác nhận',
        params: ParTaskConfirmationParams,
        body: ParTaskConfirmationBody,
        response: { 200: z.object({ year: z.number(), personId: z.string(), excellent: z.boolean().nullable(), directlyDoesParWork: z.boolean(), change: z.enum(['created', 'updated', 'deleted', 'unchanged']) }) },
      },
    },
    async (req) => {
      const { year, personId } = req.params;
      const [person] = await db
        .select({ id: people.id, orgUnitId: people.orgUnitId, unitPath: orgUnits.path })
        .from(people)
        .innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId))
        .where(eq(people.id, personId));
      if (!person) throw notFound('Cá nhân');
      // The head of the person's own unit only: a person of another unit answers 404, as if they did not exist.
      const user = authorize(req, { unitId: person.orgUnitId, unitPath: person.unitPath });
      const change = await confirmParTasks(db, auditContext(req), user, { year, person, ...req.body, asOf: now() });
      return { year, personId, excellent: req.body.excellent, directlyDoesParWork: req.body.excellent === null ? false : req.body.directlyDoesParWork, change };
    },
  );
};
