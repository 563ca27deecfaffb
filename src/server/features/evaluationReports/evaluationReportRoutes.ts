import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../../../documents/files/contentDisposition';
import { renderDocument } from '../../../documents/rendering/renderDocument';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { XLSX_TYPE } from '../../kit/tabularFiles';
import { BackgroundJobStarted } from '../backgroundJobs/schema';
import { startBackgroundJob } from '../backgroundJobs/startBackgroundJob';
import { loadCampaign } from '../campaigns/campaignQueries';
import { evaluationFigures } from './evaluationFigures';
import { findEvaluationNarrative } from './evaluationReportQueries';
import { DOCX_TYPE, EVALUATION_REPORT_JOB } from './evaluationReportJob';
import { evaluationAnnex, evaluationReportModel } from './generateEvaluationReport';
import { saveEvaluationNarrative } from './saveEvaluationNarrative';
import { EvaluationFileQuery, EvaluationNarrativeBody, EvaluationReportResponse, IdParams } from './schema';

const TAGS = ['Báo cáo đánh giá'];

/**
 * The year-end evaluation report of the plan (IV.3), Sở Nội vụ's (evaluationReport.manage): the figures now and the
 * narrative saved, saving the narrative (audited), the report as DOCX (or PDF) with its charts, the XLSX annex.
 */
export const evaluationReportRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now, jobs }) => {
  app.get(
    '/api/campaigns/:id/evaluation-report',
    { config: { access: 'evaluationReport.manage' }, schema: { tags: TAGS, summary: 'Số liệu và phần đánh giá đã viết của báo cáo đánh giá thực hiện kế hoạch (IV.3)', params: IdParams, response: { 200: EvaluationReportResponse } } },
    async (req) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const saved = await findEvaluationNarrative(db, campaign.id);
      return {
        campaignId: campaign.id,
        year: campaign.year,
        narrative: saved?.narrative ?? null,
        updatedAt: saved ? saved.updatedAt.toISOString() : null,
        updatedBy: saved?.updatedBy ?? null,
        figures: await evaluationFigures(db, campaign, user, now()),
      };
    },
  );

  app.put(
    '/api/campaigns/:id/evaluation-report/narrative',
    { config: { access: 'evaluationReport.manage', fieldLabels: 'evaluationReport' }, schema: { tags: TAGS, summary: 'Lưu phần đánh giá chung, hạn chế, bài học kinh nghiệm và đề xuất', params: IdParams, body: EvaluationNarrativeBody } },
    async (req, reply) => {
      const user = authorize(req);
      await saveEvaluationNarrative(db, auditContext(req), user, { campaignId: req.params.id, narrative: req.body, asOf: now() });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/campaigns/:id/evaluation-report/file',
    { config: { access: 'evaluationReport.manage' }, schema: { tags: TAGS, summary: 'Tải báo cáo đánh giá (DOCX có biểu đồ, hoặc PDF)', params: IdParams, querystring: EvaluationFileQuery } },
    async (req, reply) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const model = await evaluationReportModel(db, campaign, user, now());
      const pdf = req.query.format === 'pdf';
      const buffer = await renderDocument({ format: pdf ? 'pdf' : 'docx', model });
      return reply
        .header('content-type', pdf ? 'application/pdf' : DOCX_TYPE)
        .header('content-disposition', contentDisposition(`Báo cáo đánh giá thực hiện kế hoạch ${campaign.year}.${req.query.format}`))
        .send(buffer);
    },
  );

  app.post(
    '/api/campaigns/:id/evaluation-report/jobs',
    { config: { access: 'evaluationReport.manage' }, schema: { tags: TAGS, summary: 'Tạo báo cáo đánh giá (DOCX) chạy nền: theo dõi tiến độ và tải tệp ở /api/background-jobs/:id', params: IdParams, response: { 202: BackgroundJobStarted } } },
    async (req, reply) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      // Refused at once, as the direct download is, rather than queued to fail: the narrative must be written first.
      await evaluationReportModel(db, campaign, user, now());
      const id = await startBackgroundJob(db, jobs, auditContext(req), user, { kind: EVALUATION_REPORT_JOB, params: { campaignId: campaign.id }, orgUnitId: user.unitId });
      return reply.code(202).send({ id });
    },
  );

  app.get(
    '/api/campaigns/:id/evaluation-report/annex',
    { config: { access: 'evaluationReport.manage' }, schema: { tags: TAGS, summary: 'Tải phụ lục số liệu của báo cáo đánh giá (XLSX)', params: IdParams } },
    async (req, reply) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', contentDisposition(`Phụ lục số liệu báo cáo đánh giá ${campaign.year}.xlsx`))
        .send(await evaluationAnnex(db, campaign, user, now()));
    },
  );
};
