import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { nominations } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { mayProposeFor } from '../../../domain/access/policies/nomination';
import { inScope } from '../../../domain/access/scope';
import { AppError, forbidden, notFound } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { loadNomination } from './nominationQueries';

/**
 * Withdraws an active nomination (rút đề nghị), with its reason: its place in the quota and its nominee are free
 * again at once (the quota counts and the unique index read only `proposed` rows). The row is kept, withdrawn, for
 * the record. The status is re-read under a row lock, so two withdrawals of one nomination cannot both succeed.
 * Withdrawing a commune also withdraws the nominations of its individuals, which it could make only as a chosen
 * collective (III.4.b).
 * @throws notFound outside the actor's scope; forbidden when the actor does not act for the proposing unit;
 *   CONFLICT when it is already withdrawn
 */
export async function withdrawNomination(db: Db, ctx: AuditContext, actor: Actor, input: { nominationId: string; reason: string; asOf: Date }): Promise<void> {
  const row = await loadNomination(db, input.nominationId);
  if (!inScope(actor, { unitId: row.nomineeUnit.id, unitPath: row.nomineeUnit.path })) throw notFound('Đề nghị khen thưởng');
  if (!mayProposeFor(actor, row.proposingUnit)) throw forbidden(`Đề nghị này do ${row.proposingUnit.name} lập; chỉ đơn vị đó (hoặc Sở Nội vụ) rút được.`);
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(nominations).where(eq(nominations.id, row.nomination.id)).for('update');
    if (current.status !== 'proposed') throw new AppError('CONFLICT', 'Đề nghị này đã được rút trước đó.');
    const [after] = await tx
      .update(nominations)
      .set({ status: 'withdrawn', withdrawnById: actor.userId, withdrawnAt: input.asOf, withdrawalReason: input.reason, updatedAt: input.asOf })
      .where(and(eq(nominations.id, current.id), eq(nominations.status, 'proposed')))
      .returning();
    await writeAudit(tx, ctx, { action: 'nomination.withdraw', entityType: 'nomination', entityId: current.id, orgUnitId: current.nomineeUnitId, before: current, after, reason: input.reason });
    if (current.nomineeKind !== 'unit') return;
    // A commune no longer proposed is no longer a chosen collective (III.4.b): its individuals' nominations go with it.
    const reason = `Xã không còn được đề nghị khen thưởng (${input.reason})`;
    const members = await tx
      .update(nominations)
      .set({ status: 'withdrawn', withdrawnById: actor.userId, withdrawnAt: input.asOf, withdrawalReason: reason, updatedAt: input.asOf })
      .where(and(eq(nominations.campaignId, current.campaignId), eq(nominations.proposingUnitId, current.nomineeUnitId), eq(nominations.nomineeKind, 'person'), eq(nominations.status, 'proposed')))
      .returning();
    for (const member of members) {
      await writeAudit(tx, ctx, { action: 'nomination.withdraw', entityType: 'nomination', entityId: member.id, orgUnitId: member.nomineeUnitId, before: { ...member, status: 'proposed', withdrawnById: null, withdrawnAt: null, withdrawalReason: null }, after: member, reason });
    }
  });
}
