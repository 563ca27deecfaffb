import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { orgEras, orgUnits } from '../../../db/schema';
import { newOrgUnitRow, orgUnitDerived } from '../../../db/seed/orgUnitDerived';
import { orgUnitsToRows, ORG_UNIT_COLUMNS, type OrgUnitRow } from '../../../domain/orgUnits/orgUnitRows';
import { writeAudit } from '../../kit/audit';
import type { AppDeps } from '../../deps';
import { AppError, notFound, validation } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { findOrgUnitInScope, listOrgUnits, orgUnitContext, orgUnitsForExport } from './orgUnitQueries';
import { importOrgUnits } from './importOrgUnits';
import { readUploadedTable, sendTable } from '../../kit/tabularFiles';
import {
  EraSchema,
  ExportQuery,
  IdParams,
  ImportQuery,
  ImportResponse,
  OrgUnitCreateBody,
  OrgUnitDetailResponse,
  OrgUnitListQuery,
  OrgUnitListResponse,
  OrgUnitSchema,
  OrgUnitUpdateBody,
} from './schema';

const TAGS = ['Đơn vị'];

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return (e.cause?.code ?? e.code) === '23505';
}

export const orgUnitRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/eras', { config: { access: 'orgUnit.read' }, schema: { tags: TAGS, summary: 'Các thời kỳ của cây đơn vị', response: { 200: z.array(EraSchema) } } }, async (req) => {
    authorize(req);
    return db.select().from(orgEras).orderBy(asc(orgEras.validFrom));
  });

  app.get(
    '/api/org-units',
    { config: { access: 'orgUnit.read' }, schema: { tags: TAGS, summary: 'Danh sách đơn vị trong phạm vi (tìm không dấu, sắp xếp tiếng Việt)', querystring: OrgUnitListQuery, response: { 200: OrgUnitListResponse } } },
    async (req) => {
      const user = authorize(req);
      return listOrgUnits(db, user, req.query);
    },
  );

  app.get(
    '/api/org-units/export',
    { config: { access: 'orgUnit.export' }, schema: { tags: TAGS, summary: 'Xuất đơn vị (XLSX hoặc CSV, cùng cột với tệp nhập)', querystring: ExportQuery } },
    async (req, reply) => {
      const user = authorize(req);
      const units = (await orgUnitsForExport(db, user, req.query.eraId)) as OrgUnitRow[];
      const { header, rows } = orgUnitsToRows(units);
      return sendTable(reply, { name: `don-vi-${req.query.eraId ?? 'hien-hanh'}`, sheet: 'Đơn vị', header, rows, widths: ORG_UNIT_COLUMNS.map((c) => c.width), format: req.query.format });
    },
  );

  app.post(
    '/api/org-units/import',
    {
      config: { access: 'orgUnit.write' },
      schema: {
        tags: TAGS,
        summary: 'Nhập đơn vị từ XLSX/CSV (gửi tệp làm nội dung yêu cầu); mặc định chạy thử',
        querystring: ImportQuery,
        response: { 200: ImportResponse },
      },
    },
    async (req) => {
      authorize(req);
      const table = await readUploadedTable(req.body, req.query.format);
      return importOrgUnits(db, auditContext(req), { eraId: req.query.eraId, table, dryRun: req.query.dryRun });
    },
  );

  app.get(
    '/api/org-units/:id',
    { config: { access: 'orgUnit.read' }, schema: { tags: TAGS, summary: 'Chi tiết đơn vị, cấp trên và quan hệ giữa các thời kỳ', params: IdParams, response: { 200: OrgUnitDetailResponse } } },
    async (req) => {
      const user = authorize(req);
      const unit = await findOrgUnitInScope(db, user, req.params.id);
      if (!unit) throw notFound('Đơn vị');
      const { path, ...rest } = unit;
      return { ...rest, ...(await orgUnitContext(db, { id: unit.id, path })) };
    },
  );

  app.post(
    '/api/org-units',
    { config: { access: 'orgUnit.write' }, schema: { tags: TAGS, summary: 'Thêm đơn vị', body: OrgUnitCreateBody, response: { 201: OrgUnitSchema } } },
    async (req, reply) => {
      authorize(req);
      const body = req.body;
      const [era] = await db.select().from(orgEras).where(eq(orgEras.id, body.eraId));
      if (!era) throw validation([{ path: 'eraId', message: `Thời kỳ: không có thời kỳ "${body.eraId}"` }]);
      let parent: { id: string; path: string; depth: number } | null = null;
      if (body.parentId) {
        [parent] = await db
          .select({ id: orgUnits.id, path: orgUnits.path, depth: orgUnits.depth })
          .from(orgUnits)
          .where(and(eq(orgUnits.id, body.parentId), eq(orgUnits.eraId, era.id)));
        if (!parent) throw validation([{ path: 'parentId', message: 'Đơn vị cấp trên: không có trong thời kỳ này' }]);
      } else if (body.kind !== 'province') {
        throw validation([{ path: 'parentId', message: 'Đơn vị cấp trên: không được để trống (chỉ cấp tỉnh không có cấp trên)' }]);
      }
      if (body.kind === 'par_unit' && !body.parUnitLevel) {
        throw validation([{ path: 'parUnitLevel', message: 'Cấp đơn vị chuyên trách CCHC: bắt buộc với đơn vị chuyên trách CCHC' }]);
      }
      const values = newOrgUnitRow(era, parent, body);
      const id = values.id;
      try {
        await db.transaction(async (tx) => {
          await tx.insert(orgUnits).values(values);
          await writeAudit(tx, auditContext(req), { action: 'orgUnit.create', entityType: 'orgUnit', entityId: id, orgUnitId: id, after: values });
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw new AppError('CONFLICT', `Mã đơn vị "${body.code}" đã có trong thời kỳ này.`, [{ path: 'code', message: `Mã đơn vị: "${body.code}" đã tồn tại` }]);
        throw err;
      }
      const { path: _p, searchText: _s, sortKey: _k, ...unit } = values;
      return reply.code(201).send({ ...unit, childCount: 0 });
    },
  );

  app.patch(
    '/api/org-units/:id',
    { config: { access: 'orgUnit.write' }, schema: { tags: TAGS, summary: 'Sửa đơn vị', params: IdParams, body: OrgUnitUpdateBody, response: { 200: OrgUnitSchema } } },
    async (req) => {
      const user = authorize(req);
      const current = await findOrgUnitInScope(db, user, req.params.id);
      if (!current) throw notFound('Đơn vị');
      const next = { ...current, ...req.body };
      if (next.validTo && next.validTo < next.validFrom) {
        throw validation([{ path: 'validTo', message: 'Hiệu lực đến: phải sau hiệu lực từ' }]);
      }
      const changes = { ...req.body, ...orgUnitDerived(next), updatedAt: new Date() };
      await db.transaction(async (tx) => {
        await tx.update(orgUnits).set(changes).where(eq(orgUnits.id, current.id));
        const before = Object.fromEntries(Object.keys(req.body).map((k) => [k, current[k as keyof typeof current]]));
        await writeAudit(tx, auditContext(req), { action: 'orgUnit.update', entityType: 'orgUnit', entityId: current.id, orgUnitId: current.id, before, after: req.body });
      });
      const { path: _p, ...rest } = next;
      return rest;
    },
  );
};
