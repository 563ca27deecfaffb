import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CLASSIFICATIONS, classificationLabels, type ClassificationScheme } from '../../../domain/par/classificationScheme';
import { parResultsToRows } from '../../../domain/par/parResultRows';
import { distributionByBlock, rankingByBlock } from '../../../domain/par/parCharts';
import { computeYearOnYear } from '../../../domain/par/yearOnYear';
import type { LocalDate } from '../../../domain/time/localDate';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { loadClassificationSchemes } from './classificationSchemes';
import { dossierDeadlines } from './dossierDeadlines';
import { parResultImport } from './importParResults';
import { findPublicationSummary, visibleYearPage, visibleYearResults, type PublicationHeader } from './parResultQueries';
import { publishParResults } from './publishParResults';
import { communeParRoutes } from './communeParRoutes';
import { saveClassificationScheme } from './saveClassificationScheme';
import { saveParScore } from './saveParScore';
import { sendTable } from '../../kit/tabularFiles';
import { answerImport } from '../../kit/tableImport';
import { BackgroundJobStarted } from '../../kit/importResult';
import {
  ChartQuery,
  DistributionResponse,
  ImportResponse,
  ParExportQuery,
  ParImportQuery,
  ParResultItemSchema,
  ParResultListQuery,
  ParResultListResponse,
  ParScoreBody,
  PublicationBody,
  PublicationResponse,
  RankingResponse,
  SchemeBody,
  SchemeIdParams,
  SchemeSchema,
  YearOnYearResponse,
  YearParams,
  YearUnitParams,
} from './schema';
import { z } from 'zod';

const TAGS = ['Chỉ số CCHC'];

function presentPublication(p: PublicationHeader) {
  return {
    id: p.id,
    year: p.year,
    decisionNumber: p.decisionNumber,
    decisionDate: p.decisionDate,
    signer: p.signer,
    schemeId: p.schemeId,
    createdAt: p.createdAt.toISOString(),
  };
}

function presentScheme(s: ClassificationScheme) {
  return { id: s.id, name: s.name, validFrom: s.validFrom, source: s.source ?? null, blocks: s.blocks };
}

/**
 * PAR Index results per year and block (SPEC §3 step 4): entry, import/export, publication, charts, schemes.
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const parResultRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, now } = deps;
  await app.register(communeParRoutes, deps);
  app.get(
    '/api/classification-schemes',
    { config: { access: 'parResult.read' }, schema: { tags: TAGS, summary: 'Các phương án xếp loại Chỉ số CCHC (theo phiên bản, theo khối)', response: { 200: z.array(SchemeSchema) } } },
    async (req) => {
      authorize(req);
      return (await loadClassificationSchemes(db)).map(presentScheme);
    },
  );

  app.put(
    '/api/classification-schemes/:id',
    {
      config: { access: 'parResult.manage', fieldLabels: 'classificationScheme' },
      schema: { tags: TAGS, summary: 'Thêm hoặc sửa phương án xếp loại (các mức sắp từ cao xuống, mức cuối từ 0%)', params: SchemeIdParams, body: SchemeBody, response: { 200: SchemeSchema } },
    },
    async (req) => {
      authorize(req);
      const scheme: ClassificationScheme = { id: req.params.id, ...req.body, source: req.body.source ?? undefined };
      await saveClassificationScheme(db, auditContext(req), scheme);
      return presentScheme(scheme);
    },
  );

  app.get(
    '/api/par-results',
    {
      config: { access: 'parResult.read' },
      schema: { tags: TAGS, summary: 'Kết quả Chỉ số CCHC của một năm: điểm, chỉ số, xếp loại, thứ hạng trong khối', querystring: ParResultListQuery, response: { 200: ParResultListResponse } },
    },
    async (req) => {
      const user = authorize(req);
      const { year, blockCode, source, page, pageSize } = req.query;
      const visible = await visibleYearPage(db, user, year, { wanted: source, blockCode, page, pageSize });
      return {
        year,
        source: visible.source,
        scheme: visible.scheme,
        publication: visible.publication && presentPublication(visible.publication),
        items: visible.items,
        total: visible.total,
        page,
        pageSize,
      };
    },
  );

  app.get(
    '/api/par-results/export',
    { config: { access: 'parResult.read' }, schema: { tags: TAGS, summary: 'Xuất kết quả Chỉ số CCHC của một năm (XLSX/CSV, nhập lại được)', querystring: ParExportQuery } },
    async (req, reply) => {
      const user = authorize(req);
      const { year, format } = req.query;
      const visible = await visibleYearResults(db, user, year);
      const table = parResultsToRows(
        year,
        visible.items.map((i) => ({ ...i, code: i.orgUnitCode, name: i.orgUnitName, publishedClassification: i.publishedClassification })),
      );
      return sendTable(reply, { name: `chi-so-cchc-${year}`, sheet: `Chỉ số CCHC ${year}`, ...table, format });
    },
  );

  app.post(
    '/api/par-results/import',
    {
      config: { access: 'parResult.manage' },
      schema: { tags: TAGS, summary: 'Nhập điểm Chỉ số CCHC từ XLSX/CSV (gửi tệp làm nội dung yêu cầu); mặc định chạy thử', querystring: ParImportQuery, response: { 200: ImportResponse, 202: BackgroundJobStarted } },
    },
    async (req, reply) => {
      authorize(req);
      const { format, background, ...params } = req.query;
      return answerImport(req, reply, deps, parResultImport, { format, background, params });
    },
  );

  app.get(
    '/api/par-results/charts/ranking',
    { config: { access: 'parResult.read' }, schema: { tags: TAGS, summary: 'Biểu đồ: thứ hạng theo khối', querystring: ChartQuery, response: { 200: RankingResponse } } },
    async (req) => {
      const user = authorize(req);
      const visible = await visibleYearResults(db, user, req.query.year);
      return { year: req.query.year, source: visible.source, blocks: rankingByBlock(visible.items, req.query.blockCode) };
    },
  );

  app.get(
    '/api/par-results/charts/distribution',
    { config: { access: 'parResult.read' }, schema: { tags: TAGS, summary: 'Biểu đồ: số đơn vị theo xếp loại, từng khối', querystring: ChartQuery, response: { 200: DistributionResponse } } },
    async (req) => {
      const user = authorize(req);
      const visible = await visibleYearResults(db, user, req.query.year);
      return {
        year: req.query.year,
        source: visible.source,
        classes: CLASSIFICATIONS.map((c) => ({ classification: c, label: classificationLabels[c] })),
        blocks: distributionByBlock(visible.items, req.query.blockCode),
      };
    },
  );

  app.get(
    '/api/par-results/charts/year-on-year',
    { config: { access: 'parResult.read' }, schema: { tags: TAGS, summary: 'Biểu đồ: thay đổi so với năm trước của từng đơn vị', querystring: ChartQuery, response: { 200: YearOnYearResponse } } },
    async (req) => {
      const user = authorize(req);
      const { year, blockCode } = req.query;
      const [current, previous] = await Promise.all([visibleYearResults(db, user, year), visibleYearResults(db, user, year - 1)]);
      const names = new Map([...previous.items, ...current.items].map((i) => [i.unitId, i.orgUnitName]));
      const changes = computeYearOnYear({ previous: previous.items, current: current.items });
      return {
        year,
        previousYear: year - 1,
        items: changes.filter((c) => !blockCode || c.blockCode === blockCode).map((c) => ({ ...c, orgUnitName: names.get(c.unitId) ?? '' })),
      };
    },
  );

  app.put(
    '/api/par-results/:year/:orgUnitId',
    {
      config: { access: 'parResult.manage' },
      schema: { tags: TAGS, summary: 'Nhập điểm Chỉ số CCHC của một đơn vị trong năm (tạo hoặc thay)', params: YearUnitParams, body: ParScoreBody, response: { 200: ParResultItemSchema } },
    },
    async (req) => {
      authorize(req);
      return saveParScore(db, auditContext(req), { year: req.params.year, orgUnitId: req.params.orgUnitId, body: req.body, asOf: now() });
    },
  );

  app.post(
    '/api/par-results/:year/publication',
    {
      config: { access: 'parResult.publish' },
      schema: {
        tags: TAGS,
        summary: 'Ghi nhận công bố kết quả xếp hạng (số, ngày quyết định, người ký): chốt bảng xếp hạng và mở thời hạn lập hồ sơ',
        params: YearParams,
        body: PublicationBody,
        response: { 201: PublicationResponse },
      },
    },
    async (req, reply) => {
      const user = authorize(req);
      const { publication, deadlines, resultCount } = await publishParResults(db, auditContext(req), {
        year: req.params.year,
        decisionNumber: req.body.decisionNumber,
        decisionDate: req.body.decisionDate as LocalDate,
        signer: req.body.signer,
        userId: user.userId,
        asOf: now(),
      });
      return reply.code(201).send({ publication: presentPublication(publication), resultCount, dossierDeadlines: deadlines });
    },
  );

  app.get(
    '/api/par-results/:year/publication',
    {
      config: { access: 'parResult.read' },
      schema: { tags: TAGS, summary: 'Quyết định công bố của một năm và thời hạn lập hồ sơ (căn cứ, đếm ngược)', params: YearParams, response: { 200: PublicationResponse } },
    },
    async (req) => {
      authorize(req);
      const publication = await findPublicationSummary(db, req.params.year);
      if (!publication) throw notFound(`Quyết định công bố kết quả Chỉ số CCHC năm ${req.params.year}`);
      const deadlines = await dossierDeadlines(db, { year: publication.year, publicationDate: publication.decisionDate as LocalDate, asOf: now() });
      return { publication: presentPublication(publication), resultCount: publication.resultCount, dossierDeadlines: deadlines };
    },
  );
};

