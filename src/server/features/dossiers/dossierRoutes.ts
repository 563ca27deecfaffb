import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../../../documents/files/contentDisposition';
import { buildAchievementReportModel } from '../../../documents/dossiers/buildAchievementReportModel';
import { buildCouncilMinutesModel } from '../../../documents/dossiers/buildCouncilMinutesModel';
import { buildSubmissionLetterModel } from '../../../documents/dossiers/buildSubmissionLetterModel';
import { renderDocument } from '../../../documents/rendering/renderDocument';
import { DOSSIER_DOCUMENT_LABELS } from '../../../domain/dossiers/dossierChecklist';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { fileTooLarge, uploadedBytes } from '../trustedCertificates/uploadErrors';
import { dossierDocumentData } from './dossierDocumentData';
import { loadDossierContext, loadDossierScanFile } from './dossierQueries';
import { getDossier } from './getDossier';
import { listDossierQueue } from './listDossierQueue';
import { listVersions, loadVersion } from './dossierVersionQueries';
import { diffDossierVersions } from '../../../domain/dossiers/dossierVersions';
import { recordCouncilMeeting } from './recordCouncilMeeting';
import { submitDossier } from './submitDossier';
import { uploadDossierScan } from './uploadDossierScan';
import { CampaignIdParams, CompareVersionsQuery, CouncilMeetingBody, DocumentParams, DossierQueueResponse, DossierSchema, DossierVersionComparison, DossierVersionsResponse, NominationIdParams, ScanParams, ScanUploadQuery } from './schema';

const TAGS = ['Hồ sơ khen thưởng'];
const BUILDERS = { submission_letter: buildSubmissionLetterModel, council_minutes: buildCouncilMinutesModel, achievement_report: buildAchievementReportModel } as const;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The dossier of a nomination (III.4.c): its three documents drafted as DOCX, the council meeting, the signed scans
 * (ký số verified), submission to Sở Nội vụ before the deadline and return for supplement. Scope is the nomination's.
 */
export const dossierRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config, now }) => {
  app.get(
    '/api/nominations/:id/dossier',
    { config: { access: 'dossier.read' }, schema: { tags: TAGS, summary: 'Hồ sơ khen thưởng của một đề nghị: tài liệu, bản ký, danh mục còn thiếu, thời hạn', params: NominationIdParams, response: { 200: DossierSchema } } },
    async (req) => getDossier(db, authorize(req), { nominationId: req.params.id, asOf: now() }),
  );

  app.put(
    '/api/nominations/:id/dossier/council-meeting',
    { config: { access: 'dossier.edit' }, schema: { tags: TAGS, summary: 'Ghi nhận cuộc họp Hội đồng Thi đua – Khen thưởng (thành phần, số thành viên, kết quả biểu quyết)', params: NominationIdParams, body: CouncilMeetingBody, response: { 200: DossierSchema } } },
    async (req) => {
      const user = authorize(req);
      await recordCouncilMeeting(db, auditContext(req), user, { nominationId: req.params.id, meeting: req.body, asOf: now() });
      return getDossier(db, user, { nominationId: req.params.id, asOf: now() });
    },
  );

  app.get(
    '/api/nominations/:id/dossier/documents/:kind',
    { config: { access: 'dossier.read' }, schema: { tags: TAGS, summary: 'Bản dự thảo (DOCX, thể thức Nghị định 30/2020) của Tờ trình, Biên bản hoặc Báo cáo thành tích', params: DocumentParams } },
    async (req, reply) => {
      const user = authorize(req);
      const context = await loadDossierContext(db, user, req.params.id);
      const campaign = await loadCampaign(db, context.nomination.nomination.campaignId);
      const buffer = await renderDocument({ format: 'docx', model: BUILDERS[req.params.kind](await dossierDocumentData(db, context, campaign)) });
      const stem = `${DOSSIER_DOCUMENT_LABELS[req.params.kind].split(' (')[0]} - ${context.nomination.person?.fullName ?? context.nomination.nomineeUnit.name}`;
      return reply.header('content-type', DOCX).header('content-disposition', contentDisposition(`${stem}.docx`)).send(buffer);
    },
  );

  app.post(
    '/api/nominations/:id/dossier/documents/:kind/scans',
    {
      config: { access: 'dossier.edit' },
      bodyLimit: config.uploadLimitBytes,
      schema: { tags: TAGS, summary: 'Tải lên bản đã ký của một tài liệu (PDF có thể ký số, JPEG, PNG; tệp là nội dung yêu cầu)', params: DocumentParams, querystring: ScanUploadQuery, response: { 201: DossierSchema } },
      errorHandler: fileTooLarge(config.uploadLimitBytes),
    },
    async (req, reply) => {
      const user = authorize(req);
      await uploadDossierScan(db, auditContext(req), user, { nominationId: req.params.id, documentKind: req.params.kind, bytes: uploadedBytes(req.body), fileName: req.query.fileName, asOf: now() });
      return reply.code(201).send(await getDossier(db, user, { nominationId: req.params.id, asOf: now() }));
    },
  );

  app.get(
    '/api/nominations/:id/dossier/scans/:scanId',
    { config: { access: 'dossier.read' }, schema: { tags: TAGS, summary: 'Tải về một phiên bản bản đã ký', params: ScanParams } },
    async (req, reply) => {
      const context = await loadDossierContext(db, authorize(req), req.params.id);
      if (!context.dossier) throw notFound('Bản quét đã ký');
      const file = await loadDossierScanFile(db, context.dossier.id, req.params.scanId);
      return reply.header('content-type', file.mimeType).header('content-disposition', contentDisposition(file.fileName)).send(file.data);
    },
  );

  app.post(
    '/api/nominations/:id/dossier/submit',
    { config: { access: 'dossier.edit' }, schema: { tags: TAGS, summary: 'Gửi hồ sơ về Sở Nội vụ (trong thời hạn, đủ tài liệu)', params: NominationIdParams, response: { 200: DossierSchema } } },
    async (req) => {
      const user = authorize(req);
      await submitDossier(db, auditContext(req), user, { nominationId: req.params.id, asOf: now() });
      return getDossier(db, user, { nominationId: req.params.id, asOf: now() });
    },
  );

  app.get(
    '/api/campaigns/:id/dossiers',
    { config: { access: 'dossier.appraise' }, schema: { tags: TAGS, summary: 'Hàng đợi thẩm định: hồ sơ đã gửi Sở Nội vụ của đợt thi đua (đã gửi, bị trả lại, đã thẩm định)', params: CampaignIdParams, response: { 200: DossierQueueResponse } } },
    async (req) => {
      authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      return listDossierQueue(db, campaign.id);
    },
  );

  app.get(
    '/api/nominations/:id/dossier/versions',
    { config: { access: 'dossier.read' }, schema: { tags: TAGS, summary: 'Các phiên bản hồ sơ đã gửi (mỗi lần gửi một phiên bản, kèm SHA-256 và kết quả thẩm định)', params: NominationIdParams, response: { 200: DossierVersionsResponse } } },
    async (req) => {
      const context = await loadDossierContext(db, authorize(req), req.params.id);
      return { items: await listVersions(db, context.dossier?.id ?? null) };
    },
  );

  app.get(
    '/api/nominations/:id/dossier/versions/compare',
    { config: { access: 'dossier.read' }, schema: { tags: TAGS, summary: 'So sánh hai phiên bản hồ sơ đã gửi: biên bản họp, bản ký mới, chữ ký số', params: NominationIdParams, querystring: CompareVersionsQuery, response: { 200: DossierVersionComparison } } },
    async (req) => {
      const context = await loadDossierContext(db, authorize(req), req.params.id);
      const dossierId = context.dossier?.id ?? null;
      const [from, to] = [await loadVersion(db, dossierId, req.query.from), await loadVersion(db, dossierId, req.query.to)];
      return { from: from.summary, to: to.summary, changes: diffDossierVersions(from.content, to.content) };
    },
  );
};
