import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { campaigns } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { formatPlanSource, type CampaignDefinition } from '../../../domain/campaigns/campaignDefinition';
import { CAMPAIGN_STATUS_LABELS, PLAN_EDITABLE_STATUSES } from '../../../domain/campaigns/campaignStatus';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { adaptRuleSet } from '../../../domain/eligibility/ruleSetTemplates';
import type { Tx } from '../../../db/client';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError } from '../../errors';
import { loadCampaign, type CampaignRecord } from './campaignQueries';
import { ensureFirstRuleSetVersion, latestRuleSetVersion, recordRuleSetVersion } from './recordRuleSetVersion';

/**
 * Corrects the plan data of a campaign while it may still change (before the ranking is published), with its audit
 * row, in one transaction; the status is checked under the row lock.
 * @throws CONFLICT when the campaign's status no longer allows plan changes
 */
export async function updateCampaignPlan(db: Db, ctx: AuditContext, actor: Actor, input: { id: string; definition: CampaignDefinition; asOf: Date }): Promise<CampaignRecord> {
  const { definition, asOf } = input;
  return db.transaction(async (tx) => {
    const current = await loadCampaign(tx, input.id, { forUpdate: true });
    if (!PLAN_EDITABLE_STATUSES.includes(current.status)) {
      throw new AppError('CONFLICT', `Không thể sửa kế hoạch khi đợt thi đua đang ở trạng thái «${CAMPAIGN_STATUS_LABELS[current.status]}»: kết quả xếp hạng đã công bố, tiêu chuẩn và chỉ tiêu không được thay đổi.`);
    }
    const [row] = await tx
      .update(campaigns)
      .set({ definition, year: definition.year, planNumber: definition.planNumber, planDate: definition.planDate, updatedAt: asOf })
      .where(eq(campaigns.id, current.id))
      .returning();
    await writeAudit(tx, ctx, { action: 'campaign.update', entityType: 'campaign', entityId: current.id, orgUnitId: actor.unitId, before: { definition: current.definition }, after: { definition } });
    const ruleSet = await followPlanInRuleSet(tx, ctx, actor, current, definition, asOf);
    return { ...(row as CampaignRecord), ruleSet: ruleSet ?? row.ruleSet };
  });
}

/**
 * A plan whose year, number or date was corrected takes its rule set along, as the rule set's next version: "năm
 * 2021" in the labels and the plan each clause cites follow the plan. Nothing is written when they already match.
 * @returns the new rule set, or null when nothing changed
 */
async function followPlanInRuleSet(tx: Tx, ctx: AuditContext, actor: Actor, current: CampaignRecord, definition: CampaignDefinition, asOf: Date): Promise<RuleSet | null> {
  if (current.ruleSet === null) return null;
  const before = current.ruleSet as RuleSet;
  const after = adaptRuleSet(before, { year: definition.year, planSource: { from: formatPlanSource(current.definition), to: formatPlanSource(definition) } });
  if (JSON.stringify(after) === JSON.stringify(before)) return null;
  await ensureFirstRuleSetVersion(tx, current);
  const latest = (await latestRuleSetVersion(tx, current.id))?.version ?? 1;
  const note = `Cập nhật theo kế hoạch đã sửa (${formatPlanSource(definition)}, năm ${definition.year}).`;
  const version = await recordRuleSetVersion(tx, { campaignId: current.id, version: latest + 1, ruleSet: after, createdBy: actor.userId, note, at: asOf });
  await writeAudit(tx, ctx, {
    action: 'ruleSet.update',
    entityType: 'ruleSet',
    entityId: current.id,
    orgUnitId: actor.unitId,
    before: { campaignId: current.id, version: latest, ruleSet: before },
    after: { campaignId: current.id, version: latest + 1, versionId: version.id, note, ruleSet: after },
  });
  return after;
}
