import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { communeRecognitions } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import { scopeOf } from '../../../domain/access/scope';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { recognitionImport } from './importRecognitions';
import { findCommune, listRecognitions, presentRecognition } from './recognitionQueries';
import { recordRecognition } from './recordRecognition';
import { removeRecognition } from './removeRecognition';
import { sendTable } from '../../kit/tabularFiles';
import { answerImport } from '../../kit/tableImport';
import { BackgroundJobStarted } from '../../kit/importResult';
import { recognitionsToRows } from '../../../domain/ratings/recognitionRows';
import { CampaignCommuneParams, CampaignExportQuery, CampaignImportQuery, CampaignParams, ImportResponse, RecognitionBody, RecognitionSchema } from './schema';

const TAGS = ['Xếp loại và công nhận'];

/**
 * A district's recognition of its most outstanding commune in the movement "Đẩy mạnh CCHC nâng cao chất lượng
 * phục vụ người dân…" (Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III), recorded by the district's Phòng Nội vụ.
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const recognitionRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps;
  app.get(
    '/api/campaigns/:id/recognitions',
    { config: { access: 'rating.read' }, schema: { tags: TAGS, summary: 'Đơn vị cấp xã được UBND cấp huyện công nhận tiêu biểu xuất sắc nhất (trong phạm vi)', params: CampaignParams, response: { 200: z.array(RecognitionSchema) } } },
    async (req) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      return (await listRecognitions(db, campaign.id, orgUnitScopeWhere(scopeOf(user)))).map(presentRecognition);
    },
  );

  app.get(
    '/api/campaigns/:id/recognitions/export',
    {
      config: { access: 'rating.read' },
      schema: { tags: TAGS, summary: 'Xuất công nhận xã tiêu biểu xuất sắc nhất (XLSX/CSV, nhập lại được), trong phạm vi', params: CampaignParams, querystring: CampaignExportQuery },
    },
    async (req, reply) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const rows = await listRecognitions(db, campaign.id, orgUnitScopeWhere(scopeOf(user)));
      const table = recognitionsToRows(
        rows.map((r) => ({ districtCode: r.districtCode, districtName: r.districtName, communeCode: r.communeCode, communeName: r.communeName, decisionReference: r.decisionReference, recognisedAt: r.recognisedAt })),
      );
      return sendTable(reply, { name: 'cong-nhan-xa-tieu-bieu', sheet: 'Xã tiêu biểu', ...table, format: req.query.format });
    },
  );

  app.post(
    '/api/campaigns/:id/recognitions/import',
    {
      config: { access: 'recognition.manage' },
      schema: {
        tags: TAGS,
        summary: 'Nhập công nhận xã tiêu biểu từ XLSX/CSV (gửi tệp làm nội dung yêu cầu); mặc định chạy thử. Cấp huyện chỉ nhập xã trong huyện mình',
        params: CampaignParams,
        querystring: CampaignImportQuery,
        response: { 200: ImportResponse, 202: BackgroundJobStarted },
      },
    },
    async (req, reply) => {
      authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const { format, background, dryRun } = req.query;
      return answerImport(req, reply, deps, recognitionImport, { format, background, params: { campaignId: campaign.id, dryRun } });
    },
  );

  app.put(
    '/api/campaigns/:id/recognitions/:communeUnitId',
    {
      config: { access: 'recognition.manage' },
      schema: { tags: TAGS, summary: 'Phòng Nội vụ cấp huyện ghi nhận xã tiêu biểu xuất sắc nhất được UBND huyện công nhận', params: CampaignCommuneParams, body: RecognitionBody, response: { 200: RecognitionSchema } },
    },
    async (req) => {
      const campaign = await loadCampaign(db, req.params.id);
      const commune = await findCommune(db, req.params.communeUnitId);
      // Only within the aggregator's own district: a commune elsewhere answers 404.
      const user = authorize(req, { unitId: commune.id, unitPath: commune.path });
      return presentRecognition(await recordRecognition(db, auditContext(req), user, { campaign, commune, ...req.body }));
    },
  );

  app.delete(
    '/api/campaigns/:id/recognitions/:communeUnitId',
    {
      config: { access: 'recognition.manage' },
      schema: { tags: TAGS, summary: 'Bỏ ghi nhận công nhận xã tiêu biểu', params: CampaignCommuneParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      const campaign = await loadCampaign(db, req.params.id);
      const commune = await findCommune(db, req.params.communeUnitId);
      authorize(req, { unitId: commune.id, unitPath: commune.path });
      await removeRecognition(db, auditContext(req), { campaign, commune });
      return reply.code(204).send(null);
    },
  );
};
