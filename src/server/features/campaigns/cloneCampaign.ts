import type { Db } from '../../../db/client';
import { campaigns } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { campaignDefinitionSchema, formatPlanSource } from '../../../domain/campaigns/campaignDefinition';
import { cloneCampaign as cloneCampaignDefinition } from '../../../domain/campaigns/cloneCampaign';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { adaptRuleSet } from '../../../domain/eligibility/ruleSetTemplates';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { validation } from '../../errors';
import { assertEraExists, loadCampaign, type CampaignRecord } from './campaignQueries';
import { latestRuleSetVersion, recordRuleSetVersion } from './recordRuleSetVersion';

/**
 * Copies a campaign to another year as a draft (plan data and, for review, its criteria; never its results), with
 * its audit row, in one transaction.
 * @returns the new campaign and what the secretariat should review in the copy
 * @throws validation when the year is the source's, the era does not exist, or the copied plan is not valid
 */
export async function cloneCampaign(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  input: { id: string; year: number; eraId?: string; asOf: Date },
): Promise<{ campaign: CampaignRecord; warnings: string[] }> {
  const { year, asOf } = input;
  const source = await loadCampaign(db, input.id);
  if (year === source.year) throw validation([{ path: 'year', message: `Năm: đợt thi đua mới phải ở năm khác năm ${source.year} của đợt gốc` }]);
  const eraId = input.eraId ?? source.eraId;
  await assertEraExists(db, eraId);
  const { definition: draft, warnings } = cloneCampaignDefinition(source.definition, { year });
  const parsed = campaignDefinitionSchema.safeParse(draft);
  if (!parsed.success) {
    throw validation(parsed.error.issues.map((i) => ({ path: ['definition', ...i.path].join('.'), message: i.message })), 'Bản sao chưa hợp lệ: ' + parsed.error.issues.map((i) => i.message).join('; '));
  }
  const definition = parsed.data;
  // The criteria are copied for review, not as results: registrations, PAR results and decisions stay with the source.
  // They move to the new year ("năm 2020" → "năm 2021"), cite the new plan, and start the clone's history as version 1.
  const ruleSet =
    source.ruleSet === null
      ? null
      : adaptRuleSet(source.ruleSet as RuleSet, { year, planSource: { from: formatPlanSource(source.definition), to: formatPlanSource(definition) } });
  const sourceVersion = ruleSet ? ((await latestRuleSetVersion(db, source.id))?.version ?? 1) : null;
  const ruleSetNote = `Sao chép từ bộ tiêu chuẩn phiên bản ${sourceVersion} của Kế hoạch số ${source.planNumber} (năm ${source.year}), chuyển sang năm ${year}; cần rà soát theo kế hoạch năm ${year}.`;
  if (ruleSet) warnings.push(`ruleSet: bộ tiêu chuẩn xét Bằng khen được sao chép từ đợt ${source.year} (phiên bản ${sourceVersion}) thành phiên bản 1; cần rà soát theo kế hoạch năm ${year}.`);
  else warnings.push(`ruleSet: đợt ${source.year} chưa có bộ tiêu chuẩn xét Bằng khen; Sở Nội vụ cần thiết lập cho đợt mới trước khi xét điều kiện.`);
  const campaign = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({ year, planNumber: definition.planNumber, planDate: definition.planDate, eraId, status: 'draft', definition, clonedFromId: source.id })
      .returning();
    await writeAudit(tx, ctx, { action: 'campaign.clone', entityType: 'campaign', entityId: row.id, orgUnitId: actor.unitId, after: { clonedFromId: source.id, year, eraId, warnings } });
    if (!ruleSet) return row as CampaignRecord;
    const version = await recordRuleSetVersion(tx, { campaignId: row.id, version: 1, ruleSet, createdBy: actor.userId, note: ruleSetNote, at: asOf });
    await writeAudit(tx, ctx, {
      action: 'ruleSet.create',
      entityType: 'ruleSet',
      entityId: row.id,
      orgUnitId: actor.unitId,
      after: { campaignId: row.id, version: 1, versionId: version.id, ruleSetFrom: source.id, sourceVersion, note: ruleSetNote, ruleSet },
    });
    return { ...(row as CampaignRecord), ruleSet };
  });
  return { campaign, warnings };
}
