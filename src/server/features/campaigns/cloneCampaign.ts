import type { Db } from '../../../db/client';
import { campaigns } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { campaignDefinitionSchema, formatPlanSource } from '../../../domain/campaigns/campaignDefinition';
import { cloneCampaign as cloneCampaignDefinition, renameProvince, type EraMoveReport } from '../../../domain/campaigns/cloneCampaign';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { adaptRuleSet } from '../../../domain/eligibility/ruleSetTemplates';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { validation } from '../../errors';
import { eraForYear } from '../orgUnits/eraForYear';
import { loadCampaign, type CampaignRecord } from './campaignQueries';
import { loadEraMove } from './eraMoveQueries';
import { latestRuleSetVersion, recordRuleSetVersion } from './recordRuleSetVersion';

/**
 * Copies a campaign to another year as a draft (plan data and, for review, its criteria; never its results), with
 * its audit row, in one transaction.
 *
 * The copy runs on the era in force in its year unless one is chosen: the era whose units the year's PAR results and
 * ratings belong to (`eraForYear`, in force on 31 December), so that its participants are the units whose scores the
 * year accepts. A 2026 copy of the Kiên Giang 2020 plan thus moves to the two-tier An Giang tree
 * (`moveDefinitionToEra`: issuer, participants, quotas, units through the lineage), and says so in its review list.
 * @returns the new campaign, what the secretariat should review in the copy, and the era move if any
 * @throws validation when the year is the source's, the era does not exist, or the copied plan is not valid
 */
export async function cloneCampaign(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  input: { id: string; year: number; eraId?: string; communeQuotaLimit?: number; asOf: Date },
): Promise<{ campaign: CampaignRecord; warnings: string[]; eraMove: EraMoveReport | null }> {
  const { year, asOf } = input;
  const source = await loadCampaign(db, input.id);
  if (year === source.year) throw validation([{ path: 'year', message: `Năm: đợt thi đua mới phải ở năm khác năm ${source.year} của đợt gốc` }]);
  const eraId = input.eraId ?? (await eraForYear(db, year)) ?? source.eraId;
  const districtCodes = source.definition.quotas.communesPerDistrictOverrides.map((o) => o.districtCode);
  const move = await loadEraMove(db, source.eraId, eraId, districtCodes, input.communeQuotaLimit);
  const { definition: draft, warnings, eraMove } = cloneCampaignDefinition(source.definition, { year, eraMove: move });
  const parsed = campaignDefinitionSchema.safeParse(draft);
  if (!parsed.success) {
    throw validation(parsed.error.issues.map((i) => ({ path: ['definition', ...i.path].join('.'), message: i.message })), 'Bản sao chưa hợp lệ: ' + parsed.error.issues.map((i) => i.message).join('; '));
  }
  const definition = parsed.data;
  // The criteria are copied for review, not as results: registrations, PAR results and decisions stay with the source.
  // They move to the new year ("năm 2020" → "năm 2021"), cite the new plan, and start the clone's history as version 1.
  // In another era the criteria cite the new province's plan ("… của UBND tỉnh An Giang").
  const ruleSet =
    source.ruleSet === null
      ? null
      : renameProvince(
          adaptRuleSet(source.ruleSet as RuleSet, { year, planSource: { from: formatPlanSource(source.definition), to: formatPlanSource(definition) } }),
          move.from.provinceName,
          move.to.provinceName,
        );
  const sourceVersion = ruleSet ? ((await latestRuleSetVersion(db, source.id))?.version ?? 1) : null;
  const ruleSetNote = `Sao chép từ bộ tiêu chuẩn phiên bản ${sourceVersion} của Kế hoạch số ${source.planNumber} (năm ${source.year}), chuyển sang năm ${year}; cần rà soát theo kế hoạch năm ${year}.`;
  if (ruleSet) warnings.push(`Bộ tiêu chuẩn xét Bằng khen: được sao chép từ đợt ${source.year} (phiên bản ${sourceVersion}) thành phiên bản 1; cần rà soát theo kế hoạch năm ${year}.`);
  else warnings.push(`Bộ tiêu chuẩn xét Bằng khen: đợt ${source.year} chưa có bộ tiêu chuẩn xét Bằng khen; Sở Nội vụ cần thiết lập cho đợt mới trước khi xét điều kiện.`);
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
  return { campaign, warnings, eraMove };
}
