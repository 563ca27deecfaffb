import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq, isNull } from 'drizzle-orm';
import { orgUnits, people, ratings } from '../../../db/schema';
import { RATING_LABELS, type Rating } from '../../../domain/eligibility/eligibilityRules';
import { RATING_COLUMNS, ratingsToRows, type RatingKind } from '../../../domain/ratings/ratingRows';
import type { AppDeps } from '../../deps';
import { notFound, validation } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { eraForYear } from '../orgUnits/eraForYear';
import { importRatings } from './importRatings';
import { listRatings, ratingsForExport } from './ratingQueries';
import { saveRating } from './saveRating';
import { readUploadedTable, sendTable } from '../../kit/tabularFiles';
import { attestationRoutes } from './attestationRoutes';
import { recognitionRoutes } from './recognitionRoutes';
import {
  ImportResponse,
  PersonRatingBody,
  PersonRatingParams,
  RatingExportQuery,
  RatingImportQuery,
  RatingListQuery,
  RatingListResponse,
  SavedRatingsResponse,
  UnitRatingBody,
  UnitRatingParams,
} from './schema';

const TAGS = ['Xếp loại và công nhận'];

/**
 * Yearly ratings of units and people, and the PAR-task rating of specialised units (SPEC §3 step 5): list and
 * export in scope, entry and import by the secretariat. Also registers the attestation and recognition routes.
 */
export const ratingRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps;
  await app.register(attestationRoutes, deps);
  await app.register(recognitionRoutes, deps);

  app.get(
    '/api/ratings',
    { config: { access: 'rating.read' }, schema: { tags: TAGS, summary: 'Xếp loại của tập thể, cá nhân trong năm (trong phạm vi)', querystring: RatingListQuery, response: { 200: RatingListResponse } } },
    async (req) => {
      const user = authorize(req);
      const page = await listRatings(db, user, req.query);
      return { ...page, items: page.items.map((r) => ({ ...r, ratingLabel: RATING_LABELS[r.rating], updatedAt: r.updatedAt.toISOString() })) };
    },
  );

  app.get(
    '/api/ratings/export',
    { config: { access: 'rating.read' }, schema: { tags: TAGS, summary: 'Xuất xếp loại của năm (XLSX/CSV, nhập lại được), trong phạm vi', querystring: RatingExportQuery } },
    async (req, reply) => {
      const user = authorize(req);
      const rows = await ratingsForExport(db, user, { year: req.query.year });
      const table = ratingsToRows(rows.map((r) => ({ year: r.year, unitCode: r.orgUnitCode, unitName: r.orgUnitName, personId: r.personId, fullName: r.fullName, kind: r.kind, rating: r.rating })));
      return sendTable(reply, { name: `xep-loai-${req.query.year}`, sheet: `Xếp loại ${req.query.year}`, ...table, widths: RATING_COLUMNS.map((c) => c.width), format: req.query.format });
    },
  );

  app.post(
    '/api/ratings/import',
    {
      config: { access: 'rating.manage' },
      schema: { tags: TAGS, summary: 'Nhập xếp loại từ XLSX/CSV (gửi tệp làm nội dung yêu cầu); mặc định chạy thử', querystring: RatingImportQuery, response: { 200: ImportResponse } },
    },
    async (req) => {
      authorize(req);
      const table = await readUploadedTable(req.body, req.query.format);
      return importRatings(db, auditContext(req), { year: req.query.year, table, dryRun: req.query.dryRun });
    },
  );

  app.put(
    '/api/ratings/:year/units/:orgUnitId',
    {
      config: { access: 'rating.manage' },
      schema: { tags: TAGS, summary: 'Xếp loại chất lượng và xếp loại nhiệm vụ CCHC của một tập thể trong năm', params: UnitRatingParams, body: UnitRatingBody, response: { 200: SavedRatingsResponse } },
    },
    async (req) => {
      authorize(req);
      const { year, orgUnitId } = req.params;
      const [unit] = await db.select({ id: orgUnits.id, eraId: orgUnits.eraId }).from(orgUnits).where(eq(orgUnits.id, orgUnitId));
      if (!unit) throw notFound('Đơn vị');
      if (unit.eraId !== (await eraForYear(db, year))) {
        throw validation([{ path: 'orgUnitId', message: `Đơn vị: không thuộc cây đơn vị áp dụng cho năm ${year}` }]);
      }
      const wanted: [RatingKind, Rating | null | undefined][] = [
        ['overall', req.body.overall],
        ['par_task', req.body.parTask],
      ];
      await db.transaction(async (tx) => {
        for (const [kind, rating] of wanted) {
          if (rating !== undefined) await saveRating(tx, auditContext(req), { year, kind, orgUnitId: unit.id, personId: null, rating });
        }
      });
      const saved = await db
        .select({ kind: ratings.kind, rating: ratings.rating })
        .from(ratings)
        .where(and(eq(ratings.year, year), eq(ratings.orgUnitId, unit.id), isNull(ratings.personId)));
      const of = (kind: RatingKind) => (saved.find((r) => r.kind === kind)?.rating as Rating | undefined) ?? null;
      return { year, orgUnitId: unit.id, personId: null, overall: of('overall'), parTask: of('par_task') };
    },
  );

  app.put(
    '/api/ratings/:year/people/:personId',
    {
      config: { access: 'rating.manage' },
      schema: { tags: TAGS, summary: 'Xếp loại chất lượng của một cá nhân trong năm', params: PersonRatingParams, body: PersonRatingBody, response: { 200: SavedRatingsResponse } },
    },
    async (req) => {
      authorize(req);
      const { year, personId } = req.params;
      const [person] = await db.select({ id: people.id, orgUnitId: people.orgUnitId }).from(people).where(eq(people.id, personId));
      if (!person) throw notFound('Cá nhân');
      await db.transaction(async (tx) => {
        await saveRating(tx, auditContext(req), { year, kind: 'overall', orgUnitId: person.orgUnitId, personId: person.id, rating: req.body.overall });
      });
      return { year, orgUnitId: person.orgUnitId, personId: person.id, overall: req.body.overall, parTask: null };
    },
  );
};
