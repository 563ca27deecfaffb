import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CAMPAIGN_STATUSES, CAMPAIGN_STATUS_LABELS, CAMPAIGN_TRANSITIONS, type CampaignStatus } from '../../../domain/campaigns/campaignStatus';
import { checkRegistrationOpen } from '../../../domain/campaigns/registrationWindow';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { listCampaigns, loadCampaign, myRegistrationUnits, presentCampaignSummary } from './campaignQueries';
import { changeCampaignStatus } from './changeCampaignStatus';
import { cloneCampaign } from './cloneCampaign';
import { createCampaign } from './createCampaign';
import { updateCampaignPlan } from './updateCampaignPlan';
import {
  CampaignCloneBody,
  CampaignCloneResponse,
  CampaignCreateBody,
  CampaignDetailSchema,
  CampaignListQuery,
  CampaignListResponse,
  CampaignStatusBody,
  CampaignSummarySchema,
  CampaignUpdateBody,
  IdParams,
} from './schema';

const TAGS = ['Đợt thi đua'];

/**
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const campaignRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  app.get('/api/campaigns', { config: { access: 'campaign.read' }, schema: { tags: TAGS, summary: 'Danh sách đợt thi đua', querystring: CampaignListQuery, response: { 200: CampaignListResponse } } }, async (req) => {
    authorize(req);
    return listCampaigns(db, req.query);
  });

  app.get(
    '/api/campaigns/:id',
    { config: { access: 'campaign.read' }, schema: { tags: TAGS, summary: 'Chi tiết đợt thi đua: kế hoạch, mốc thời gian, trạng thái', params: IdParams, response: { 200: CampaignDetailSchema } } },
    async (req) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const asOf = now();
      const window = checkRegistrationOpen({ asOf, campaign: campaign.definition, status: campaign.status });
      return {
        ...presentCampaignSummary(campaign),
        definition: campaign.definition as unknown as Record<string, unknown>,
        hasRuleSet: campaign.ruleSet !== null,
        registrationDeadlineAt: window.deadline.toISOString(),
        serverNow: asOf.toISOString(),
        registrationWindow: { open: window.allowed, message: window.message },
        nextStatuses: (CAMPAIGN_TRANSITIONS[campaign.status] as readonly CampaignStatus[]).map((status) => ({ status, label: CAMPAIGN_STATUS_LABELS[status] })),
        statusSteps: CAMPAIGN_STATUSES.map((status) => ({ status, label: CAMPAIGN_STATUS_LABELS[status] })),
        myUnits: await myRegistrationUnits(db, user, campaign),
      };
    },
  );

  app.post('/api/campaigns', { config: { access: 'campaign.manage' }, schema: { tags: TAGS, summary: 'Lập đợt thi đua mới (dự thảo)', body: CampaignCreateBody, response: { 201: CampaignSummarySchema } } }, async (req, reply) => {
    const user = authorize(req);
    return reply.code(201).send(presentCampaignSummary(await createCampaign(db, auditContext(req), user, { ...req.body, asOf: now() })));
  });

  app.patch(
    '/api/campaigns/:id',
    { config: { access: 'campaign.manage' }, schema: { tags: TAGS, summary: 'Sửa nội dung kế hoạch của đợt thi đua', params: IdParams, body: CampaignUpdateBody, response: { 200: CampaignSummarySchema } } },
    async (req) => {
      const user = authorize(req);
      return presentCampaignSummary(await updateCampaignPlan(db, auditContext(req), user, { id: req.params.id, definition: req.body.definition, asOf: now() }));
    },
  );

  app.post(
    '/api/campaigns/:id/status',
    { config: { access: 'campaign.manage' }, schema: { tags: TAGS, summary: 'Chuyển trạng thái đợt thi đua (dự thảo → … → kết thúc)', params: IdParams, body: CampaignStatusBody, response: { 200: CampaignSummarySchema } } },
    async (req) => {
      const user = authorize(req);
      return presentCampaignSummary(await changeCampaignStatus(db, auditContext(req), user, { id: req.params.id, to: req.body.status, asOf: now() }));
    },
  );

  app.post(
    '/api/campaigns/:id/clone',
    { config: { access: 'campaign.manage' }, schema: { tags: TAGS, summary: 'Sao chép đợt thi đua sang năm mới (dự thảo, theo cây đơn vị của năm đó; không sao chép kết quả)', params: IdParams, body: CampaignCloneBody, response: { 201: CampaignCloneResponse } } },
    async (req, reply) => {
      const user = authorize(req);
      const { campaign, warnings, eraMove } = await cloneCampaign(db, auditContext(req), user, { id: req.params.id, ...req.body, asOf: now() });
      return reply.code(201).send({ campaign: presentCampaignSummary(campaign), warnings, eraMove });
    },
  );
};
