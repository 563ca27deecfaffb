import type { Db } from '../../../db/client';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { ruleSetIssues } from '../../../domain/eligibility/validateRuleSet';
import type { FieldError } from '../../errors';
import { validation } from '../../errors';
import type { AuditContext } from '../../kit/audit';
import type { SessionUser } from '../../kit/session';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { commitRuleSetVersion } from './commitRuleSetVersion';

/**
 * Sở Nội vụ saves an edited rule set (PUT …/rule-set) as the campaign's next version. The rule set must be for the
 * campaign's year and pass validateRuleSet; each problem is a field error at `ruleSet.<path>` whose Vietnamese
 * message names the basis or criterion ("Điều kiện của tiêu chuẩn B “…”: phải có ít nhất một nhóm xếp hạng…").
 */
export async function saveRuleSet(
  db: Db,
  ctx: AuditContext,
  actor: SessionUser,
  input: { campaignId: string; version: number; ruleSet: RuleSet; note?: string; asOf: Date },
): Promise<CampaignRecord> {
  return commitRuleSetVersion(db, ctx, actor, {
    campaignId: input.campaignId,
    expectedVersion: input.version,
    asOf: input.asOf,
    build: async (campaign) => {
      const fields: FieldError[] = ruleSetIssues(input.ruleSet).map((issue) => ({ path: `ruleSet.${issue.path}`, message: issue.message }));
      if (input.ruleSet.year !== campaign.year) {
        fields.unshift({ path: 'ruleSet.year', message: `Năm của bộ tiêu chuẩn: phải là năm ${campaign.year} của đợt thi đua, không phải ${input.ruleSet.year}.` });
      }
      if (fields.length > 0) throw validation(fields, `Bộ tiêu chuẩn chưa hợp lệ: ${fields.map((f) => f.message).join(' ')}`);
      return { ruleSet: input.ruleSet, note: input.note?.trim() || null };
    },
  });
}
