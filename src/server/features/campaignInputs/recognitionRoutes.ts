import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { aliasedTable, and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { communeRecognitions, orgUnits } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import { scopeOf } from '../../../domain/access/scope';
import { writeAudit } from '../../kit/audit';
import type { AppDeps } from '../../deps';
import { notFound, validation } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { findCampaign } from '../eligibility/campaignEligibility';
import { importRecognitions } from './importRecognitions';
import { readUploadedTable, sendTable } from '../../kit/tabularFiles';
import { RECOGNITION_COLUMNS, recognitionsToRows } from '../../../domain/ratings/recognitionRows';
import { CampaignCommuneParams, CampaignExportQuery, CampaignImportQuery, CampaignParams, ImportResponse, RecognitionBody, RecognitionSchema } from './schema';

const TAGS = ['Xếp loại và công nhận'];
const districts = aliasedTable(orgUnits, 'districts');

/**
 * A district's recognition of its most outstanding commune in the movement "Đẩy mạnh CCHC nâng cao chất lượng
 * phục vụ người dân…" (Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III), recorded by the district's Phòng Nội vụ.
 */
export const recognitionRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const list = (campaignId: string, where: ReturnType<typeof and>) =>
    db
      .select({
        campaignId: communeRecognitions.campaignId,
        districtUnitId: communeRecognitions.districtUnitId,
        districtCode: districts.code,
        districtName: districts.name,
        communeUnitId: communeRecognitions.communeUnitId,
        communeCode: orgUnits.code,
        communeName: orgUnits.name,
        decisionReference: communeRecognitions.decisionReference,
        recognisedAt: communeRecognitions.recognisedAt,
        createdAt: communeRecognitions.createdAt,
      })
      .from(communeRecognitions)
      .innerJoin(orgUnits, eq(orgUnits.id, communeRecognitions.communeUnitId))
      .innerJoin(districts, eq(districts.id, communeRecognitions.districtUnitId))
      .where(and(eq(communeRecognitions.campaignId, campaignId), where))
      .orderBy(sql`${districts.sortKey} collate "C"`, sql`${orgUnits.sortKey} collate "C"`);
  const present = ({ districtCode: _code, ...r }: Awaited<ReturnType<typeof list>>[number]) => ({ ...r, createdAt: r.createdAt.toISOString() });

  app.get(
    '/api/campaigns/:id/recognitions',
    { config: { access: 'rating.read' }, schema: { tags: TAGS, summary: 'Đơn vị cấp xã được UBND cấp huyện công nhận tiêu biểu xuất sắc nhất (trong phạm vi)', params: CampaignParams, response: { 200: z.array(RecognitionSchema) } } },
    async (req) => {
      const user = authorize(req);
      const campaign = await findCampaign(db, req.params.id);
      return (await list(campaign.id, orgUnitScopeWhere(scopeOf(user)))).map(present);
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
      const campaign = await findCampaign(db, req.params.id);
      const rows = await list(campaign.id, orgUnitScopeWhere(scopeOf(user)));
      const table = recognitionsToRows(
        rows.map((r) => ({ districtCode: r.districtCode, districtName: r.districtName, communeCode: r.communeCode, communeName: r.communeName, decisionReference: r.decisionReference, recognisedAt: r.recognisedAt })),
      );
      return sendTable(reply, { name: 'cong-nhan-xa-tieu-bieu', sheet: 'Xã tiêu biểu', ...table, widths: RECOGNITION_COLUMNS.map((c) => c.width), format: req.query.format });
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
        response: { 200: ImportResponse },
      },
    },
    async (req) => {
      const user = authorize(req);
      const campaign = await findCampaign(db, req.params.id);
      const table = await readUploadedTable(req.body, req.query.format);
      return importRecognitions(db, auditContext(req), { campaign, scope: scopeOf(user), userId: user.userId, table, dryRun: req.query.dryRun });
    },
  );

  const findCommune = async (id: string) => {
    const [commune] = await db
      .select({
        id: orgUnits.id,
        path: orgUnits.path,
        kind: orgUnits.kind,
        eraId: orgUnits.eraId,
        parentId: orgUnits.parentId,
        // Qualified by hand: drizzle may render a bare column inside a subquery, which would bind to p.
        parentKind: sql<string | null>`(select p.kind from org_units p where p.id = "org_units"."parent_id")`,
      })
      .from(orgUnits)
      .where(eq(orgUnits.id, id));
    if (!commune) throw notFound('Đơn vị');
    return commune;
  };

  app.put(
    '/api/campaigns/:id/recognitions/:communeUnitId',
    {
      config: { access: 'recognition.manage' },
      schema: { tags: TAGS, summary: 'Phòng Nội vụ cấp huyện ghi nhận xã tiêu biểu xuất sắc nhất được UBND huyện công nhận', params: CampaignCommuneParams, body: RecognitionBody, response: { 200: RecognitionSchema } },
    },
    async (req) => {
      const campaign = await findCampaign(db, req.params.id);
      const commune = await findCommune(req.params.communeUnitId);
      // Only within the aggregator's own district: a commune elsewhere answers 404.
      const user = authorize(req, { unitId: commune.id, unitPath: commune.path });
      if (commune.kind !== 'commune' || commune.parentKind !== 'district' || !commune.parentId) {
        throw validation([{ path: 'communeUnitId', message: 'Đơn vị cấp xã: phải là xã, phường, thị trấn thuộc một huyện, thành phố' }]);
      }
      if (commune.eraId !== campaign.eraId) throw validation([{ path: 'communeUnitId', message: 'Đơn vị cấp xã: không thuộc cây đơn vị của đợt thi đua' }]);
      const values = {
        campaignId: campaign.id,
        districtUnitId: commune.parentId,
        communeUnitId: commune.id,
        decisionReference: req.body.decisionReference ?? null,
        recognisedAt: req.body.recognisedAt ?? null,
        createdById: user.userId,
      };
      await db.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(communeRecognitions)
          .where(and(eq(communeRecognitions.campaignId, campaign.id), eq(communeRecognitions.communeUnitId, commune.id)))
          .for('update');
        const [saved] = await tx
          .insert(communeRecognitions)
          .values(values)
          .onConflictDoUpdate({ target: [communeRecognitions.campaignId, communeRecognitions.communeUnitId], set: values })
          .returning();
        await writeAudit(tx, auditContext(req), {
          action: before ? 'communeRecognition.update' : 'communeRecognition.create',
          entityType: 'communeRecognition',
          entityId: saved.id,
          orgUnitId: commune.id,
          before: before ?? null,
          after: saved,
        });
      });
      const [row] = await list(campaign.id, eq(communeRecognitions.communeUnitId, commune.id));
      return present(row);
    },
  );

  app.delete(
    '/api/campaigns/:id/recognitions/:communeUnitId',
    {
      config: { access: 'recognition.manage' },
      schema: { tags: TAGS, summary: 'Bỏ ghi nhận công nhận xã tiêu biểu', params: CampaignCommuneParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      const campaign = await findCampaign(db, req.params.id);
      const commune = await findCommune(req.params.communeUnitId);
      authorize(req, { unitId: commune.id, unitPath: commune.path });
      await db.transaction(async (tx) => {
        const [before] = await tx
          .delete(communeRecognitions)
          .where(and(eq(communeRecognitions.campaignId, campaign.id), eq(communeRecognitions.communeUnitId, commune.id)))
          .returning();
        if (!before) throw notFound('Công nhận xã tiêu biểu');
        await writeAudit(tx, auditContext(req), {
          action: 'communeRecognition.delete',
          entityType: 'communeRecognition',
          entityId: before.id,
          orgUnitId: commune.id,
          before,
          after: null,
        });
      });
      return reply.code(204).send(null);
    },
  );
};
