import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { evaluationReports, type EvaluationNarrative } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { loadCampaign } from '../campaigns/campaignQueries';

/**
 * Saves the narrative parts of the campaign's evaluation report (IV.3), written by Sở Nội vụ before generating it;
 * the audit row keeps the text before and after, in the same transaction.
 */
export async function saveEvaluationNarrative(db: Db, ctx: AuditContext, actor: Actor, input: { campaignId: string; narrative: EvaluationNarrative; asOf: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const campaign = await loadCampaign(tx, input.campaignId, { forUpdate: true });
    const [before] = await tx.select({ narrative: evaluationReports.narrative }).from(evaluationReports).where(eq(evaluationReports.campaignId, campaign.id));
    await tx
      .insert(evaluationReports)
      .values({ campaignId: campaign.id, narrative: input.narrative, updatedById: actor.userId, updatedAt: input.asOf })
      .onConflictDoUpdate({ target: evaluationReports.campaignId, set: { narrative: input.narrative, updatedById: actor.userId, updatedAt: input.asOf } });
    await writeAudit(tx, ctx, {
      action: 'evaluationReport.save',
      entityType: 'evaluationReport',
      entityId: campaign.id,
      orgUnitId: actor.unitId,
      before: before ? before.narrative : null,
      after: input.narrative,
    });
  });
}
