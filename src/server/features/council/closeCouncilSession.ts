import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { councilSessionDossiers, councilSessions, councilVotes, dossiers, nominations } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { canonicalJson } from '../../../domain/council/canonicalJson';
import { COUNCIL_ROLE_LABELS } from '../../../domain/council/councilTally';
import { nominationStage, transition } from '../../../domain/nominations/nominationLifecycle';
import { AppError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { assertOpen } from './councilGuards';
import { councilTallyOf } from './councilTallyOf';
import { loadAgenda, loadMembers, loadSession, loadVotes, pairKey, recusals } from './councilQueries';
import { snapshotHash } from './getCouncilSession';

/**
 * Closes a session (Sở Nội vụ, one action): computes every nominee's result with the session's quorum and pass rule,
 * moves each dossier through the nomination lifecycle (councilPass / councilFail — guarded: only a dossier still
 * «Đã thẩm định đạt» moves, else the whole close is refused with the lifecycle's message), records the recusals as
 * votes, stores each result with its tally, and freezes the session as a snapshot (canonical JSON of members, votes
 * and results) with its SHA-256. Refused, changing nothing, when the session is already closed, has no nominee, no
 * chair or secretary, no quorum ("không đủ số thành viên dự họp") or a member who attends has not voted. One
 * transaction: the dossiers, the session and their audit rows commit together.
 */
export async function closeCouncilSession(db: Db, ctx: AuditContext, actor: Actor, input: { sessionId: string; asOf: Date }): Promise<{ sha256: string }> {
  return db.transaction(async (tx) => {
    const session = await loadSession(tx, input.sessionId, { forUpdate: true });
    assertOpen(session);
    const [members, agenda, votes] = [await loadMembers(tx, session.id), await loadAgenda(tx, session.id), await loadVotes(tx, session.id)];
    if (agenda.length === 0) throw new AppError('CONFLICT', 'Phiên họp chưa có hồ sơ nào để xét: chọn hồ sơ đã thẩm định đạt trước khi kết thúc.');
    const missingRoles = (['chair', 'secretary'] as const).filter((r) => !members.some((m) => m.councilRole === r));
    if (missingRoles.length) throw new AppError('CONFLICT', `Phiên họp chưa có ${missingRoles.map((r) => COUNCIL_ROLE_LABELS[r]).join(' và ')}: biên bản phải có chữ ký của chủ trì và thư ký.`);
    const tally = councilTallyOf(session, members, agenda, votes);
    if (!tally.quorum.met) throw new AppError('CONFLICT', `Không kết thúc được phiên họp: ${tally.quorum.explanation} (${tally.quorum.ref.source}, ${tally.quorum.ref.clause}.)`);
    const unvoted = tally.results.filter((r) => r.notVoted > 0);
    if (unvoted.length) throw new AppError('CONFLICT', `Còn thành viên dự họp chưa biểu quyết: ${unvoted.map((r) => `${r.nomineeName} (${r.notVoted} thành viên)`).join('; ')}. Ghi nhận đủ ý kiến (đồng ý, không đồng ý hoặc không biểu quyết) trước khi kết thúc.`);

    for (const result of tally.results) {
      const item = agenda.find((a) => a.dossierId === result.dossierId)!;
      const [row] = await tx
        .select({ status: dossiers.status, orgUnitId: dossiers.orgUnitId, nominationStatus: nominations.status })
        .from(dossiers)
        .innerJoin(nominations, eq(nominations.id, dossiers.nominationId))
        .where(eq(dossiers.id, item.dossierId))
        .for('update', { of: dossiers });
      const event = result.outcome === 'passed' ? 'councilPass' : 'councilFail';
      const move = transition(nominationStage({ nominationStatus: row.nominationStatus, dossierStatus: row.status }), event);
      if (!move.allowed) throw new AppError('CONFLICT', `${item.nomineeName}: ${move.message}`);
      const to = move.to === 'council_passed' ? 'council_passed' : 'council_failed';
      const moved = await tx
        .update(dossiers)
        .set({ status: to, updatedAt: input.asOf })
        .where(and(eq(dossiers.id, item.dossierId), eq(dossiers.status, 'accepted')))
        .returning({ id: dossiers.id });
      if (moved.length === 0) throw new AppError('CONFLICT', `${item.nomineeName}: hồ sơ vừa được người khác thay đổi; tải lại trang và thử lại.`);
      await tx.update(councilSessionDossiers).set({ outcome: result.outcome, tally: result }).where(and(eq(councilSessionDossiers.sessionId, session.id), eq(councilSessionDossiers.dossierId, item.dossierId)));
      await writeAudit(tx, ctx, {
        action: event === 'councilPass' ? 'dossier.councilPass' : 'dossier.councilFail',
        entityType: 'dossier',
        entityId: item.dossierId,
        orgUnitId: row.orgUnitId,
        before: { status: row.status },
        after: { nominationId: item.nominationId, status: to, councilSessionId: session.id, explanation: result.explanation },
      });
    }

    // The recusals become part of the record: a 'recused' vote for each member and nominee concerned.
    const recused = recusals(members, agenda);
    for (const m of members) {
      for (const a of agenda) {
        if (!recused.has(pairKey(m.id, a.dossierId))) continue;
        await tx
          .insert(councilVotes)
          .values({ sessionId: session.id, memberId: m.id, dossierId: a.dossierId, vote: 'recused', recordedById: actor.userId, recordedAt: input.asOf })
          .onConflictDoUpdate({ target: [councilVotes.sessionId, councilVotes.memberId, councilVotes.dossierId], set: { vote: 'recused', recordedById: actor.userId, recordedAt: input.asOf } });
      }
    }

    const finalVotes = await loadVotes(tx, session.id);
    const snapshot = {
      session: { id: session.id, campaignId: session.campaignId, title: session.title, heldAt: new Date(session.heldAt).toISOString(), place: session.place, quorumPercent: session.quorumPercent, passRule: session.passRule, closedAt: input.asOf.toISOString() },
      members: members.map((m) => ({ id: m.id, fullName: m.fullName, position: m.position, councilRole: m.councilRole, orgUnitId: m.orgUnitId, orgUnitName: m.unit?.name ?? null, userId: m.userId, attendance: m.attendance })),
      agenda: agenda.map((a) => ({ dossierId: a.dossierId, nominationId: a.nominationId, nomineeName: a.nomineeName, nomineeUnitName: a.nomineeUnit.name, proposingUnitName: a.proposingUnitName })),
      votes: finalVotes
        .map((v) => ({ memberId: v.memberId, dossierId: v.dossierId, vote: v.vote, note: v.note }))
        .sort((x, y) => canonicalJson([x.dossierId, x.memberId]).localeCompare(canonicalJson([y.dossierId, y.memberId]))),
      quorum: tally.quorum,
      results: tally.results,
    };
    const sha256 = snapshotHash(snapshot);
    await tx.update(councilSessions).set({ status: 'closed', closedAt: input.asOf, closedById: actor.userId, snapshot, snapshotSha256: sha256, updatedAt: input.asOf }).where(eq(councilSessions.id, session.id));
    await writeAudit(tx, ctx, {
      action: 'councilSession.close',
      entityType: 'councilSession',
      entityId: session.id,
      orgUnitId: null,
      before: { status: session.status },
      after: { campaignId: session.campaignId, status: 'closed', closedAt: input.asOf, sha256, quorum: tally.quorum.explanation, results: tally.results.map((r) => ({ nominee: r.nomineeName, outcome: r.outcome, explanation: r.explanation })) },
    });
    return { sha256 };
  });
}
