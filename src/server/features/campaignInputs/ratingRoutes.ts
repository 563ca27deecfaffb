import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgUnits, people, ratings } from '../../../db/schema';
import { RATING_LABELS } from '../../../domain/eligibility/eligibilityRules';
import { ratingsToRows } from '../../../domain/ratings/ratingRows';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { eraForYear } from '../orgUnits/eraForYear';
import { ratingImport } from './importRatings';
import { listRatings } from './ratingQueries';
import { ratingExportPages } from './ratingExportPages';
import { ratePerson } from './ratePerson';
import { rateUnit } from './rateUnit';
import { answerImport } from '../../kit/tableImport';
import { BackgroundJobStarted } from '../../kit/importResult';
import { sendTableStream } from '../../kit/tableStream';
import { attestationRoutes } from './attestationRoutes';
import { recognitionRoutes } from './recognitionRoutes';
import { parTaskConfirmationRoutes } from './parTaskConfirmationRoutes';
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
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const ratingRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, now, config } = deps;
  await app.register(attestationRoutes, deps);
  await app.register(recognitionRoutes, deps);
  await app.register(parTaskConfirmationRoutes, deps);

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
      // Grows with people: streamed page by page (kit/tableStream), the same file as sendTable would build.
      const { header, formats, widths } = ratingsToRows([]);
      const pages = ratingExportPages(db, user, req.query.year, config.exportPageRows);
      return sendTableStream(reply, { name: `xep-loai-${req.query.year}`, sheet: `Xếp loại ${req.query.year}`, header, formats, widths, format: req.query.format, pages });
    },
  );

  app.post(
    '/api/ratings/import',
    {
      config: { access: 'rating.manage' },
      schema: { tags: TAGS, summary: 'Nhập xếp loại từ XLSX/CSV (gửi tệp làm nội dung yêu cầu); mặc định chạy thử', querystring: RatingImportQuery, response: { 200: ImportResponse, 202: BackgroundJobStarted } },
    },
    async (req, reply) => {
      authorize(req);
      const { format, background, ...params } = req.query;
      return answerImport(req, reply, deps, ratingImport, { format, background, params });
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
      const saved = await rateUnit(db, auditContext(req), { year, orgUnitId, ...req.body, asOf: now() });
      return { year, orgUnitId, personId: null, ...saved };
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
      const { orgUnitId } = await ratePerson(db, auditContext(req), { year, personId, overall: req.body.overall, asOf: now() });
      return { year, orgUnitId, personId, overall: req.body.overall, parTask: null };
    },
  );
};
