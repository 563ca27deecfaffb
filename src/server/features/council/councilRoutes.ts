import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { buildCouncilSessionMinutesModel } from '../../../documents/council/buildCouncilSessionMinutesModel';
import { contentDisposition } from '../../../documents/files/contentDisposition';
import { renderDocument } from '../../../documents/rendering/renderDocument';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { closeCouncilSession } from './closeCouncilSession';
import { councilMinutesData } from './councilMinutesData';
import { createCouncilSession } from './createCouncilSession';
import { getCouncilSession } from './getCouncilSession';
import { listCouncilSessions } from './listCouncilSessions';
import { recordCouncilVotes } from './recordCouncilVotes';
import { saveCouncilAgenda } from './saveCouncilAgenda';
import { saveCouncilMembers } from './saveCouncilMembers';
import { updateCouncilSession } from './updateCouncilSession';
import { AgendaBody, CampaignIdParams, CouncilSessionListSchema, CouncilSessionSchema, CreateSessionBody, MembersBody, MyVotesBody, SessionDetailsBody, SessionIdParams, VotesBody } from './schema';

const TAGS = ['Hội đồng Thi đua – Khen thưởng'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const fieldLabels = 'councilSession' as const;

/**
 * Sessions of the provincial Hội đồng Thi đua – Khen thưởng (DOMAIN §1.5): Sở Nội vụ creates a session for a campaign,
 * its members and agenda of accepted dossiers, records the votes from paper (a member linked to an account records
 * their own), and closes it, which moves each dossier to its result and freezes the record; the Biên bản is drafted
 * from it. Every role that reads sessions is a province role (no unit scope).
 */
export const councilRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, now } = deps;

  app.get(
    '/api/campaigns/:id/council-sessions',
    { config: { access: 'council.read' }, schema: { tags: TAGS, summary: 'Các phiên họp Hội đồng Thi đua – Khen thưởng của đợt thi đua', params: CampaignIdParams, response: { 200: CouncilSessionListSchema } } },
    async (req) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      return listCouncilSessions(db, user, campaign.id);
    },
  );

  app.post(
    '/api/campaigns/:id/council-sessions',
    { config: { access: 'council.manage', fieldLabels }, schema: { tags: TAGS, summary: 'Tạo phiên họp (thời gian, địa điểm, tỷ lệ dự họp, cách tính kết quả; thành viên và hồ sơ đưa ra xét)', params: CampaignIdParams, body: CreateSessionBody, response: { 201: CouncilSessionSchema } } },
    async (req, reply) => {
      const user = authorize(req);
      const { members, dossierIds, ...details } = req.body;
      const id = await createCouncilSession(db, deps, auditContext(req), user, { campaignId: req.params.id, details, members, dossierIds, asOf: now() });
      return reply.code(201).send(await getCouncilSession(db, user, id));
    },
  );

  app.get(
    '/api/council-sessions/:id',
    { config: { access: 'council.read' }, schema: { tags: TAGS, summary: 'Một phiên họp: thành viên, hồ sơ, biểu quyết, kết quả', params: SessionIdParams, response: { 200: CouncilSessionSchema } } },
    async (req) => getCouncilSession(db, authorize(req), req.params.id),
  );

  app.put(
    '/api/council-sessions/:id',
    { config: { access: 'council.manage', fieldLabels }, schema: { tags: TAGS, summary: 'Sửa thông tin phiên họp đang mở', params: SessionIdParams, body: SessionDetailsBody, response: { 200: CouncilSessionSchema } } },
    async (req) => {
      const user = authorize(req);
      await updateCouncilSession(db, auditContext(req), user, { sessionId: req.params.id, details: req.body, asOf: now() });
      return getCouncilSession(db, user, req.params.id);
    },
  );

  app.put(
    '/api/council-sessions/:id/members',
    { config: { access: 'council.manage', fieldLabels }, schema: { tags: TAGS, summary: 'Thành viên phiên họp (họ tên, chức vụ, vai trò, đơn vị, tài khoản, tình hình tham dự)', params: SessionIdParams, body: MembersBody, response: { 200: CouncilSessionSchema } } },
    async (req) => {
      const user = authorize(req);
      await saveCouncilMembers(db, deps, auditContext(req), user, { sessionId: req.params.id, members: req.body.members, asOf: now() });
      return getCouncilSession(db, user, req.params.id);
    },
  );

  app.put(
    '/api/council-sessions/:id/agenda',
    { config: { access: 'council.manage', fieldLabels }, schema: { tags: TAGS, summary: 'Hồ sơ đã thẩm định đạt đưa ra xét tại phiên họp', params: SessionIdParams, body: AgendaBody, response: { 200: CouncilSessionSchema } } },
    async (req) => {
      const user = authorize(req);
      await saveCouncilAgenda(db, auditContext(req), user, { sessionId: req.params.id, dossierIds: req.body.dossierIds });
      return getCouncilSession(db, user, req.params.id);
    },
  );

  app.put(
    '/api/council-sessions/:id/votes',
    { config: { access: 'council.manage', fieldLabels }, schema: { tags: TAGS, summary: 'Sở Nội vụ ghi nhận biểu quyết của thành viên (từ phiếu, ý kiến bằng văn bản)', params: SessionIdParams, body: VotesBody, response: { 200: CouncilSessionSchema } } },
    async (req) => {
      const user = authorize(req);
      await recordCouncilVotes(db, auditContext(req), user, { sessionId: req.params.id, votes: req.body.votes, ownUserId: null, asOf: now() });
      return getCouncilSession(db, user, req.params.id);
    },
  );

  app.put(
    '/api/council-sessions/:id/my-votes',
    { config: { access: 'council.vote', fieldLabels }, schema: { tags: TAGS, summary: 'Thành viên Hội đồng tự ghi nhận biểu quyết của mình', params: SessionIdParams, body: MyVotesBody, response: { 200: CouncilSessionSchema } } },
    async (req) => {
      const user = authorize(req);
      const session = await getCouncilSession(db, user, req.params.id);
      const me = session.members.find((m) => m.user?.id === user.userId);
      // Who is not a member of this session is refused inside the use case (403), before anything is written.
      const votes = req.body.votes.map((v) => ({ ...v, memberId: me?.id ?? '00000000-0000-4000-8000-000000000000' }));
      await recordCouncilVotes(db, auditContext(req), user, { sessionId: req.params.id, votes, ownUserId: user.userId, asOf: now() });
      return getCouncilSession(db, user, req.params.id);
    },
  );

  app.post(
    '/api/council-sessions/:id/close',
    { config: { access: 'council.manage' }, schema: { tags: TAGS, summary: 'Kết thúc phiên họp: tính kết quả, chuyển trạng thái hồ sơ, chốt bản ghi (SHA-256)', params: SessionIdParams, response: { 200: CouncilSessionSchema } } },
    async (req) => {
      const user = authorize(req);
      await closeCouncilSession(db, auditContext(req), user, { sessionId: req.params.id, asOf: now() });
      return getCouncilSession(db, user, req.params.id);
    },
  );

  app.get(
    '/api/council-sessions/:id/minutes',
    { config: { access: 'council.read' }, schema: { tags: TAGS, summary: 'Biên bản họp Hội đồng Thi đua – Khen thưởng (DOCX, thể thức Nghị định 30/2020) lập từ bản ghi phiên họp', params: SessionIdParams } },
    async (req, reply) => {
      const data = await councilMinutesData(db, authorize(req), req.params.id);
      const buffer = await renderDocument({ format: 'docx', model: buildCouncilSessionMinutesModel(data) });
      return reply.header('content-type', DOCX).header('content-disposition', contentDisposition(`Biên bản họp Hội đồng TĐKT - ${data.session.title}.docx`)).send(buffer);
    },
  );
};
