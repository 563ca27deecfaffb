import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { SelectionOverviewResponse } from '../../../shared/contracts/collectiveSelections';
import { loadCampaign } from '../campaigns/campaignQueries';
import { selectCollectives } from './selectCollectives';
import { selectionOverview } from './selectionOverview';
import { CampaignIdParams } from './schema';

const TAGS = ['Đề nghị khen thưởng'];

export const SelectCollectivesBody = z.strictObject({
  /** The org unit ids of the collectives picked (1–100 at a time). */
  unitIds: z.array(z.uuid()).min(1).max(100),
});

/**
 * Sở Nội vụ picks typical collectives from the excellent group (III.4.a, first bullet); each is told by a notice.
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const selectionRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, now } = deps;
  app.get(
    '/api/campaigns/:id/selections',
    {
      config: { access: 'selection.manage' },
      schema: { tags: TAGS, summary: 'Tập thể tiêu biểu Sở Nội vụ đã chọn trong nhóm xuất sắc, các tập thể còn có thể chọn và chỉ tiêu', params: CampaignIdParams, response: { 200: SelectionOverviewResponse } },
    },
    async (req) => {
      authorize(req);
      return selectionOverview(db, await loadCampaign(db, req.params.id));
    },
  );

  app.post(
    '/api/campaigns/:id/selections',
    {
      config: { access: 'selection.manage' },
      schema: {
        tags: TAGS,
        summary: 'Chọn tập thể tiêu biểu trong nhóm xếp hạng xuất sắc (trong chỉ tiêu của đợt); đơn vị được thông báo',
        params: CampaignIdParams,
        body: SelectCollectivesBody,
        response: { 201: SelectionOverviewResponse },
      },
    },
    async (req, reply) => {
      const user = authorize(req);
      await selectCollectives(db, deps, auditContext(req), user, { campaignId: req.params.id, unitIds: req.body.unitIds, asOf: now() });
      return reply.code(201).send(await selectionOverview(db, await loadCampaign(db, req.params.id)));
    },
  );
};
