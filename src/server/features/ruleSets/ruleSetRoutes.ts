import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { loadCampaign } from '../campaigns/campaignQueries';
import { copyRuleSet } from './copyRuleSet';
import { findRuleSetVersion, loadRuleSetState, presentRuleSetVersions } from './ruleSetQueries';
import { saveRuleSet } from './saveRuleSet';
import {
  CampaignIdParams,
  RuleSetCopyBody,
  RuleSetPutBody,
  RuleSetStateSchema,
  RuleSetVersionListSchema,
  RuleSetVersionSchema,
  VersionParams,
} from './schema';

const TAGS = ['Bộ tiêu chuẩn xét khen thưởng'];

/**
 * A campaign's Bằng khen rule set as data Sở Nội vụ reads and edits: the version in force, every earlier version
 * (who, when, why, what changed), edits checked by validateRuleSet, optimistic concurrency on the version number,
 * and no change once the year's PAR ranking is published. Everyone who reads the campaign's eligibility reads it.
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const ruleSetRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  app.get(
    '/api/campaigns/:id/rule-set',
    {
      config: { access: 'eligibility.read' },
      schema: {
        tags: TAGS,
        summary: 'Bộ tiêu chuẩn xét Bằng khen đang áp dụng của đợt thi đua: tiêu chuẩn, điều kiện, ngưỡng, điều khoản, phiên bản, đã chốt hay chưa',
        params: CampaignIdParams,
        response: { 200: RuleSetStateSchema },
      },
    },
    async (req) => {
      const user = authorize(req);
      return loadRuleSetState(db, await loadCampaign(db, req.params.id), user);
    },
  );

  app.put(
    '/api/campaigns/:id/rule-set',
    {
      config: { access: 'ruleSet.manage', fieldLabels: 'ruleSet' },
      schema: {
        tags: TAGS,
        summary: 'Sửa bộ tiêu chuẩn (Sở Nội vụ): lưu thành phiên bản mới; 409 khi phiên bản đã cũ hoặc kết quả xếp hạng đã công bố',
        params: CampaignIdParams,
        body: RuleSetPutBody,
        response: { 200: RuleSetStateSchema },
      },
    },
    async (req) => {
      const user = authorize(req);
      const { version, ruleSet, note } = req.body;
      const campaign = await saveRuleSet(db, auditContext(req), user, { campaignId: req.params.id, version, ruleSet: ruleSet as unknown as RuleSet, note, asOf: now() });
      return loadRuleSetState(db, campaign, user);
    },
  );

  app.post(
    '/api/campaigns/:id/rule-set/copy',
    {
      config: { access: 'ruleSet.manage', fieldLabels: 'ruleSet' },
      schema: {
        tags: TAGS,
        summary: 'Thiết lập bộ tiêu chuẩn từ mẫu “34/KH-UBND 2020” hoặc từ đợt thi đua khác (chuyển sang năm của đợt), thành phiên bản mới',
        params: CampaignIdParams,
        body: RuleSetCopyBody,
        response: { 200: RuleSetStateSchema },
      },
    },
    async (req) => {
      const user = authorize(req);
      const { from, version, note } = req.body;
      const campaign = await copyRuleSet(db, auditContext(req), user, { campaignId: req.params.id, from, version, note, asOf: now() });
      return loadRuleSetState(db, campaign, user);
    },
  );

  app.get(
    '/api/campaigns/:id/rule-set/versions',
    {
      config: { access: 'eligibility.read' },
      schema: { tags: TAGS, summary: 'Các phiên bản của bộ tiêu chuẩn: ai lưu, lúc nào, ghi chú, thay đổi gì', params: CampaignIdParams, response: { 200: RuleSetVersionListSchema } },
    },
    async (req) => {
      authorize(req);
      return presentRuleSetVersions(db, await loadCampaign(db, req.params.id));
    },
  );

  app.get(
    '/api/campaigns/:id/rule-set/versions/:version',
    {
      config: { access: 'eligibility.read' },
      schema: { tags: TAGS, summary: 'Một phiên bản của bộ tiêu chuẩn, đầy đủ', params: VersionParams, response: { 200: RuleSetVersionSchema } },
    },
    async (req) => {
      authorize(req);
      return findRuleSetVersion(db, await loadCampaign(db, req.params.id), req.params.version);
    },
  );
};
