import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { getDossier } from '../dossiers/getDossier';
import { DossierSchema, ReturnDossierBody } from '../dossiers/schema';
import { decideAppraisal } from './decideAppraisal';
import { getAppraisal } from './getAppraisal';
import { AcceptBody, AppraisalSchema, NominationIdParams, ReturnBody } from './schema';

const TAGS = ['Thẩm định hồ sơ'];

/**
 * Sở Nội vụ's appraisal of submitted dossiers (thẩm định, Khoản 3, Mục IV): the checklist with notes, accept, or
 * return for supplement. The queue is the dossiers feature's /api/campaigns/:id/dossiers. Scope is the nomination's.
 */
export const appraisalRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, now } = deps;
  app.get(
    '/api/nominations/:id/appraisal',
    { config: { access: 'dossier.appraise' }, schema: { tags: TAGS, summary: 'Phiếu thẩm định hồ sơ: thành phần, chữ ký, tiêu chuẩn, số lượng, thời hạn; các phiên bản đã gửi', params: NominationIdParams, response: { 200: AppraisalSchema } } },
    async (req) => getAppraisal(db, authorize(req), { nominationId: req.params.id, asOf: now() }),
  );

  app.post(
    '/api/nominations/:id/appraisal/accept',
    { config: { access: 'dossier.appraise' }, schema: { tags: TAGS, summary: 'Thẩm định đạt: hồ sơ đủ điều kiện trình Hội đồng Thi đua – Khen thưởng', params: NominationIdParams, body: AcceptBody, response: { 200: AppraisalSchema } } },
    async (req) => {
      const user = authorize(req);
      await decideAppraisal(db, deps, auditContext(req), user, { nominationId: req.params.id, outcome: 'accepted', version: req.body.version, note: req.body.note?.trim() || null, notes: req.body.notes, asOf: now() });
      return getAppraisal(db, user, { nominationId: req.params.id, asOf: now() });
    },
  );

  app.post(
    '/api/nominations/:id/appraisal/return',
    { config: { access: 'dossier.appraise' }, schema: { tags: TAGS, summary: 'Trả lại hồ sơ để bổ sung (kèm lý do); đơn vị được thông báo', params: NominationIdParams, body: ReturnBody, response: { 200: AppraisalSchema } } },
    async (req) => {
      const user = authorize(req);
      await decideAppraisal(db, deps, auditContext(req), user, { nominationId: req.params.id, outcome: 'returned', version: req.body.version, note: req.body.reason, notes: req.body.notes, asOf: now() });
      return getAppraisal(db, user, { nominationId: req.params.id, asOf: now() });
    },
  );

  // The earlier return URL of the dossier page, kept: a return of the newest version, recorded as an appraisal.
  app.post(
    '/api/nominations/:id/dossier/return',
    { config: { access: 'dossier.appraise' }, schema: { tags: TAGS, summary: 'Sở Nội vụ trả lại hồ sơ, yêu cầu bổ sung (kèm lý do)', params: NominationIdParams, body: ReturnDossierBody, response: { 200: DossierSchema } } },
    async (req) => {
      const user = authorize(req);
      await decideAppraisal(db, deps, auditContext(req), user, { nominationId: req.params.id, outcome: 'returned', note: req.body.reason, asOf: now() });
      return getDossier(db, user, { nominationId: req.params.id, asOf: now() });
    },
  );
};
