import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { orgUnits } from '../../../db/schema';
import { scopeOf } from '../../../domain/access/scope';
import { mayEditRegistrationOf } from '../../../domain/access/policies/registration';
import { contentDisposition, slugify } from '../../../documents/files/contentDisposition';
import { detectFileType } from '../../../documents/files/detectFileType';
import type { DocumentModel } from '../../../documents/layout/documentModel';
import { buildRegistrationConsolidationModel, consolidationRows, type RegistrationConsolidationData } from '../../../documents/registrations/buildRegistrationConsolidationModel';
import { buildRegistrationFormModel } from '../../../documents/registrations/buildRegistrationFormModel';
import { renderDocument } from '../../../documents/rendering/renderDocument';
import type { AppDeps } from '../../deps';
import { AppError, forbidden, notFound, validation } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { districtConsolidationData, loadRegistrationHeader, provinceConsolidationData, registrationFormData } from './registrationDocumentData';
import { registrationImport } from './registrationSheet';
import { registrationExportPages } from './registrationExportPages';
import { latestSignedScan, listSignedScans, scanFileName, storeSignedScan } from './signedScans';
import { sendTable } from '../../kit/tabularFiles';
import { sendTableStream } from '../../kit/tableStream';
import { registrationsToRows } from '../../../domain/registrations/registrationRows';
import { answerImport } from '../../kit/tableImport';
import { BackgroundJobStarted } from '../../kit/importResult';
import { ConsolidationQuery, DistrictConsolidationQuery, FormQuery, IdParams, ScanListResponse, ScanSchema, ScanUploadQuery, SheetExportQuery, SheetImportQuery, SheetImportResponse } from './registrationDocumentSchema';

const TAGS = ['Văn bản và tệp đăng ký thi đua'];
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function sendDocument(reply: FastifyReply, model: DocumentModel, format: 'docx' | 'pdf', stem: string) {
  const buffer = await renderDocument({ format, model });
  const type = format === 'pdf' ? 'application/pdf' : DOCX_TYPE;
  return reply.header('content-type', type).header('content-disposition', contentDisposition(`${stem}.${format}`)).send(buffer);
}

async function sendConsolidation(reply: FastifyReply, data: RegistrationConsolidationData, format: 'docx' | 'xlsx', stem: string) {
  if (format === 'docx') return sendDocument(reply, buildRegistrationConsolidationModel(data), 'docx', stem);
  return sendTable(reply, { name: stem, sheet: 'Tổng hợp đăng ký', ...consolidationRows(data), format: 'xlsx' });
}

const districtParent = alias(orgUnits, 'district_parent');

/**
 * Documents and data exchange of the registration step (SPEC §3 step 2, §5; plan IV.1 and its annex): the printed
 * form (DOCX/PDF), its signed scan (upload and download), district and province consolidations (DOCX/XLSX), and the
 * XLSX export/import of a campaign's registrations. Every read is scoped to the record's unit (404 outside).
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const registrationDocumentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, config, now } = deps;
  async function scopedRegistration(req: Parameters<typeof authorize>[0], id: string) {
    const registration = await loadRegistrationHeader(db, id);
    authorize(req, { unitId: registration.unit.id, unitPath: registration.unit.path });
    return registration;
  }

  app.get(
    '/api/registrations/:id/form',
    { config: { access: 'registration.read' }, schema: { tags: TAGS, summary: 'In bản đăng ký thi đua chuyên đề theo mẫu phụ lục (DOCX hoặc PDF)', params: IdParams, querystring: FormQuery } },
    async (req, reply) => {
      const registration = await scopedRegistration(req, req.params.id);
      const campaign = await loadCampaign(db, registration.campaignId);
      const model = buildRegistrationFormModel(await registrationFormData(db, registration, campaign));
      return sendDocument(reply, model, req.query.format, `Bản đăng ký thi đua - ${registration.unit.name}`);
    },
  );

  app.post(
    '/api/registrations/:id/signed-scan',
    {
      config: { access: 'registration.edit' },
      bodyLimit: config.uploadLimitBytes,
      schema: { tags: TAGS, summary: 'Tải lên bản quét đã ký (PDF, JPEG, PNG; tệp là nội dung yêu cầu)', params: IdParams, querystring: ScanUploadQuery, response: { 201: ScanSchema } },
      // Only for this route: a too-large scan names the field and the limit; every other error goes to the app handler.
      errorHandler: (err, _req, reply) => {
        if ((err as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
          const mb = (config.uploadLimitBytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
          throw new AppError('PAYLOAD_TOO_LARGE', `Tệp quá lớn: tối đa ${mb} MB.`, [{ path: 'file', message: `Tệp: vượt quá dung lượng cho phép (${mb} MB)` }]);
        }
        throw err;
      },
    },
    async (req, reply) => {
      const user = authorize(req);
      const registration = await loadRegistrationHeader(db, req.params.id);
      // The district uploads for the district and its Phòng Nội vụ; communes upload their own (as they edit).
      if (!mayEditRegistrationOf(user, registration.unit)) throw notFound('Bản đăng ký thi đua');
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (bytes.length === 0) throw validation([{ path: 'file', message: 'Tệp: chưa chọn tệp hoặc tệp rỗng' }]);
      const type = detectFileType(bytes);
      if (!type) throw validation([{ path: 'file', message: 'Tệp: nội dung không phải PDF, JPEG hay PNG (kiểm tra theo nội dung tệp, không theo tên hay kiểu khai báo)' }]);
      const fileName = scanFileName(req.query.fileName, type, `ban-dang-ky-da-ky-${slugify(registration.unit.name)}`);
      const saved = await storeSignedScan(db, auditContext(req), { registrationId: registration.id, orgUnitId: registration.unit.id, bytes, type, fileName, uploadedById: user.userId });
      return reply.code(201).send(saved);
    },
  );

  app.get(
    '/api/registrations/:id/signed-scan',
    { config: { access: 'registration.read' }, schema: { tags: TAGS, summary: 'Tải về bản quét đã ký mới nhất', params: IdParams } },
    async (req, reply) => {
      const registration = await scopedRegistration(req, req.params.id);
      const scan = await latestSignedScan(db, registration.id);
      if (!scan) throw notFound('Bản quét đã ký');
      return reply.header('content-type', scan.mimeType).header('content-disposition', contentDisposition(scan.fileName)).send(scan.data);
    },
  );

  app.get(
    '/api/registrations/:id/signed-scans',
    { config: { access: 'registration.read' }, schema: { tags: TAGS, summary: 'Các bản quét đã ký đã tải lên (mới nhất trước)', params: IdParams, response: { 200: ScanListResponse } } },
    async (req) => {
      const registration = await scopedRegistration(req, req.params.id);
      return { items: await listSignedScans(db, registration.id) };
    },
  );

  app.get(
    '/api/campaigns/:id/consolidations/district/document',
    { config: { access: 'consolidation.read' }, schema: { tags: TAGS, summary: 'Văn bản tổng hợp đăng ký của huyện gửi Sở Nội vụ (DOCX hoặc XLSX)', params: IdParams, querystring: DistrictConsolidationQuery } },
    async (req, reply) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const districtId = req.query.districtId ?? (user.role === 'district_aggregator' ? user.unitId : null);
      if (!districtId) throw validation([{ path: 'districtId', message: 'Huyện: cần chọn huyện để lập tổng hợp' }]);
      const [district] = await db
        .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name, parentName: districtParent.name })
        .from(orgUnits)
        .leftJoin(districtParent, eq(districtParent.id, orgUnits.parentId))
        .where(and(eq(orgUnits.id, districtId), eq(orgUnits.kind, 'district'), eq(orgUnits.eraId, campaign.eraId)));
      if (!district) throw notFound('Huyện');
      // Another district's list answers 404, as if it did not exist.
      authorize(req, { unitId: district.id, unitPath: district.path });
      const data = await districtConsolidationData(db, campaign, district);
      return sendConsolidation(reply, data, req.query.format, `Tổng hợp đăng ký thi đua - ${district.name}`);
    },
  );

  app.get(
    '/api/campaigns/:id/consolidations/province/document',
    { config: { access: 'consolidation.read' }, schema: { tags: TAGS, summary: 'Văn bản tổng hợp đăng ký toàn tỉnh của Sở Nội vụ gửi UBND tỉnh (DOCX hoặc XLSX)', querystring: ConsolidationQuery, params: IdParams } },
    async (req, reply) => {
      const user = authorize(req);
      // The province-wide list is for province roles; a district has its own.
      if (scopeOf(user).kind !== 'all') throw forbidden('Chỉ Sở Nội vụ và lãnh đạo tỉnh xem được tổng hợp đăng ký toàn tỉnh.');
      const campaign = await loadCampaign(db, req.params.id);
      const data = await provinceConsolidationData(db, campaign);
      return sendConsolidation(reply, data, req.query.format, `Tổng hợp đăng ký thi đua - ${data.scopeName}`);
    },
  );

  app.get(
    '/api/campaigns/:id/registrations/export',
    { config: { access: 'registration.read' }, schema: { tags: TAGS, summary: 'Xuất bản đăng ký trong phạm vi (XLSX hoặc CSV, nhập lại được nguyên trạng)', params: IdParams, querystring: SheetExportQuery } },
    async (req, reply) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      // Grows with people: streamed page by page (kit/tableStream), the same file as sendTable would build.
      const { header, formats, widths } = registrationsToRows([]);
      const pages = registrationExportPages(db, user, campaign.id, config.exportPageRows);
      return sendTableStream(reply, { name: `dang-ky-thi-dua-${campaign.definition.year}`, sheet: 'Đăng ký thi đua', header, formats, widths, format: req.query.format, pages });
    },
  );

  app.post(
    '/api/campaigns/:id/registrations/import',
    { config: { access: 'registration.import' }, schema: { tags: TAGS, summary: 'Nhập bản đăng ký từ XLSX/CSV (tệp là nội dung yêu cầu; Sở Nội vụ nhập bản giấy cho các đơn vị); mặc định chạy thử', params: IdParams, querystring: SheetImportQuery, response: { 200: SheetImportResponse, 202: BackgroundJobStarted } } },
    async (req, reply) => {
      authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const { format, background, dryRun } = req.query;
      return answerImport(req, reply, deps, registrationImport, { format, background, params: { campaignId: campaign.id, dryRun } });
    },
  );
};
