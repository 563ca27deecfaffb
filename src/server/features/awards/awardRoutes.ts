import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { buildAwardDecisionModel } from '../../../documents/awards/buildAwardDecisionModel';
import { buildAwardProposalModel } from '../../../documents/awards/buildAwardProposalModel';
import { contentDisposition } from '../../../documents/files/contentDisposition';
import { renderDocument } from '../../../documents/rendering/renderDocument';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { approveAwardProposal } from './approveAwardProposal';
import { assertProvince } from './awardGuards';
import { decisionDocumentData, proposalDocumentData } from './awardDocumentSources';
import { personRecord, unitRecord } from './awardQueries';
import { createAwardProposal } from './createAwardProposal';
import { getAwardDecision } from './getAwardDecision';
import { getAwardHistory } from './getAwardHistory';
import { getAwardProposal } from './getAwardProposal';
import { issueAwardDecision } from './issueAwardDecision';
import { listAwardProposals } from './listAwardProposals';
import { publishAwardDecision } from './publishAwardDecision';
import { returnAwardProposal } from './returnAwardProposal';
import { AwardDecisionSchema, AwardHistorySchema, AwardProposalListSchema, AwardProposalSchema, DecisionBody, EntryParams, IdParams, ProposalBody, ReturnProposalBody } from './schema';
import { submitAwardProposal } from './submitAwardProposal';
import { updateAwardProposal } from './updateAwardProposal';

const TAGS = ['Khen thưởng'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Khoản 3, Mục IV of the plan: Sở Nội vụ's consolidated Tờ trình to the chairman (DOCX), its approval or return, the
 * Quyết định khen thưởng recorded after approval (DOCX, PDF, certificates), its snapshot check and publication; and
 * the award history of a unit or a person (scoped).
 */
export const awardRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config, jobs, now }) => {
  app.get(
    '/api/campaigns/:id/award-proposals',
    { config: { access: 'award.read' }, schema: { tags: TAGS, summary: 'Các Tờ trình đề nghị tặng Bằng khen của đợt thi đua và quyết định của chúng', params: IdParams, response: { 200: AwardProposalListSchema } } },
    async (req) => {
      const user = authorize(req);
      assertProvince(user);
      return listAwardProposals(db, user, await loadCampaign(db, req.params.id));
    },
  );

  app.post(
    '/api/campaigns/:id/award-proposals',
    { config: { access: 'awardProposal.manage' }, schema: { tags: TAGS, summary: 'Lập Tờ trình với các hồ sơ Hội đồng đã thống nhất đề nghị', params: IdParams, body: ProposalBody, response: { 201: AwardProposalSchema } } },
    async (req, reply) => {
      const user = authorize(req);
      const id = await createAwardProposal(db, auditContext(req), user, { campaign: await loadCampaign(db, req.params.id), fields: req.body, asOf: now() });
      return reply.code(201).send(await getAwardProposal(db, user, id));
    },
  );

  app.get(
    '/api/award-proposals/:id',
    { config: { access: 'award.read' }, schema: { tags: TAGS, summary: 'Một Tờ trình: danh sách, trạng thái, mã băm khi đã phê duyệt', params: IdParams, response: { 200: AwardProposalSchema } } },
    async (req) => getAwardProposal(db, authorize(req), req.params.id),
  );

  app.put(
    '/api/award-proposals/:id',
    { config: { access: 'awardProposal.manage' }, schema: { tags: TAGS, summary: 'Sửa số, ngày, người ký của Tờ trình (đang dự thảo hoặc bị trả lại); cập nhật danh sách', params: IdParams, body: ProposalBody, response: { 200: AwardProposalSchema } } },
    async (req) => {
      const user = authorize(req);
      await updateAwardProposal(db, auditContext(req), { proposalId: req.params.id, fields: req.body, asOf: now() });
      return getAwardProposal(db, user, req.params.id);
    },
  );

  app.get(
    '/api/award-proposals/:id/document',
    { config: { access: 'award.read' }, schema: { tags: TAGS, summary: 'Tờ trình (DOCX, thể thức Nghị định 30/2020) kèm danh sách', params: IdParams } },
    async (req, reply) => {
      assertProvince(authorize(req));
      const data = await proposalDocumentData(db, req.params.id);
      const buffer = await renderDocument({ format: 'docx', model: buildAwardProposalModel(data) });
      return reply.header('content-type', DOCX).header('content-disposition', contentDisposition(`Tờ trình đề nghị tặng Bằng khen ${data.campaign.year}.docx`)).send(buffer);
    },
  );

  app.post(
    '/api/award-proposals/:id/submit',
    { config: { access: 'awardProposal.manage' }, schema: { tags: TAGS, summary: 'Trình Tờ trình lên Chủ tịch UBND tỉnh', params: IdParams, response: { 200: AwardProposalSchema } } },
    async (req) => {
      const user = authorize(req);
      await submitAwardProposal(db, auditContext(req), { proposalId: req.params.id, asOf: now() });
      return getAwardProposal(db, user, req.params.id);
    },
  );

  app.post(
    '/api/award-proposals/:id/approve',
    { config: { access: 'awardProposal.approve' }, schema: { tags: TAGS, summary: 'Phê duyệt Tờ trình: chốt danh sách (bản chụp và mã băm SHA-256)', params: IdParams, response: { 200: AwardProposalSchema } } },
    async (req) => {
      const user = authorize(req);
      await approveAwardProposal(db, auditContext(req), user, { proposalId: req.params.id, asOf: now() });
      return getAwardProposal(db, user, req.params.id);
    },
  );

  app.post(
    '/api/award-proposals/:id/return',
    { config: { access: 'awardProposal.approve' }, schema: { tags: TAGS, summary: 'Trả lại Tờ trình (kèm lý do)', params: IdParams, body: ReturnProposalBody, response: { 200: AwardProposalSchema } } },
    async (req) => {
      const user = authorize(req);
      await returnAwardProposal(db, auditContext(req), { proposalId: req.params.id, reason: req.body.reason, asOf: now() });
      return getAwardProposal(db, user, req.params.id);
    },
  );

  app.post(
    '/api/award-proposals/:id/decision',
    { config: { access: 'awardDecision.issue' }, schema: { tags: TAGS, summary: 'Ghi nhận Quyết định khen thưởng đã ký (số, ngày, người ký): hồ sơ chuyển sang «đã khen thưởng»', params: IdParams, body: DecisionBody, response: { 201: AwardDecisionSchema } } },
    async (req, reply) => {
      const user = authorize(req);
      const id = await issueAwardDecision(db, auditContext(req), user, { proposalId: req.params.id, fields: req.body, asOf: now() });
      return reply.code(201).send(await getAwardDecision(db, user, id));
    },
  );

  app.get(
    '/api/award-decisions/:id',
    { config: { access: 'award.read' }, schema: { tags: TAGS, summary: 'Một Quyết định khen thưởng: danh sách, mã băm và kiểm tra mã băm', params: IdParams, response: { 200: AwardDecisionSchema } } },
    async (req) => getAwardDecision(db, authorize(req), req.params.id),
  );

  app.get(
    '/api/award-decisions/:id/document.docx',
    { config: { access: 'award.read' }, schema: { tags: TAGS, summary: 'Quyết định khen thưởng (DOCX, thể thức Nghị định 30/2020) kèm danh sách', params: IdParams } },
    async (req, reply) => {
      assertProvince(authorize(req));
      const { document } = await decisionDocumentData(db, req.params.id);
      const buffer = await renderDocument({ format: 'docx', model: buildAwardDecisionModel(document) });
      return reply.header('content-type', DOCX).header('content-disposition', contentDisposition(`Quyết định ${document.decision.number.replace(/\//g, '-')}.docx`)).send(buffer);
    },
  );

  app.get(
    '/api/award-decisions/:id/document.pdf',
    { config: { access: 'award.read' }, schema: { tags: TAGS, summary: 'Quyết định khen thưởng (PDF, cùng nội dung với bản DOCX)', params: IdParams } },
    async (req, reply) => {
      assertProvince(authorize(req));
      const { document } = await decisionDocumentData(db, req.params.id);
      const buffer = await renderDocument({ format: 'pdf', model: buildAwardDecisionModel(document) });
      return reply.header('content-type', 'application/pdf').header('content-disposition', contentDisposition(`Quyết định ${document.decision.number.replace(/\//g, '-')}.pdf`)).send(buffer);
    },
  );

  app.get(
    '/api/award-decisions/:id/certificates.pdf',
    { config: { access: 'award.read' }, schema: { tags: TAGS, summary: 'Bằng khen của mọi người được khen (một trang mỗi người, A4 ngang)', params: IdParams } },
    async (req, reply) => {
      assertProvince(authorize(req));
      const { certificate, entries } = await decisionDocumentData(db, req.params.id);
      const buffer = await renderDocument({ format: 'certificates', entries, decision: certificate });
      return reply.header('content-type', 'application/pdf').header('content-disposition', contentDisposition(`Bằng khen - Quyết định ${certificate.number.replace(/\//g, '-')}.pdf`)).send(buffer);
    },
  );

  app.get(
    '/api/award-decisions/:id/certificates/:entryId',
    { config: { access: 'award.read' }, schema: { tags: TAGS, summary: 'Bằng khen của một người được khen (A4 ngang)', params: EntryParams } },
    async (req, reply) => {
      assertProvince(authorize(req));
      const { certificate, entries } = await decisionDocumentData(db, req.params.id);
      const entry = entries.find((e) => e.id === req.params.entryId);
      if (!entry) throw notFound('Người được khen');
      const buffer = await renderDocument({ format: 'certificates', entries: [entry], decision: certificate });
      return reply.header('content-type', 'application/pdf').header('content-disposition', contentDisposition(`Bằng khen - ${entry.name}.pdf`)).send(buffer);
    },
  );

  app.post(
    '/api/award-decisions/:id/publish',
    { config: { access: 'awardDecision.publish' }, schema: { tags: TAGS, summary: 'Công bố quyết định trên trang công khai và báo cho đơn vị của người được khen', params: IdParams, response: { 200: AwardDecisionSchema } } },
    async (req) => {
      const user = authorize(req);
      await publishAwardDecision(db, { config, jobs }, auditContext(req), user, { decisionId: req.params.id, asOf: now() });
      return getAwardDecision(db, user, req.params.id);
    },
  );

  app.get(
    '/api/org-units/:id/awards',
    { config: { access: 'award.read' }, schema: { tags: TAGS, summary: 'Khen thưởng của một đơn vị và cá nhân thuộc đơn vị qua các đợt, các năm', params: IdParams, response: { 200: AwardHistorySchema } } },
    async (req) => {
      authorize(req, await unitRecord(db, req.params.id));
      return getAwardHistory(db, { orgUnitId: req.params.id });
    },
  );

  app.get(
    '/api/people/:id/awards',
    { config: { access: 'award.read' }, schema: { tags: TAGS, summary: 'Khen thưởng của một cá nhân qua các đợt, các năm', params: IdParams, response: { 200: AwardHistorySchema } } },
    async (req) => {
      authorize(req, await personRecord(db, req.params.id));
      return getAwardHistory(db, { personId: req.params.id });
    },
  );
};
