import { tallyCouncilSession, type TallyResult, type VoteChoice } from '../../../domain/council/councilTally';
import { pairKey, recusals, type AgendaRow, type MemberRow, type SessionRow, type VoteRow } from './councilQueries';

/**
 * The domain's tally of a session from its rows: members with their attendance, each nominee with the members
 * recused for it (from the units) and the votes recorded. One piece for the session page (live) and for closing.
 */
export function councilTallyOf(session: Pick<SessionRow, 'quorumPercent' | 'passRule'>, members: readonly MemberRow[], agenda: readonly AgendaRow[], votes: readonly VoteRow[]): TallyResult {
  const recused = recusals(members, agenda);
  return tallyCouncilSession({
    quorumPercent: session.quorumPercent,
    passRule: session.passRule,
    members: members.map((m) => ({ id: m.id, fullName: m.fullName, attendance: m.attendance })),
    nominees: agenda.map((a) => ({
      dossierId: a.dossierId,
      nomineeName: a.nomineeName,
      recusedMemberIds: members.filter((m) => recused.has(pairKey(m.id, a.dossierId))).map((m) => m.id),
      votes: Object.fromEntries(votes.filter((v) => v.dossierId === a.dossierId && v.vote !== 'recused').map((v) => [v.memberId, v.vote as VoteChoice])),
    })),
  });
}
