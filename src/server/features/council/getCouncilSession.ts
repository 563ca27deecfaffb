import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { users } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { can } from '../../../domain/access/policy';
import { canonicalJson } from '../../../domain/council/canonicalJson';
import { ATTENDANCE_LABELS, COUNCIL_ROLE_LABELS, PASS_RULE_LABELS, RECUSAL_REF, type NomineeResult } from '../../../domain/council/councilTally';
import { DOSSIER_STATUS_LABELS } from '../../../domain/dossiers/dossierChecklist';
import type { CouncilSession } from '../../../shared/contracts/council';
import { loadCampaign } from '../campaigns/campaignQueries';
import { councilTallyOf } from './councilTallyOf';
import { loadAcceptedDossiers, loadAgenda, loadCouncilAccounts, loadUnitOptions, loadMembers, loadSession, loadVotes, pairKey, recusals } from './councilQueries';

export const SESSION_STATUS_LABELS = { open: 'Đang họp', closed: 'Đã kết thúc' } as const;

export const RECUSAL_EXPLANATION =
  'Thành viên công tác tại chính đơn vị được đề nghị, tại đơn vị trực thuộc đơn vị đó, hoặc tại đơn vị cấp trên (trừ cấp tỉnh) — như huyện đề nghị xã của mình — không tham gia biểu quyết đối với người được đề nghị đó và không tính vào số thành viên khi xét quá bán.';

/** The SHA-256 (hex) of a snapshot's canonical JSON. */
export function snapshotHash(snapshot: unknown): string {
  return createHash('sha256').update(canonicalJson(snapshot), 'utf8').digest('hex');
}

/**
 * A session as its page shows it: facts, members, agenda with the vote grid and each nominee's result (live while
 * open, the stored tally once closed), the quorum, whether the stored snapshot still matches its hash, the accepted
 * dossiers that may still be put on the agenda, and what the caller may do.
 */
export async function getCouncilSession(db: DbOrTx, actor: Actor, id: string): Promise<CouncilSession> {
  const session = await loadSession(db, id);
  const campaign = await loadCampaign(db, session.campaignId);
  const [members, agenda, votes] = await Promise.all([loadMembers(db, id), loadAgenda(db, id), loadVotes(db, id)]);
  const tally = councilTallyOf(session, members, agenda, votes);
  const recused = recusals(members, agenda);
  const canManage = session.status === 'open' && can(actor, 'council.manage');
  const onAgenda = new Set(agenda.map((a) => a.dossierId));
  const candidates = canManage ? (await loadAcceptedDossiers(db, session.campaignId)).filter((d) => !onAgenda.has(d.dossierId)) : [];
  const [unitOptions, accountOptions] = canManage ? await Promise.all([loadUnitOptions(db, campaign.eraId), loadCouncilAccounts(db)]) : [[], []];
  const [closedBy] = session.closedById ? await db.select({ fullName: users.fullName }).from(users).where(eq(users.id, session.closedById)) : [];
  const attending = members.filter((m) => m.attendance !== 'absent');
  const canVoteAs = session.status !== 'open' ? [] : canManage ? attending.map((m) => m.id) : can(actor, 'council.vote') ? attending.filter((m) => m.userId === actor.userId).map((m) => m.id) : [];
  return {
    id: session.id,
    campaignId: session.campaignId,
    campaignTitle: `${campaign.definition.theme} (Kế hoạch số ${campaign.planNumber})`,
    title: session.title,
    heldAt: new Date(session.heldAt).toISOString(),
    place: session.place,
    quorumPercent: session.quorumPercent,
    passRule: session.passRule,
    passRuleLabel: PASS_RULE_LABELS[session.passRule],
    status: session.status,
    statusLabel: SESSION_STATUS_LABELS[session.status],
    closedAt: session.closedAt ? new Date(session.closedAt).toISOString() : null,
    closedBy: closedBy?.fullName ?? null,
    snapshotSha256: session.snapshotSha256,
    snapshotIntact: session.snapshot ? snapshotHash(session.snapshot) === session.snapshotSha256 : null,
    members: members.map((m) => ({
      id: m.id,
      fullName: m.fullName,
      position: m.position,
      councilRole: m.councilRole,
      councilRoleLabel: COUNCIL_ROLE_LABELS[m.councilRole],
      orgUnit: m.unit ? { id: m.unit.id, name: m.unit.name } : null,
      user: m.user,
      attendance: m.attendance,
      attendanceLabel: ATTENDANCE_LABELS[m.attendance],
    })),
    agenda: agenda.map((a, i) => {
      const live = tally.results[i];
      const stored = a.tally as NomineeResult | null;
      const result = session.status === 'closed' && stored ? stored : live;
      return {
        dossierId: a.dossierId,
        nominationId: a.nominationId,
        nomineeName: a.nomineeName,
        nomineeKind: a.nomineeKind,
        nomineeUnitName: a.nomineeUnit.name,
        proposingUnitName: a.proposingUnitName,
        dossierStatus: a.dossierStatus,
        dossierStatusLabel: DOSSIER_STATUS_LABELS[a.dossierStatus],
        votes: members.map((m) => {
          const v = votes.find((x) => x.memberId === m.id && x.dossierId === a.dossierId);
          const isRecused = recused.has(pairKey(m.id, a.dossierId));
          return { memberId: m.id, vote: isRecused ? 'recused' : (v?.vote ?? null), recused: isRecused, note: v?.note ?? null };
        }),
        result: {
          outcome: result.outcome,
          agree: result.agree,
          disagree: result.disagree,
          abstain: result.abstain,
          recused: result.recused,
          notVoted: result.notVoted,
          denominator: result.denominator,
          needed: result.needed,
          explanation: result.explanation,
          ref: result.ref,
        },
        outcome: a.outcome,
      };
    }),
    quorum: { ...tally.quorum },
    recusalRule: { explanation: RECUSAL_EXPLANATION, ref: RECUSAL_REF },
    candidates: candidates.map((c) => ({ dossierId: c.dossierId, nomineeName: c.nomineeName, proposingUnitName: c.proposingUnitName })),
    unitOptions,
    accountOptions,
    canManage,
    canVoteAs,
  };
}
