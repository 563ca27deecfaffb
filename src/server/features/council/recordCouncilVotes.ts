import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { councilVotes } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { RECUSAL_REF, VOTE_LABELS } from '../../../domain/council/councilTally';
import { AppError, forbidden, validation, type FieldError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { assertOpen } from './councilGuards';
import { loadAgenda, loadMembers, loadSession, pairKey, recusals } from './councilQueries';
import type { VoteInput } from './schema';

/**
 * Records votes of an open session: Sở Nội vụ for any attending member (from the paper ballots and written opinions),
 * or a council member for themself (`ownUserId`: only the member their account is linked to). A member recused from a
 * nominee (their unit is the nominee's, see isRecused) cannot vote on that nominee; an absent member cannot vote;
 * only nominees on the agenda. A null vote clears what was recorded. Upserts and one audit row, in one transaction.
 */
export async function recordCouncilVotes(db: Db, ctx: AuditContext, actor: Actor, input: { sessionId: string; votes: VoteInput[]; ownUserId: string | null; asOf: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const session = await loadSession(tx, input.sessionId, { forUpdate: true });
    assertOpen(session);
    const [members, agenda] = [await loadMembers(tx, session.id), await loadAgenda(tx, session.id)];
    const recused = recusals(members, agenda);
    if (input.ownUserId && !members.some((m) => m.userId === input.ownUserId)) {
      throw forbidden('Tài khoản của bạn không gắn với thành viên nào của phiên họp này: chỉ thành viên của phiên họp tự ghi nhận biểu quyết của mình.');
    }
    const errors: FieldError[] = [];
    const refusals: string[] = [];
    input.votes.forEach((v, i) => {
      const member = members.find((m) => m.id === v.memberId);
      const item = agenda.find((a) => a.dossierId === v.dossierId);
      if (!member) errors.push({ path: `votes.${i}.memberId`, message: `Thành viên (mục ${i + 1}): không thuộc phiên họp này` });
      else if (input.ownUserId && member.userId !== input.ownUserId) errors.push({ path: `votes.${i}.memberId`, message: `Thành viên (mục ${i + 1}): bạn chỉ ghi nhận được biểu quyết của chính mình` });
      else if (member.attendance === 'absent' && v.vote !== null) errors.push({ path: `votes.${i}.memberId`, message: `${member.fullName} vắng mặt, không có ý kiến bằng văn bản: không ghi nhận biểu quyết` });
      if (!item) errors.push({ path: `votes.${i}.dossierId`, message: `Hồ sơ (mục ${i + 1}): không có trong chương trình phiên họp` });
      if (member && item && recused.has(pairKey(member.id, item.dossierId)) && v.vote !== null) {
        refusals.push(`${member.fullName} công tác tại ${member.unit?.name ?? 'đơn vị'} nên không tham gia biểu quyết đối với ${item.nomineeName} (${RECUSAL_REF.clause}, ${RECUSAL_REF.source}).`);
      }
    });
    if (errors.length > 0) throw validation(errors);
    if (refusals.length > 0) throw new AppError('CONFLICT', refusals.join(' '));
    const before = await tx.select().from(councilVotes).where(eq(councilVotes.sessionId, session.id));
    for (const v of input.votes) {
      const where = and(eq(councilVotes.sessionId, session.id), eq(councilVotes.memberId, v.memberId), eq(councilVotes.dossierId, v.dossierId));
      if (v.vote === null) await tx.delete(councilVotes).where(where);
      else
        await tx
          .insert(councilVotes)
          .values({ sessionId: session.id, memberId: v.memberId, dossierId: v.dossierId, vote: v.vote, note: v.note, recordedById: actor.userId, recordedAt: input.asOf })
          .onConflictDoUpdate({ target: [councilVotes.sessionId, councilVotes.memberId, councilVotes.dossierId], set: { vote: v.vote, note: v.note, recordedById: actor.userId, recordedAt: input.asOf } });
    }
    const name = (id: string) => members.find((m) => m.id === id)?.fullName ?? id;
    const nominee = (id: string) => agenda.find((a) => a.dossierId === id)?.nomineeName ?? id;
    const changes = input.votes.map((v) => {
      const old = before.find((b) => b.memberId === v.memberId && b.dossierId === v.dossierId);
      return { member: name(v.memberId), nominee: nominee(v.dossierId), from: old ? VOTE_LABELS[old.vote] : null, to: v.vote ? VOTE_LABELS[v.vote] : null, note: v.note };
    });
    await writeAudit(tx, ctx, { action: 'councilSession.votes', entityType: 'councilSession', entityId: session.id, orgUnitId: null, after: { campaignId: session.campaignId, byMember: input.ownUserId !== null, votes: changes } });
  });
}
