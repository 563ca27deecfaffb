import type { Db } from '../../../db/client';
import { campaigns } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import type { CampaignDefinition } from '../../../domain/campaigns/campaignDefinition';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { assertEraExists, type CampaignRecord } from './campaignQueries';

/**
 * Sets up a new campaign as a draft, with its audit row, in one transaction.
 * @throws validation when the era does not exist
 */
export async function createCampaign(db: Db, ctx: AuditContext, actor: Actor, input: { eraId: string; definition: CampaignDefinition }): Promise<CampaignRecord> {
  const { eraId, definition } = input;
  await assertEraExists(db, eraId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({ year: definition.year, planNumber: definition.planNumber, planDate: definition.planDate, eraId, status: 'draft', definition })
      .returning();
    await writeAudit(tx, ctx, { action: 'campaign.create', entityType: 'campaign', entityId: row.id, orgUnitId: actor.unitId, after: { eraId, status: 'draft', definition } });
    return row as CampaignRecord;
  });
}
