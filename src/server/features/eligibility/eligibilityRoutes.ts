import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { scopeOf } from '../../../domain/access/scope';
import { eligibilityToRows } from '../../../domain/eligibility/eligibilityToRows';
import type { AppDeps } from '../../deps';
import { authorize } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { currentRuleSetVersion } from '../ruleSets/ruleSetQueries';
import { explainStoredRows } from './campaignEligibility';
import { eligibilityPublication } from './eligibilityInputs';
import { refreshStoredVerdicts } from './refreshStoredVerdicts';
import { storedVerdictCounts, storedVerdictFilters, storedVerdictRows } from './storedVerdictQueries';
import { sendTableStream } from '../../kit/tableStream';
import { eligibilityExportPages } from './eligibilityExportPages';
import { whatIfEligibility } from './whatIfEligibility';
import {
  CampaignIdParams,
  EligibilityExportQuery,
  EligibilityListQuery,
  EligibilityListResponse,
  WhatIfBody,
  WhatIfResponse,
} from './schema';

const TAGS = ['Xét điều kiện khen thưởng'];

/**
 * Eligibility for the chairman's Bằng khen (III.1): every registered collective and individual of a campaign with
 * its explained result, from verdicts stored and refreshed whenever an input changes (refreshStoredVerdicts); an
 * export; and a what-if that saves nothing.
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const eligibilityRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now, config }) => {
  app.get(
    '/api/campaigns/:id/eligibility',
    {
      config: { access: 'eligibility.read' },
      schema: {
        tags: TAGS,
        summary: 'Kết quả xét điều kiện Bằng khen của mọi tập thể, cá nhân đã đăng ký (trong phạm vi), có giải thích theo điều khoản',
        params: CampaignIdParams,
        querystring: EligibilityListQuery,
        response: { 200: EligibilityListResponse },
      },
    },
    async (req) => {
      const user = authorize(req);
      const scope = scopeOf(user);
      const campaign = await loadCampaign(db, req.params.id);
      const { page, pageSize, ...filters } = req.query;
      // Counts, filters and paging in SQL on the stored verdicts, brought up to date first; the page alone is explained.
      const where = await storedVerdictFilters(db, campaign.eraId, filters);
      const ruleSet = await refreshStoredVerdicts(db, campaign);
      const [{ counts, total }, rows, ruleSetVersion, publication] = await Promise.all([
        storedVerdictCounts(db, campaign.id, scope, where),
        storedVerdictRows(db, campaign.id, scope, where, { limit: pageSize, offset: (page - 1) * pageSize }),
        currentRuleSetVersion(db, campaign),
        eligibilityPublication(db, campaign.year),
      ]);
      return {
        campaign: { id: campaign.id, year: campaign.year, planNumber: campaign.planNumber },
        ruleSetId: ruleSet.id,
        ruleSetVersion,
        asOf: now().toISOString(),
        publication,
        counts,
        items: await explainStoredRows(db, campaign, scope, ruleSet, rows),
        total,
        page,
        pageSize,
      };
    },
  );

  app.get(
    '/api/campaigns/:id/eligibility/export',
    {
      config: { access: 'eligibility.read' },
      schema: { tags: TAGS, summary: 'Xuất kết quả xét điều kiện (XLSX hoặc CSV), trong phạm vi', params: CampaignIdParams, querystring: EligibilityExportQuery },
    },
    async (req, reply) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      const scope = scopeOf(user);
      const { format: _format, ...filters } = req.query;
      const ruleSet = await refreshStoredVerdicts(db, campaign);
      const rows = await storedVerdictRows(db, campaign.id, scope, await storedVerdictFilters(db, campaign.eraId, filters));
      // Grows with nominees: explained and written page by page (kit/tableStream), the same file as sendTable would build.
      const { header, formats, widths } = eligibilityToRows([]);
      const pages = eligibilityExportPages((slice) => explainStoredRows(db, campaign, scope, ruleSet, slice), rows, config.exportPageRows);
      return sendTableStream(reply, { name: `xet-dieu-kien-${campaign.year}`, sheet: 'Xét điều kiện', header, formats, widths, format: req.query.format, pages });
    },
  );

  app.post(
    '/api/campaigns/:id/eligibility/what-if',
    {
      config: { access: 'eligibility.whatIf' },
      schema: {
        tags: TAGS,
        summary: 'Thử thay đổi ngưỡng tiêu chuẩn hoặc dữ liệu đầu vào: ai được thêm, ai mất điều kiện (không lưu gì)',
        params: CampaignIdParams,
        body: WhatIfBody,
        response: { 200: WhatIfResponse },
      },
    },
    async (req) => {
      const user = authorize(req);
      const campaign = await loadCampaign(db, req.params.id);
      return whatIfEligibility(db, campaign, scopeOf(user), req.body);
    },
  );
};
