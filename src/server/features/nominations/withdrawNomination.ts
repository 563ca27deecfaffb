import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { dossiers, nominations, people } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { mayProposeFor } from '../../../domain/access/policies/nomination';
import { inScope } from '../../../domain/access/scope';
import { nominationStage, transition } from '../../../domain/nominations/nominationLifecycle';
import { AppError, forbidden, notFound } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { loadNomination } from './nominationQueries';

/**
 * Withdraws an active nomination (rút đề nghị), with its reason: its place in the quota and its nominee are free
 * again at once (the quota counts and the unique index read only `proposed` rows). The row is kept, withdrawn, for
 * the record. The status is re-read under a row lock, so two withdrawals of one nomination cannot both succeed.
 * Withdrawing a commune also withdraws the nominations of its individuals, which it could make only as a chosen
 * collective (III.4.b).
 *
 * The nomination lifecycle decides (`transition(stage, 'withdraw')`): a nomination whose dossier is with Sở Nội vụ
 * (submitted, accepted, before the council …) is refused — the unit asks for it back (a return) first; a draft or
 * returned one may go. The nomination row, then its dossier's, are locked in that order (as a submission locks them),
 * so a withdrawal and a submission racing each other serialise and exactly one succeeds.
 * @throws notFound outside the actor's scope; forbidden when the actor does not act for the proposing unit;
 *   CONFLICT when it is already withdrawn or its dossier (or a member's, for a commune) is with Sở Nội vụ
 */
export async function withdrawNomination(db: Db, ctx: AuditContext, actor: Actor, input: { nominationId: string; reason: string; asOf: Date }): Promise<void> {
  const row = await loadNomination(db, input.nominationId);
  if (!inScope(actor, { unitId: row.nomineeUnit.id, unitPath: row.nomineeUnit.path })) throw notFound('Đề nghị khen thưởng');
  if (!mayProposeFor(actor, row.proposingUnit)) throw forbidden(`Đề nghị này do ${row.proposingUnit.name} lập; chỉ đơn vị đó (hoặc Sở Nội vụ) rút được.`);
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(nominations).where(eq(nominations.id, row.nomination.id)).for('update');
    if (current.status !== 'proposed') throw new AppError('CONFLICT', 'Đề nghị này đã được rút trước đó.');
    const [dossier] = await tx.select({ status: dossiers.status }).from(dossiers).where(eq(dossiers.nominationId, current.id)).for('update');
    const move = transition(nominationStage({ nominationStatus: current.status, dossierStatus: dossier?.status ?? null }), 'withdraw');
    if (!move.allowed) throw new AppError('CONFLICT', move.message);
    const [after] = await tx
      .update(nominations)
      .set({ status: 'withdrawn', withdrawnById: actor.userId, withdrawnAt: input.asOf, withdrawalReason: input.reason, updatedAt: input.asOf })
      .where(and(eq(nominations.id, current.id), eq(nominations.status, 'proposed')))
      .returning();
    await writeAudit(tx, ctx, { action: 'nomination.withdraw', entityType: 'nomination', entityId: current.id, orgUnitId: current.nomineeUnitId, before: current, after, reason: input.reason });
    if (current.nomineeKind !== 'unit') return;
    // A commune no longer proposed is no longer a chosen collective (III.4.b): its individuals' nominations go with it.
    const reason = `Xã không còn được đề nghị khen thưởng (${input.reason})`;
    // Its individuals go with it only if none of their dossiers is with Sở Nội vụ (the same lifecycle rule).
    const held = await tx
      .select({ name: people.fullName, status: dossiers.status })
      .from(nominations)
      .innerJoin(dossiers, eq(dossiers.nominationId, nominations.id))
      .leftJoin(people, eq(people.id, nominations.nomineePersonId))
      .where(and(eq(nominations.campaignId, current.campaignId), eq(nominations.proposingUnitId, current.nomineeUnitId), eq(nominations.nomineeKind, 'person'), eq(nominations.status, 'proposed'), inArray(dossiers.status, ['submitted', 'accepted', 'council_passed', 'council_failed', 'awarded'])))
      .for('update', { of: dossiers });
    if (held.length > 0) {
      const refusal = transition(held[0].status, 'withdraw');
      throw new AppError('CONFLICT', `Không rút được đề nghị xã: hồ sơ của ${held.map((h) => h.name).join(', ')} đã gửi Sở Nội vụ. ${refusal.allowed ? '' : refusal.message}`.trim());
    }
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
