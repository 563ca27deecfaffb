import type { DbOrTx } from '../../../db/client';
import { formatPlanSource, type CampaignDefinition } from '../../../domain/campaigns/campaignDefinition';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { adaptRuleSet, isRuleSetTemplateId, RULE_SET_TEMPLATES } from '../../../domain/eligibility/ruleSetTemplates';
import { validateRuleSet } from '../../../domain/eligibility/validateRuleSet';
import { validation } from '../../errors';
import { findCampaign } from './campaignQueries';
import { latestRuleSetVersion } from './recordRuleSetVersion';

/** Where a new rule set comes from: a built-in template id ("kh34-2020") or another campaign's id. */
export type RuleSetFrom = string;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The rule set a campaign starts from — a built-in template or another campaign's current rule set — moved to the
 * campaign's year and plan (adaptRuleSet), with the note its first version carries.
 * @param field the request field, named in the errors ("ruleSetFrom", "from")
 * @throws validation naming the field when the source is unknown or has no rule set
 */
export async function ruleSetFromSource(
  db: DbOrTx,
  from: RuleSetFrom,
  target: { id?: string; definition: Pick<CampaignDefinition, 'year' | 'planNumber' | 'planDate'> },
  field: string,
): Promise<{ ruleSet: RuleSet; note: string }> {
  const year = target.definition.year;
  const to = formatPlanSource(target.definition);
  if (isRuleSetTemplateId(from)) {
    const template = RULE_SET_TEMPLATES[from];
    const ruleSet = adaptRuleSet(template.ruleSet, { year, planSource: { from: template.planSource, to } });
    return { ruleSet, note: `Lập từ mẫu “${template.shortLabel}”, chuyển sang năm ${year}; cần rà soát điều khoản theo kế hoạch năm ${year}.` };
  }
  const label = 'Bộ tiêu chuẩn lấy từ';
  if (!UUID.test(from)) {
    throw validation([{ path: field, message: `${label}: phải là mẫu “34/KH-UBND 2020” (kh34-2020) hoặc mã một đợt thi đua` }]);
  }
  if (target.id && from === target.id) throw validation([{ path: field, message: `${label}: không thể lấy từ chính đợt thi đua này` }]);
  const source = await findCampaign(db, from);
  if (!source) throw validation([{ path: field, message: `${label}: không có đợt thi đua “${from}”` }]);
  const definition = source.definition;
  const sourceName = `Kế hoạch số ${source.planNumber} (năm ${source.year})`;
  if (source.ruleSet === null || validateRuleSet(source.ruleSet as RuleSet).length > 0) {
    throw validation([{ path: field, message: `${label}: ${sourceName} chưa có bộ tiêu chuẩn hợp lệ để sao chép` }]);
  }
  const version = (await latestRuleSetVersion(db, source.id))?.version ?? 1;
  const ruleSet = adaptRuleSet(source.ruleSet as RuleSet, { year, planSource: { from: formatPlanSource(definition), to } });
  const moved = source.year === year ? '' : `, chuyển sang năm ${year}`;
  return { ruleSet, note: `Lấy từ bộ tiêu chuẩn phiên bản ${version} của ${sourceName}${moved}; cần rà soát theo kế hoạch năm ${year}.` };
}
