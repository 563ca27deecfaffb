import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, count, eq, inArray, or, sql } from 'drizzle-orm';
import { orgUnits, unitMeritCriteria } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import { mayEditUnitMeritCriteria, mayReadUnitMeritCriteria } from '../../../domain/access/policies/unitMeritCriteria';
import { scopeOf } from '../../../domain/access/scope';
import {
  GIAY_KHEN_ISSUER_KINDS,
  canIssueGiayKhen,
  notAnIssuerMessage,
  type UnitMeritCriterion,
} from '../../../domain/eligibility/unitMeritCriteria';
import type { AppDeps } from '../../deps';
import { notFound, validation } from '../../errors';
import { auditContext, authorize, type SessionUser } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { setUnitMeritCriteria } from './setUnitMeritCriteria';
import { CampaignIssuerParams, CampaignParams, UnitMeritCriteriaBody, UnitMeritCriteriaListQuery, UnitMeritCriteriaListResponse, UnitMeritCriteriaSchema } from './schema';

const TAGS = ['Tiêu chuẩn Giấy khen'];

type Issuer = { id: string; code: string; name: string; kind: string; path: string };
type Stored = { criteria: unknown; updatedAt: Date } | null | undefined;

/**
 * Who reads an issuer's list: anyone whose scope holds the issuer, and anyone under it — a commune reads its
 * district's list (read-only), since that is what its Giấy khen will be judged by.
 */
function readableWhere(user: SessionUser) {
  return or(orgUnitScopeWhere(scopeOf(user)), sql`${user.unitPath} like ${orgUnits.path} || '%'`)!;
}

function present(campaignId: string, user: SessionUser, unit: Issuer, stored: Stored) {
  return {
    campaignId,
    issuer: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
    criteria: stored ? (stored.criteria as UnitMeritCriterion[]) : null,
    updatedAt: stored ? stored.updatedAt.toISOString() : null,
    canEdit: mayEditUnitMeritCriteria(user, unit),
  };
}

const issuerColumns = { id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, kind: orgUnits.kind, path: orgUnits.path, eraId: orgUnits.eraId };

/**
 * Giấy khen criteria (Khoản 2, Mục III): each provincial department and each district sets its own list per
 * campaign. The plan gives no criteria of its own, so these are kept as written by the issuer.
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const unitMeritCriteriaRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  app.get(
    '/api/campaigns/:id/unit-merit-criteria',
    {
      config: { access: 'unitMeritCriteria.read' },
      schema: {
        tags: TAGS,
        summary: 'Tiêu chuẩn Giấy khen của các sở, ban, ngành và UBND cấp huyện (Khoản 2, Mục III), trong phạm vi; đơn vị cấp xã xem danh sách của huyện mình',
        params: CampaignParams,
        querystring: UnitMeritCriteriaListQuery,
        response: { 200: UnitMeritCriteriaListResponse },
      },
    },
    async (req) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const { page, pageSize } = req.query;
      // Every issuer of the campaign's org tree that the user may read, with its list if it has set one.
      const where = and(eq(orgUnits.eraId, campaign.eraId), inArray(orgUnits.kind, [...GIAY_KHEN_ISSUER_KINDS]), readableWhere(user));
      const [rows, [{ total }]] = await Promise.all([
        db
          .select({ unit: issuerColumns, criteria: unitMeritCriteria.criteria, updatedAt: unitMeritCriteria.updatedAt })
          .from(orgUnits)
          .leftJoin(unitMeritCriteria, and(eq(unitMeritCriteria.issuerUnitId, orgUnits.id), eq(unitMeritCriteria.campaignId, campaign.id)))
          .where(where)
          .orderBy(orgUnits.kind, sql`${orgUnits.sortKey} collate "C"`)
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ total: count() }).from(orgUnits).where(where),
      ]);
      const items = rows.map((r) => present(campaign.id, user, r.unit, r.updatedAt ? { criteria: r.criteria, updatedAt: r.updatedAt } : null));
      return { items, total, page, pageSize };
    },
  );

  /** The issuer, 404 when missing or unreadable, 400 when it is of another era or cannot issue Giấy khen. */
  async function loadIssuer(eraId: string, issuerUnitId: string, check: (u: Issuer) => boolean): Promise<Issuer> {
    const [unit] = await db.select(issuerColumns).from(orgUnits).where(eq(orgUnits.id, issuerUnitId));
    if (!unit || !check(unit)) throw notFound('Đơn vị');
    if (unit.eraId !== eraId) throw validation([{ path: 'issuerUnitId', message: 'Đơn vị ban hành: không thuộc cây đơn vị của đợt thi đua' }]);
    if (!canIssueGiayKhen(unit.kind)) throw validation([{ path: 'issuerUnitId', message: notAnIssuerMessage(unit.name) }], notAnIssuerMessage(unit.name));
    return unit;
  }

  app.get(
    '/api/campaigns/:id/unit-merit-criteria/:issuerUnitId',
    {
      config: { access: 'unitMeritCriteria.read' },
      schema: { tags: TAGS, summary: 'Tiêu chuẩn Giấy khen của một sở, ban, ngành hoặc UBND cấp huyện', params: CampaignIssuerParams, response: { 200: UnitMeritCriteriaSchema } },
    },
    async (req) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const unit = await loadIssuer(campaign.eraId, req.params.issuerUnitId, (u) => mayReadUnitMeritCriteria(user, u));
      const [stored] = await db
        .select({ criteria: unitMeritCriteria.criteria, updatedAt: unitMeritCriteria.updatedAt })
        .from(unitMeritCriteria)
        .where(and(eq(unitMeritCriteria.campaignId, campaign.id), eq(unitMeritCriteria.issuerUnitId, unit.id)));
      return present(campaign.id, user, unit, stored);
    },
  );

  app.put(
    '/api/campaigns/:id/unit-merit-criteria/:issuerUnitId',
    {
      config: { access: 'unitMeritCriteria.manage', fieldLabels: 'unitMeritCriteria' },
      schema: {
        tags: TAGS,
        summary: 'Sở, ban, ngành hoặc UBND cấp huyện quy định tiêu chuẩn Giấy khen của mình (Khoản 2, Mục III); thay cả danh sách',
        params: CampaignIssuerParams,
        body: UnitMeritCriteriaBody,
        response: { 200: UnitMeritCriteriaSchema },
      },
    },
    async (req) => {
      const campaign = await loadCampaign(db, req.params.id);
      const [found] = await db.select(issuerColumns).from(orgUnits).where(eq(orgUnits.id, req.params.issuerUnitId));
      if (!found) throw notFound('Đơn vị');
      // Own unit only (a district's Phòng Nội vụ: its district): another unit answers 404, as if it did not exist.
      const user = authorize(req, { unitId: found.id, unitPath: found.path });
      const unit = await loadIssuer(campaign.eraId, found.id, () => true);
      const saved = await setUnitMeritCriteria(db, auditContext(req), { campaignId: campaign.id, issuer: unit, criteria: req.body.criteria, asOf: now() });
      return present(campaign.id, user, unit, saved);
    },
  );
};
