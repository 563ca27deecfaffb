import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { authorize } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { getDashboard } from './getDashboard';
import { DashboardQuery, DashboardResponse, IdParams } from './schema';

const TAGS = ['Bảng điều khiển'];

/** The dashboard of a campaign (issue 12 §1), for every role within its scope. */
export const dashboardRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  app.get(
    '/api/campaigns/:id/dashboard',
    { config: { access: 'dashboard.read' }, schema: { tags: TAGS, summary: 'Bảng điều khiển đợt thi đua: đăng ký, Chỉ số CCHC, xét điều kiện, đề nghị theo giai đoạn, chỉ tiêu, hồ sơ sắp quá hạn, phản ánh', params: IdParams, querystring: DashboardQuery, response: { 200: DashboardResponse } } },
    async (req) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      return getDashboard(db, campaign, user, { groupId: req.query.groupId, withinDays: req.query.withinDays, asOf: now() });
    },
  );
};
