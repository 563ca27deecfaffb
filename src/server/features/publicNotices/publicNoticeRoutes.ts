import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicNoticeSettingsOf } from '../../../domain/publicNotices/publicNoticeRules';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { loadDossierContext } from '../dossiers/dossierQueries';
import { moderateComment } from './moderateComment';
import { toManagedNotices, toModeratedComments, toPublicViews } from './publicNoticePresenter';
import { listCampaignComments, listCampaignNotices, listDossierComments, listProposedEntries, listPublicNotices, loadNotice } from './publicNoticeQueries';
import { publishProposedList } from './publishProposedList';
import { savePublicNoticeSettings } from './savePublicNoticeSettings';
import { submitPublicComment } from './submitPublicComment';
import { withdrawNotice } from './withdrawNotice';
import {
  CampaignIdParams,
  CampaignPublicNoticesSchema,
  COMMENT_BODY_LIMIT_BYTES,
  CommentIdParams,
  CommentListQuery,
  DossierPublicCommentsResponse,
  ManagedNoticeSchema,
  ModerateCommentBody,
  ModeratedCommentListResponse,
  ModeratedCommentSchema,
  NominationIdParams,
  NoticeIdParams,
  NoticeSettingsBody,
  PublicCommentBody,
  PublicCommentReceiptSchema,
  PublicNoticeListResponse,
  PublicNoticeSettingsSchema,
  PublishNoticeBody,
  WithdrawNoticeBody,
} from './schema';

const TAGS = ['Công khai lấy ý kiến'];
const PUBLIC_TAGS = ['Trang công khai (không cần đăng nhập)'];

/**
 * Công khai lấy ý kiến (DOMAIN §1.6): the public page's two routes (no login: only published, not withdrawn notices,
 * with name, position and unit of each line; comments rate-limited per sender), and the secretariat's routes to set
 * the campaign's option, publish and withdraw lists, and moderate comments. Alike in shape on purpose: each route
 * declares its own access, schemas and the one use case it calls.
 */
export const publicNoticeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config, now }) => {
  app.get(
    '/api/public/notices',
    { config: { access: 'public' }, schema: { tags: PUBLIC_TAGS, summary: 'Các danh sách đang công khai lấy ý kiến và các quyết định khen thưởng đã công bố', security: [], response: { 200: PublicNoticeListResponse } } },
    async () => {
      const asOf = now();
      return { items: toPublicViews(await listPublicNotices(db, asOf), asOf), asOf: asOf.toISOString() };
    },
  );

  app.post(
    '/api/public/notices/:id/comments',
    {
      config: { access: 'public', fieldLabels: 'publicNotice' },
      bodyLimit: COMMENT_BODY_LIMIT_BYTES,
      schema: { tags: PUBLIC_TAGS, summary: 'Gửi góp ý cho danh sách đang lấy ý kiến (chờ Sở Nội vụ duyệt; giới hạn số góp ý mỗi người gửi)', security: [], params: NoticeIdParams, body: PublicCommentBody, response: { 201: PublicCommentReceiptSchema } },
    },
    async (req, reply) => {
      const b = req.body;
      await submitPublicComment(db, auditContext(req), {
        noticeId: req.params.id,
        authorName: b.authorName,
        contact: b.contact || null,
        body: b.body,
        entryNo: b.entryNo ?? null,
        ip: req.ip,
        rate: { limit: config.publicCommentLimit, windowMinutes: config.publicCommentWindowMinutes },
        asOf: now(),
      });
      return reply.code(201).send({ status: 'pending' as const, message: 'Đã nhận góp ý của bạn. Góp ý sẽ hiển thị công khai sau khi Sở Nội vụ xem xét, duyệt.' });
    },
  );

  app.get(
    '/api/campaigns/:id/public-notices',
    { config: { access: 'publicNotice.manage' }, schema: { tags: TAGS, summary: 'Chế độ công khai lấy ý kiến của đợt, danh sách sẽ đăng, các thông báo đã đăng', params: CampaignIdParams, response: { 200: CampaignPublicNoticesSchema } } },
    async (req) => {
      authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const asOf = now();
      const candidates = (await listProposedEntries(db, campaign.id)).map((e) => ({ dossierId: e.dossierId, name: e.name, position: e.position, unitName: e.unitName }));
      return { campaignId: campaign.id, planNumber: campaign.planNumber, settings: publicNoticeSettingsOf(campaign.definition), candidates, notices: toManagedNotices(await listCampaignNotices(db, campaign.id), asOf) };
    },
  );

  app.put(
    '/api/campaigns/:id/public-notice-settings',
    { config: { access: 'publicNotice.manage', fieldLabels: 'publicNotice' }, schema: { tags: TAGS, summary: 'Bật, tắt công khai lấy ý kiến và đặt số ngày lấy ý kiến của đợt', params: CampaignIdParams, body: NoticeSettingsBody, response: { 200: PublicNoticeSettingsSchema } } },
    async (req) => savePublicNoticeSettings(db, auditContext(req), authorize(req), { campaignId: req.params.id, settings: req.body, asOf: now() }),
  );

  app.post(
    '/api/campaigns/:id/public-notices',
    { config: { access: 'publicNotice.manage', fieldLabels: 'publicNotice' }, schema: { tags: TAGS, summary: 'Đăng danh sách đề nghị khen thưởng lên trang công khai để lấy ý kiến', params: CampaignIdParams, body: PublishNoticeBody, response: { 201: ManagedNoticeSchema } } },
    async (req, reply) => {
      const user = authorize(req);
      const asOf = now();
      const notice = await publishProposedList(db, auditContext(req), user, { campaignId: req.params.id, title: req.body.title, body: req.body.body, asOf });
      return reply.code(201).send(toManagedNotices([{ notice, publishedBy: user.fullName, comments: { pending: 0, approved: 0, rejected: 0 } }], asOf)[0]);
    },
  );

  app.post(
    '/api/public-notices/:id/withdraw',
    { config: { access: 'publicNotice.manage' }, schema: { tags: TAGS, summary: 'Gỡ một thông báo khỏi trang công khai (kèm lý do)', params: NoticeIdParams, body: WithdrawNoticeBody, response: { 200: ManagedNoticeSchema } } },
    async (req) => {
      const user = authorize(req);
      const asOf = now();
      const notice = await withdrawNotice(db, auditContext(req), user, { noticeId: req.params.id, reason: req.body.reason, asOf });
      const rows = await listCampaignNotices(db, notice.campaignId);
      return toManagedNotices(rows.filter((r) => r.notice.id === notice.id), asOf)[0];
    },
  );

  app.get(
    '/api/campaigns/:id/public-comments',
    { config: { access: 'publicComment.moderate' }, schema: { tags: TAGS, summary: 'Góp ý của nhân dân cho các danh sách của đợt (chờ duyệt trước)', params: CampaignIdParams, querystring: CommentListQuery, response: { 200: ModeratedCommentListResponse } } },
    async (req) => {
      authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      return { items: toModeratedComments(await listCampaignComments(db, campaign.id, req.query.status)) };
    },
  );

  app.post(
    '/api/public-comments/:id/moderate',
    { config: { access: 'publicComment.moderate', fieldLabels: 'publicNotice' }, schema: { tags: TAGS, summary: 'Duyệt hoặc không duyệt một góp ý', params: CommentIdParams, body: ModerateCommentBody, response: { 200: ModeratedCommentSchema } } },
    async (req) => {
      const user = authorize(req);
      const comment = await moderateComment(db, auditContext(req), user, { commentId: req.params.id, decision: req.body.decision, note: req.body.note || null, asOf: now() });
      const { campaignId } = await loadNotice(db, comment.noticeId);
      const rows = await listCampaignComments(db, campaignId, undefined);
      return toModeratedComments(rows.filter((r) => r.comment.id === comment.id))[0];
    },
  );

  app.get(
    '/api/nominations/:id/public-comments',
    { config: { access: 'dossier.read' }, schema: { tags: TAGS, summary: 'Góp ý của nhân dân đã duyệt, đưa vào hồ sơ của người, tập thể được đề nghị', params: NominationIdParams, response: { 200: DossierPublicCommentsResponse } } },
    async (req) => {
      const context = await loadDossierContext(db, authorize(req), req.params.id);
      const rows = context.dossier ? await listDossierComments(db, context.dossier.id) : [];
      return { items: rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString(), moderatedAt: r.moderatedAt ? new Date(r.moderatedAt).toISOString() : null })) };
    },
  );

};
