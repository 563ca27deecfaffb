import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, desc, eq, gte, ilike, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { auditEvents, orgUnits } from '../../../db/schema';
import type { AppDeps } from '../../deps';
import { authorize } from '../../kit/session';
import { containsPattern } from '../../kit/likePattern';
import { isAuditAction } from '../../../shared/auditLabels';
import { AuditChainReportSchema, AuditEventListResponse } from '../../../shared/contracts/audit';
import { verifyAuditChain } from '../../../db/auditChain';
import { describeAuditChainReport } from '../../../domain/audit/auditChain';
import { formatVnDateTime } from '../../../domain/time/localDate';
import { pageOffset, toPage, totalRows } from '../../kit/pagedList';

const AuditQuery = z.strictObject({
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  /** Username of the actor (part of it). */
  actor: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/audit-events',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['Nhật ký'],
        summary: 'Nhật ký thay đổi (mới nhất trước); ngày theo giờ Việt Nam',
        querystring: AuditQuery,
        response: { 200: AuditEventListResponse },
      },
    },
    async (req) => {
      authorize(req);
      const q = req.query;
      const where: SQL[] = [];
      if (q.entityType) where.push(eq(auditEvents.entityType, q.entityType));
      if (q.entityId) where.push(eq(auditEvents.entityId, q.entityId));
      // A code picked from the list matches exactly; typed text matches part of the code.
      if (q.action) where.push(isAuditAction(q.action) ? eq(auditEvents.action, q.action) : ilike(auditEvents.action, containsPattern(q.action)));
      if (q.actor) where.push(ilike(auditEvents.actorUsername, containsPattern(q.actor)));
      // Dates are Vietnamese calendar days: [from 00:00, to+1 00:00) at +07:00.
      if (q.from) where.push(gte(auditEvents.at, sql`${q.from + 'T00:00:00+07:00'}::timestamptz`));
      if (q.to) {
        const next = new Date(Date.parse(q.to + 'T00:00:00Z') + 86_400_000).toISOString().slice(0, 10);
        where.push(lt(auditEvents.at, sql`${next + 'T00:00:00+07:00'}::timestamptz`));
      }
      const rows = await db
        .select({
          id: auditEvents.id,
          at: auditEvents.at,
          actorUserId: auditEvents.actorUserId,
          actorUsername: auditEvents.actorUsername,
          orgUnitId: auditEvents.orgUnitId,
          unitName: orgUnits.name,
          action: auditEvents.action,
          entityType: auditEvents.entityType,
          entityId: auditEvents.entityId,
          before: auditEvents.before,
          after: auditEvents.after,
          reason: auditEvents.reason,
          ip: auditEvents.ip,
          total: totalRows(),
        })
        .from(auditEvents)
        .leftJoin(orgUnits, eq(orgUnits.id, auditEvents.orgUnitId))
        .where(where.length ? and(...where) : undefined)
        .orderBy(desc(auditEvents.at), desc(auditEvents.id))
        .limit(q.pageSize)
        .offset(pageOffset(q));
      return toPage(rows, (r) => ({ ...r, at: new Date(r.at).toISOString() }), q);
    },
  );

  app.get(
    '/api/audit-chain/verify',
    {
      config: { access: 'audit.verify' },
      schema: {
        tags: ['Nhật ký'],
        summary: 'Kiểm tra chuỗi nhật ký chống sửa: đi hết chuỗi theo số thứ tự, từng trang, và chỉ ra dòng đầu tiên không khớp',
        response: { 200: AuditChainReportSchema },
      },
    },
    async (req) => {
      authorize(req);
      const report = await verifyAuditChain(db);
      return { ...report, message: describeAuditChainReport(report, (iso) => formatVnDateTime(new Date(iso))) };
    },
  );
};
