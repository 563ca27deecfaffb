import type { Db } from '../../../db/client';
import { campaigns } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { campaignDefinitionSchema } from '../../../domain/campaigns/campaignDefinition';
import { cloneCampaign as cloneCampaignDefinition } from '../../../domain/campaigns/cloneCampaign';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { validation } from '../../errors';
import { assertEraExists, loadCampaign, type CampaignRecord } from './campaignQueries';

/**
 * Copies a campaign to another year as a draft (plan data and, for review, its criteria; never its results), with
 * its audit row, in one transaction.
 * @returns the new campaign and what the secretariat should review in the copy
 * @throws validation when the year is the source's, the era does not exist, or the copied plan is not valid
 */
export async function cloneCampaign(db: Db, ctx: AuditContext, actor: Actor, input: { id: string; year: number; eraId?: string }): Promise<{ campaign: CampaignRecord; warnings: string[] }> {
  const { year } = input;
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
  const ruleSet = source.ruleSet === null ? null : { ...(source.ruleSet as Record<string, unknown>), year };
  if (ruleSet) warnings.push(`ruleSet: bộ tiêu chuẩn xét Bằng khen được sao chép từ đợt ${source.year}; cần rà soát theo kế hoạch năm ${year}.`);
  const campaign = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({ year, planNumber: definition.planNumber, planDate: definition.planDate, eraId, status: 'draft', definition, ruleSet, clonedFromId: source.id })
      .returning();
    await writeAudit(tx, ctx, { action: 'campaign.clone', entityType: 'campaign', entityId: row.id, orgUnitId: actor.unitId, after: { clonedFromId: source.id, year, eraId, warnings } });
    return row as CampaignRecord;
  });
  return { campaign, warnings };
}
