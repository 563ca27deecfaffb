import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../../documents/files/contentDisposition';
import type { DocumentModel } from '../../../documents/layout/documentModel';
import { renderDocument } from '../../../documents/rendering/renderDocument';
import { awardReportRows, buildAwardListModel, buildNominationStatusModel, decisionTitle, nominationReportRows } from '../../../documents/reports/buildReportModels';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { sendTable } from '../../kit/tabularFiles';
import { BackgroundJobStarted } from '../backgroundJobs/schema';
import { startBackgroundJob } from '../backgroundJobs/startBackgroundJob';
import { loadCampaign, type CampaignRecord } from '../campaigns/campaignQueries';
import { NOMINATION_EXPORT_JOB } from './nominationExportJob';
import type { Actor } from '../../../domain/access/actor';
import { awardReport } from './awardReport';
import { eligibilityReport } from './eligibilityReport';
import { nominationReport } from './nominationReport';
import { parReport } from './parReport';
import { registrationReport } from './registrationReport';
import { reportGroups } from './reportQueries';
import { reportHeading } from './reportHeading';
import {
  AwardFileQuery,
  AwardReportQuery,
  AwardReportResponse,
  EligibilityReportResponse,
  GroupFileQuery,
  GroupQuery,
  GroupSchema,
  IdParams,
  NominationFileQuery,
  NominationReportQuery,
  NominationReportResponse,
  ParReportResponse,
  RegistrationReportResponse,
} from './schema';

const TAGS = ['Báo cáo'];
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function sendDocument(reply: FastifyReply, model: DocumentModel, format: 'docx' | 'pdf', stem: string) {
  const buffer = await renderDocument({ format, model });
  return reply.header('content-type', format === 'pdf' ? 'application/pdf' : DOCX_TYPE).header('content-disposition', contentDisposition(`${stem}.${format}`)).send(buffer);
}

/**
 * The secretariat's reports (issue 12 §2; the plan's IV.1 and IV.3): registration progress (the consolidations'
 * documents are the printed form), PAR results, eligibility, nominations with their stage, awardees by decision —
 * each as JSON for the screen with filters (group of units, stage, decision) and as a file (XLSX through the table
 * codec; DOCX/PDF in the NĐ 30 layout for the two lists officials sign). Every figure is scoped in SQL: a district
 * reads its own communes, the province everything.
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const reportRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now, jobs }) => {
  /** The chosen group's name for a printed title (null: every group). */
  const groupNameOf = async (campaign: CampaignRecord, user: Actor, groupId: string | undefined) =>
    groupId ? ((await reportGroups(db, campaign, user)).find((g) => g.groupId === groupId)?.groupName ?? null) : null;

  app.get(
    '/api/campaigns/:id/reports/groups',
    { config: { access: 'report.read' }, schema: { tags: TAGS, summary: 'Các nhóm đơn vị để lọc báo cáo (huyện, hoặc xã/phường của tỉnh hai cấp)', params: IdParams, response: { 200: z.array(GroupSchema) } } },
    async (req) => {
      const user = authorize(req);
      return reportGroups(db, await loadCampaign(db, req.params.id), user);
    },
  );

  app.get(
    '/api/campaigns/:id/reports/registrations',
    { config: { access: 'report.read' }, schema: { tags: TAGS, summary: 'Tiến độ đăng ký thi đua theo nhóm đơn vị và theo loại tập thể', params: IdParams, querystring: GroupQuery, response: { 200: RegistrationReportResponse } } },
    async (req) => {
      const user = authorize(req);
      return registrationReport(db, await loadCampaign(db, req.params.id), user, req.query);
    },
  );

  app.get(
    '/api/campaigns/:id/reports/par',
    { config: { access: 'report.read' }, schema: { tags: TAGS, summary: 'Bảng kết quả Chỉ số CCHC năm của đợt thi đua, theo nhóm đơn vị', params: IdParams, querystring: GroupQuery, response: { 200: ParReportResponse } } },
    async (req) => {
      const user = authorize(req);
      const { table: _table, ...report } = await parReport(db, await loadCampaign(db, req.params.id), user, req.query);
      return report;
    },
  );

  app.get(
    '/api/campaigns/:id/reports/par/file',
    { config: { access: 'report.read' }, schema: { tags: TAGS, summary: 'Tải bảng kết quả Chỉ số CCHC (XLSX, nhập lại được qua mục nhập điểm Chỉ số CCHC)', params: IdParams, querystring: GroupFileQuery } },
    async (req, reply) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const { table } = await parReport(db, campaign, user, req.query);
      return sendTable(reply, { name: `bao-cao-chi-so-cchc-${campaign.year}`, sheet: `Chỉ số CCHC ${campaign.year}`, ...table, format: req.query.format });
    },
  );

  app.get(
    '/api/campaigns/:id/reports/eligibility',
    { config: { access: 'report.read' }, schema: { tags: TAGS, summary: 'Danh sách xét điều kiện khen thưởng, theo nhóm đơn vị', params: IdParams, querystring: GroupQuery, response: { 200: EligibilityReportResponse } } },
    async (req) => {
      const user = authorize(req);
      const { table: _table, ...report } = await eligibilityReport(db, await loadCampaign(db, req.params.id), user, req.query);
      return report;
    },
  );

  app.get(
    '/api/campaigns/:id/reports/eligibility/file',
    { config: { access: 'report.read' }, schema: { tags: TAGS, summary: 'Tải danh sách xét điều kiện (XLSX)', params: IdParams, querystring: GroupFileQuery } },
    async (req, reply) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const { table } = await eligibilityReport(db, campaign, user, req.query);
      return sendTable(reply, { name: `bao-cao-xet-dieu-kien-${campaign.year}`, sheet: 'Xét điều kiện', ...table, format: req.query.format });
    },
  );

  app.get(
    '/api/campaigns/:id/reports/nominations',
    { config: { access: 'report.read' }, schema: { tags: TAGS, summary: 'Danh sách đề nghị khen thưởng và tình trạng hồ sơ', params: IdParams, querystring: NominationReportQuery, response: { 200: NominationReportResponse } } },
    async (req) => {
      const user = authorize(req);
      return nominationReport(db, await loadCampaign(db, req.params.id), user, req.query);
    },
  );

  app.get(
    '/api/campaigns/:id/reports/nominations/file',
    { config: { access: 'report.read' }, schema: { tags: TAGS, summary: 'Tải danh sách đề nghị khen thưởng và tình trạng hồ sơ (XLSX, DOCX hoặc PDF)', params: IdParams, querystring: NominationFileQuery } },
    async (req, reply) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const { format, ...filter } = req.query;
      const report = await nominationReport(db, campaign, user, filter);
      const lines = report.items.map((i) => ({ ...i, group: i.groupName }));
      const stem = `Danh sách đề nghị khen thưởng ${campaign.year}`;
      if (format === 'xlsx') return sendTable(reply, { name: stem, sheet: 'Đề nghị khen thưởng', ...nominationReportRows(lines), format });
      const heading = await reportHeading(db, campaign, user, await groupNameOf(campaign, user, filter.groupId), now());
      return sendDocument(reply, buildNominationStatusModel(heading, lines, report.byStage), format, stem);
    },
  );

  app.post(
    '/api/campaigns/:id/reports/nominations/jobs',
    { config: { access: 'report.read' }, schema: { tags: TAGS, summary: 'Xuất danh sách đề nghị khen thưởng (XLSX) chạy nền: theo dõi tiến độ và tải tệp ở /api/background-jobs/:id', params: IdParams, querystring: NominationReportQuery, response: { 202: BackgroundJobStarted } } },
    async (req, reply) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const params = { campaignId: campaign.id, ...(req.query.groupId ? { groupId: req.query.groupId } : {}), ...(req.query.stage ? { stage: req.query.stage } : {}) };
      const id = await startBackgroundJob(db, jobs, auditContext(req), user, { kind: NOMINATION_EXPORT_JOB, params, orgUnitId: user.unitId });
      return reply.code(202).send({ id });
    },
  );

  app.get(
    '/api/campaigns/:id/reports/awards',
    { config: { access: 'report.read' }, schema: { tags: TAGS, summary: 'Danh sách khen thưởng theo quyết định', params: IdParams, querystring: AwardReportQuery, response: { 200: AwardReportResponse } } },
    async (req) => {
      const user = authorize(req);
      return awardReport(db, await loadCampaign(db, req.params.id), user, req.query);
    },
  );

  app.get(
    '/api/campaigns/:id/reports/awards/file',
    { config: { access: 'report.read' }, schema: { tags: TAGS, summary: 'Tải danh sách khen thưởng theo quyết định (XLSX, DOCX hoặc PDF)', params: IdParams, querystring: AwardFileQuery } },
    async (req, reply) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const { format, ...filter } = req.query;
      const report = await awardReport(db, campaign, user, filter);
      const lines = report.items.map((i) => ({ ...i, decision: decisionTitle({ number: i.decisionNumber, decisionDate: i.decisionDate }), group: i.groupName }));
      const stem = `Danh sách khen thưởng ${campaign.year}`;
      if (format === 'xlsx') return sendTable(reply, { name: stem, sheet: 'Khen thưởng', ...awardReportRows(lines), format });
      const heading = await reportHeading(db, campaign, user, await groupNameOf(campaign, user, filter.groupId), now());
      return sendDocument(reply, buildAwardListModel(heading, lines), format, stem);
    },
  );
};

