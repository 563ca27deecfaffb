import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { campaigns } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { isDraftPlanNumber } from '../../../domain/campaigns/campaignDefinition';
import { checkTransition, type CampaignStatus } from '../../../domain/campaigns/campaignStatus';
import { checkStatusFact } from '../../../domain/campaigns/statusFacts';
import { statusFactsOf } from './applyStatusFacts';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError } from '../../errors';
import { loadCampaign, type CampaignRecord } from './campaignQueries';

/**
 * Moves a campaign to its next status (draft → … → closed), with its audit row, in one transaction. Checked under
 * the row lock, so two secretaries clicking at once cannot both move it.
 * @throws CONFLICT when the transition is not allowed, or registration would open on a plan without its number
 */
export async function changeCampaignStatus(db: Db, ctx: AuditContext, actor: Actor, input: { id: string; to: CampaignStatus; asOf: Date }): Promise<CampaignRecord> {
  const { to, asOf } = input;
  return db.transaction(async (tx) => {
    const current = await loadCampaign(tx, input.id, { forUpdate: true });
    const check = checkTransition(current.status, to);
    if (!check.allowed) throw new AppError('CONFLICT', check.reason, [{ path: 'status', message: `Trạng thái: ${check.reason}` }]);
    // A move that a fact causes (deadline passed, ranking published) needs that fact.
    const fact = checkStatusFact(current.status, to, await statusFactsOf(tx, current), asOf);
    if (!fact.allowed) throw new AppError('CONFLICT', fact.reason, [{ path: 'status', message: `Trạng thái: ${fact.reason}` }]);
    if (current.status === 'draft' && isDraftPlanNumber(current.definition.planNumber)) {
      // Opening registration means the plan was issued: it must carry the number the văn thư gave it.
      const reason = `Kế hoạch chưa được cấp số (${current.definition.planNumber}); hãy nhập số, ký hiệu và ngày ban hành trước khi mở đăng ký thi đua.`;
      throw new AppError('CONFLICT', reason, [{ path: 'status', message: `Trạng thái: ${reason}` }]);
    }
    const [row] = await tx.update(campaigns).set({ status: to, updatedAt: asOf }).where(and(eq(campaigns.id, current.id), eq(campaigns.status, current.status))).returning();
    await writeAudit(tx, ctx, { action: 'campaign.status', entityType: 'campaign', entityId: current.id, orgUnitId: actor.unitId, before: { status: current.status }, after: { status: to } });
    return row as CampaignRecord;
  });
}
