import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { scopeOf } from '../../../domain/access/scope';
import { eligibilityToRows } from '../../../domain/eligibility/eligibilityToRows';
import type { AppDeps } from '../../deps';
import { authorize } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { campaignEligibilityInputs, evaluateNominees, verdictsOf, type NomineeVerdict } from './campaignEligibility';
import { filterEligibilityItems } from './filterEligibilityItems';
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

function counts(items: readonly NomineeVerdict[]) {
  const zero = () => ({ pass: 0, fail: 0, unknown: 0 });
  const result = { collective: zero(), individual: zero() };
  for (const item of items) result[item.kind][item.result.verdict] += 1;
  return result;
}

/**
 * Eligibility for the chairman's Bằng khen (III.1): every registered collective and individual of a campaign with
 * its explained result, recomputed on every request; an export; and a what-if that saves nothing.
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
      const campaign = await loadCampaign(db, req.params.id);
      const { ruleSet, ruleSetVersion, inputs } = await campaignEligibilityInputs(db, campaign, scopeOf(user));
      const { page, pageSize, ...filters } = req.query;
      // Counts, filters and paging read verdicts only; the page's nominees alone are explained.
      const verdicts = verdictsOf(ruleSet, inputs);
      const filtered = await filterEligibilityItems(db, campaign.eraId, verdicts, filters);
      return {
        campaign: { id: campaign.id, year: campaign.year, planNumber: campaign.planNumber },
        ruleSetId: ruleSet.id,
        ruleSetVersion,
        asOf: now().toISOString(),
        publication: inputs.publication,
        counts: counts(verdicts),
        items: evaluateNominees(ruleSet, inputs, filtered.slice((page - 1) * pageSize, page * pageSize)),
        total: filtered.length,
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
      const { ruleSet, inputs } = await campaignEligibilityInputs(db, campaign, scopeOf(user));
      const { format: _format, ...filters } = req.query;
      const kept = await filterEligibilityItems(db, campaign.eraId, verdictsOf(ruleSet, inputs), filters);
      // Grows with nominees: explained and written page by page (kit/tableStream), the same file as sendTable would build.
      const { header, formats, widths } = eligibilityToRows([]);
      const pages = eligibilityExportPages(ruleSet, inputs, kept, config.exportPageRows);
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
