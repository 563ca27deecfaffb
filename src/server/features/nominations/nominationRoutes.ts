import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { listNominations, presentNomination } from './listNominations';
import { loadNomination } from './nominationQueries';
import { proposeNomination } from './proposeNomination';
import { withdrawNomination } from './withdrawNomination';
import { CampaignIdParams, NominationIdParams, NominationListQuery, NominationOverviewResponse, NominationSchema, ProposeNominationBody, WithdrawNominationBody } from './schema';

const TAGS = ['Đề nghị khen thưởng'];

/**
 * Nominations (III.4.a–b): a district proposes its commune(s), a collective its individuals, within the quotas of
 * SPEC §4.3 held by a row lock in the database; withdrawal frees the place.
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const nominationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  app.get(
    '/api/campaigns/:id/nominations',
    {
      config: { access: 'nomination.read' },
      schema: {
        tags: TAGS,
        summary: 'Đề nghị khen thưởng của đợt thi đua trong phạm vi, chỉ tiêu đang dùng và các tập thể, cá nhân có thể đề nghị (mỗi danh sách theo trang)',
        params: CampaignIdParams,
        querystring: NominationListQuery,
        response: { 200: NominationOverviewResponse },
      },
    },
    async (req) => {
      const user = authorize(req);
      return listNominations(db, await loadCampaign(db, req.params.id), user, req.query);
    },
  );

  app.post(
    '/api/campaigns/:id/nominations',
    {
      config: { access: 'nomination.propose' },
      schema: {
        tags: TAGS,
        summary: 'Đề nghị khen thưởng một xã (huyện đề nghị) hoặc một cá nhân (tập thể đề nghị), trong chỉ tiêu',
        params: CampaignIdParams,
        body: ProposeNominationBody,
        response: { 201: NominationSchema },
      },
    },
    async (req, reply) => {
      const user = authorize(req);
      const id = await proposeNomination(db, auditContext(req), user, { campaignId: req.params.id, ...req.body, asOf: now() });
      return reply.code(201).send(presentNomination(user, await loadNomination(db, id)));
    },
  );

  app.post(
    '/api/nominations/:id/withdraw',
    {
      config: { access: 'nomination.propose' },
      schema: { tags: TAGS, summary: 'Rút đề nghị khen thưởng (trả lại chỉ tiêu)', params: NominationIdParams, body: WithdrawNominationBody, response: { 200: NominationSchema } },
    },
    async (req) => {
      const user = authorize(req);
      await withdrawNomination(db, auditContext(req), user, { nominationId: req.params.id, reason: req.body.reason, asOf: now() });
      return presentNomination(user, await loadNomination(db, req.params.id));
    },
  );
};
