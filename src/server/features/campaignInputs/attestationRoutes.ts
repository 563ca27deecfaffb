import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { attestations, orgUnits } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import { scopeOf } from '../../../domain/access/scope';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { attestUnit } from './attestUnit';
import { attestationImport } from './importAttestations';
import { sendTable } from '../../kit/tabularFiles';
import { answerImport } from '../../kit/tableImport';
import { BackgroundJobStarted } from '../../kit/importResult';
import { attestationsToRows } from '../../../domain/ratings/attestationRows';
import { AttestationBody, AttestationSchema, CampaignExportQuery, CampaignImportQuery, CampaignParams, CampaignUnitParams, ImportResponse } from './schema';

const TAGS = ['Xếp loại và công nhận'];

const columns = {
  campaignId: attestations.campaignId,
  orgUnitId: attestations.orgUnitId,
  orgUnitCode: orgUnits.code,
  orgUnitName: orgUnits.name,
  compliance: attestations.compliance,
  solidarity: attestations.solidarity,
  attestedById: attestations.attestedById,
  attestedAt: attestations.attestedAt,
};

/**
 * The unit head's attestations for a campaign (III.1.a preconditions: compliance, solidarity).
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const attestationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, now } = deps;
  app.get(
    '/api/campaigns/:id/attestations',
    { config: { access: 'rating.read' }, schema: { tags: TAGS, summary: 'Xác nhận của thủ trưởng đơn vị (gương mẫu chấp hành, nội bộ đoàn kết), trong phạm vi', params: CampaignParams, response: { 200: z.array(AttestationSchema) } } },
    async (req) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const rows = await db
        .select(columns)
        .from(attestations)
        .innerJoin(orgUnits, eq(orgUnits.id, attestations.orgUnitId))
        .where(and(eq(attestations.campaignId, campaign.id), orgUnitScopeWhere(scopeOf(user))))
        .orderBy(sql`${orgUnits.sortKey} collate "C"`);
      return rows.map((r) => ({ ...r, attestedAt: r.attestedAt.toISOString() }));
    },
  );

  app.get(
    '/api/campaigns/:id/attestations/export',
    {
      config: { access: 'rating.read' },
      schema: { tags: TAGS, summary: 'Xuất xác nhận của thủ trưởng (XLSX/CSV, nhập lại được): mọi đơn vị trong phạm vi, ô trống là chưa xác nhận', params: CampaignParams, querystring: CampaignExportQuery },
    },
    async (req, reply) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      // Every unit of the campaign's era in scope, so the file doubles as the form to fill in.
      const rows = await db
        .select({ unitCode: orgUnits.code, unitName: orgUnits.name, compliance: attestations.compliance, solidarity: attestations.solidarity })
        .from(orgUnits)
        .leftJoin(attestations, and(eq(attestations.orgUnitId, orgUnits.id), eq(attestations.campaignId, campaign.id)))
        .where(and(eq(orgUnits.eraId, campaign.eraId), orgUnitScopeWhere(scopeOf(user))))
        .orderBy(sql`${orgUnits.sortKey} collate "C"`);
      const table = attestationsToRows(rows.map((r) => ({ ...r, compliance: r.compliance ?? null, solidarity: r.solidarity ?? null })));
      return sendTable(reply, { name: 'xac-nhan-thu-truong', sheet: 'Xác nhận thủ trưởng', ...table, format: req.query.format });
    },
  );

  app.post(
    '/api/campaigns/:id/attestations/import',
    {
      config: { access: 'attestation.manage' },
      schema: {
        tags: TAGS,
        summary: 'Nhập xác nhận của thủ trưởng từ XLSX/CSV (gửi tệp làm nội dung yêu cầu); mặc định chạy thử. Thủ trưởng chỉ nhập cho đơn vị mình',
        params: CampaignParams,
        querystring: CampaignImportQuery,
        response: { 200: ImportResponse, 202: BackgroundJobStarted },
      },
    },
    async (req, reply) => {
      authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const { format, background, dryRun } = req.query;
      return answerImport(req, reply, deps, attestationImport, { format, background, params: { campaignId: campaign.id, dryRun } });
    },
  );

  app.put(
    '/api/campaigns/:id/attestations/:orgUnitId',
    {
      config: { access: 'attestation.manage' },
      schema: { tags: TAGS, summary: 'Thủ trưởng đơn vị xác nhận gương mẫu chấp hành và nội bộ đoàn kết (III.1.a)', params: CampaignUnitParams, body: AttestationBody, response: { 200: AttestationSchema } },
    },
    async (req) => {
      const campaign = await loadCampaign(db, req.params.id);
      const [unit] = await db
        .select({ id: orgUnits.id, path: orgUnits.path, eraId: orgUnits.eraId, code: orgUnits.code, name: orgUnits.name })
        .from(orgUnits)
        .where(eq(orgUnits.id, req.params.orgUnitId));
      if (!unit) throw notFound('Đơn vị');
      // A unit head attests for their own unit only: another unit answers 404, as if it did not exist.
      const user = authorize(req, { unitId: unit.id, unitPath: unit.path });
      const row = await attestUnit(db, auditContext(req), user, { campaign, unit, ...req.body, asOf: now() });
      return { ...row, orgUnitCode: unit.code, orgUnitName: unit.name, attestedAt: row.attestedAt.toISOString() };
    },
  );
};
