import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { listRegistrations, loadRegistration, presentRegistration } from './registrationQueries';
import { acceptLateRegistration, reviewRegistration, submitRegistration } from './registrationTransitions';
import { createRegistration, updateRegistration } from './saveRegistration';
import {
  IdParams,
  LateAcceptanceBody,
  RegistrationCreateBody,
  RegistrationDetailSchema,
  RegistrationListQuery,
  RegistrationListResponse,
  RegistrationReviewBody,
  RegistrationUpdateBody,
} from './schema';

const TAGS = ['Đăng ký thi đua'];

/**
 * Registrations (IV.1 and the annex "Bản đăng ký thi đua chuyên đề"): the unit writes it, the unit head sends it,
 * the district (for its communes) or Sở Nội vụ accepts or returns it. Every write checks the registration window
 * (II.3.b) against `deps.now()`.
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const registrationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  /** The registration as the caller sees it; outside their scope it answers 404. */
  async function detail(req: Parameters<typeof authorize>[0], id: string) {
    const r = await loadRegistration(db, id);
    const user = authorize(req, { unitId: r.unit.id, unitPath: r.unit.path });
    return presentRegistration(db, user, r, await loadCampaign(db, r.campaignId), now());
  }

  app.get(
    '/api/campaigns/:id/registrations',
    { config: { access: 'registration.read' }, schema: { tags: TAGS, summary: 'Bản đăng ký thi đua trong phạm vi', params: IdParams, querystring: RegistrationListQuery, response: { 200: RegistrationListResponse } } },
    async (req) => {
      const user = authorize(req);
      await loadCampaign(db, req.params.id);
      return listRegistrations(db, user, req.params.id, req.query);
    },
  );

  app.post(
    '/api/campaigns/:id/registrations',
    { config: { access: 'registration.edit' }, schema: { tags: TAGS, summary: 'Đăng ký thi đua của đơn vị (tập thể và cá nhân)', params: IdParams, body: RegistrationCreateBody, response: { 201: RegistrationDetailSchema } } },
    async (req, reply) => {
      const user = authorize(req);
      const id = await createRegistration(db, auditContext(req), user, { campaignId: req.params.id, ...req.body, asOf: now() });
      return reply.code(201).send(await detail(req, id));
    },
  );

  app.post(
    '/api/campaigns/:id/late-registrations',
    { config: { access: 'registration.lateOverride' }, schema: { tags: TAGS, summary: 'Sở Nội vụ chấp nhận đăng ký muộn của một đơn vị (ghi lý do)', params: IdParams, body: LateAcceptanceBody, response: { 200: RegistrationDetailSchema } } },
    async (req) => {
      authorize(req);
      const id = await acceptLateRegistration(db, auditContext(req), { campaignId: req.params.id, ...req.body, asOf: now() });
      return detail(req, id);
    },
  );

  app.get(
    '/api/registrations/:id',
    { config: { access: 'registration.read' }, schema: { tags: TAGS, summary: 'Chi tiết bản đăng ký thi đua', params: IdParams, response: { 200: RegistrationDetailSchema } } },
    async (req) => detail(req, req.params.id),
  );

  app.patch(
    '/api/registrations/:id',
    { config: { access: 'registration.edit' }, schema: { tags: TAGS, summary: 'Sửa bản đăng ký (khi đang soạn hoặc bị trả lại, trong hạn)', params: IdParams, body: RegistrationUpdateBody, response: { 200: RegistrationDetailSchema } } },
    async (req) => {
      const user = authorize(req);
      await updateRegistration(db, auditContext(req), user, { id: req.params.id, ...req.body, asOf: now() });
      return detail(req, req.params.id);
    },
  );

  app.post(
    '/api/registrations/:id/submit',
    { config: { access: 'registration.submit' }, schema: { tags: TAGS, summary: 'Thủ trưởng đơn vị duyệt và gửi bản đăng ký', params: IdParams, response: { 200: RegistrationDetailSchema } } },
    async (req) => {
      const r = await loadRegistration(db, req.params.id);
      const user = authorize(req, { unitId: r.unit.id, unitPath: r.unit.path });
      await submitRegistration(db, auditContext(req), user, r.id, now());
      return detail(req, r.id);
    },
  );

  app.post(
    '/api/registrations/:id/review',
    { config: { access: 'registration.review' }, schema: { tags: TAGS, summary: 'Tiếp nhận hoặc trả lại bản đăng ký', params: IdParams, body: RegistrationReviewBody, response: { 200: RegistrationDetailSchema } } },
    async (req) => {
      const r = await loadRegistration(db, req.params.id);
      const user = authorize(req, { unitId: r.unit.id, unitPath: r.unit.path });
      await reviewRegistration(db, auditContext(req), user, { id: r.id, ...req.body, asOf: now() });
      return detail(req, r.id);
    },
  );
};
