import type { Db } from '../../../db/client';
import { campaigns } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import type { CampaignDefinition } from '../../../domain/campaigns/campaignDefinition';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { assertEraExists, type CampaignRecord } from './campaignQueries';
import { recordRuleSetVersion } from './recordRuleSetVersion';
import { ruleSetFromSource } from './ruleSetSource';

/**
 * Sets up a new campaign as a draft, with its audit row, in one transaction. Its Bằng khen rule set is chosen, never
 * implied: `ruleSetFrom` names the built-in "34/KH-UBND 2020" template ("kh34-2020") or a campaign whose rule set is
 * copied, moved to this year and plan, as version 1; without it the campaign has no rule set until Sở Nội vụ sets
 * one up, and eligibility answers 409 meanwhile.
 * @throws validation when the era does not exist, or `ruleSetFrom` names nothing usable
 */
export async function createCampaign(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  input: { eraId: string; definition: CampaignDefinition; ruleSetFrom?: string; asOf: Date },
): Promise<CampaignRecord> {
  const { eraId, definition, ruleSetFrom, asOf } = input;
  await assertEraExists(db, eraId);
  const initial = ruleSetFrom ? await ruleSetFromSource(db, ruleSetFrom, { definition }, 'ruleSetFrom') : null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({ year: definition.year, planNumber: definition.planNumber, planDate: definition.planDate, eraId, status: 'draft', definition })
      .returning();
    await writeAudit(tx, ctx, { action: 'campaign.create', entityType: 'campaign', entityId: row.id, orgUnitId: actor.unitId, after: { eraId, status: 'draft', definition, ruleSetFrom: ruleSetFrom ?? null } });
    if (!initial) return row as CampaignRecord;
    const version = await recordRuleSetVersion(tx, { campaignId: row.id, version: 1, ruleSet: initial.ruleSet, createdBy: actor.userId, note: initial.note, at: asOf });
    await writeAudit(tx, ctx, {
      action: 'ruleSet.create',
      entityType: 'ruleSet',
      entityId: row.id,
      orgUnitId: actor.unitId,
      after: { campaignId: row.id, version: 1, versionId: version.id, ruleSetFrom, note: initial.note, ruleSet: initial.ruleSet },
    });
    return { ...(row as CampaignRecord), ruleSet: initial.ruleSet };
  });
}
