import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { orgEras } from '../../../db/schema';
import { orgUnitsToRows } from '../../../domain/orgUnits/orgUnitRows';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { findOrgUnitInScope, listOrgUnits, orgUnitContext, orgUnitExportPages } from './orgUnitQueries';
import { createOrgUnit } from './createOrgUnit';
import { orgUnitImport } from './importOrgUnits';
import { updateOrgUnit } from './updateOrgUnit';
import { sendTableStream } from '../../kit/tableStream';
import { answerImport } from '../../kit/tableImport';
import { BackgroundJobStarted } from '../../kit/importResult';
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

/**
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const orgUnitRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, now } = deps;
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
      // Streamed page by page (kit/tableStream): the workbook is written as the rows arrive, never built whole.
      const { header, formats, widths } = orgUnitsToRows([]);
      const pages = orgUnitExportPages(db, user, req.query.eraId, deps.config.exportPageRows);
      return sendTableStream(reply, { name: `don-vi-${req.query.eraId ?? 'hien-hanh'}`, sheet: 'Đơn vị', header, formats, widths, format: req.query.format, pages });
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
        response: { 200: ImportResponse, 202: BackgroundJobStarted },
      },
    },
    async (req, reply) => {
      authorize(req);
      const { format, background, ...params } = req.query;
      return answerImport(req, reply, deps, orgUnitImport, { format, background, params });
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
      const { path: _p, searchText: _s, sortKey: _k, ...unit } = await createOrgUnit(db, auditContext(req), req.body);
      return reply.code(201).send({ ...unit, childCount: 0 });
    },
  );

  app.patch(
    '/api/org-units/:id',
    { config: { access: 'orgUnit.write' }, schema: { tags: TAGS, summary: 'Sửa đơn vị', params: IdParams, body: OrgUnitUpdateBody, response: { 200: OrgUnitSchema } } },
    async (req) => {
      const user = authorize(req);
      const { path: _p, ...rest } = await updateOrgUnit(db, auditContext(req), user, { id: req.params.id, changes: req.body, asOf: now() });
      return rest;
    },
  );
};
