import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { forbidden, validation } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { districtConsolidation, forwardDistrict, forwardProvince, loadDistrict, provinceConsolidation } from './consolidation';
import {
  DistrictConsolidationQuery,
  DistrictConsolidationResponse,
  DistrictForwardResponse,
  ForwardBody,
  IdParams,
  ProvinceConsolidationResponse,
  ProvinceForwardResponse,
} from './schema';

const TAGS = ['Tổng hợp đăng ký thi đua'];

/**
 * District and province consolidations of registrations (IV.1: "cấp huyện tổng hợp … gửi về Sở Nội vụ").
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const consolidationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  app.get(
    '/api/campaigns/:id/consolidations/district',
    { config: { access: 'consolidation.read' }, schema: { tags: TAGS, summary: 'Tổng hợp đăng ký của một huyện: xã đã / chưa đăng ký', params: IdParams, querystring: DistrictConsolidationQuery, response: { 200: DistrictConsolidationResponse } } },
    async (req) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const { districtId, ...filter } = req.query;
      const id = districtId ?? (user.role === 'district_aggregator' ? user.unitId : null);
      if (!id) throw validation([{ path: 'districtId', message: 'Huyện: cần chọn huyện để xem tổng hợp' }]);
      const district = await loadDistrict(db, campaign, id);
      // A district outside the caller's scope answers 404, as if it did not exist.
      authorize(req, { unitId: district.id, unitPath: district.path });
      return districtConsolidation(db, campaign, district, filter);
    },
  );

  app.post(
    '/api/campaigns/:id/consolidations/district',
    { config: { access: 'consolidation.forwardDistrict' }, schema: { tags: TAGS, summary: 'Huyện chuyển danh sách đăng ký đã tổng hợp về Sở Nội vụ', params: IdParams, body: ForwardBody, response: { 200: DistrictForwardResponse } } },
    async (req) => {
      const user = authorize(req);
      // The aggregator forwards its own district only: its unit is the district (SPEC §1).
      return forwardDistrict(db, auditContext(req), { campaignId: req.params.id, districtId: user.unitId, note: req.body.note, asOf: now() });
    },
  );

  app.get(
    '/api/campaigns/:id/consolidations/province',
    { config: { access: 'consolidation.read' }, schema: { tags: TAGS, summary: 'Tổng hợp toàn tỉnh theo sở, ngành và huyện', params: IdParams, response: { 200: ProvinceConsolidationResponse } } },
    async (req) => {
      const user = authorize(req);
      // The whole province is for province roles; a district sees its own picture on the district screen.
      if (user.role === 'district_aggregator') throw forbidden('Tổng hợp toàn tỉnh dành cho cấp tỉnh; Phòng Nội vụ cấp huyện xem tổng hợp của huyện mình.');
      return provinceConsolidation(db, await loadCampaign(db, req.params.id));
    },
  );

  app.post(
    '/api/campaigns/:id/consolidations/province',
    { config: { access: 'consolidation.forwardProvince' }, schema: { tags: TAGS, summary: 'Sở Nội vụ tổng hợp đăng ký thi đua báo cáo UBND tỉnh', params: IdParams, body: ForwardBody, response: { 200: ProvinceForwardResponse } } },
    async (req) => {
      authorize(req);
      return forwardProvince(db, auditContext(req), { campaignId: req.params.id, note: req.body.note, asOf: now() });
    },
  );
};
