import type { ClauseRef } from '../shared/ruleOutcome';

/**
 * The vote of a session of the provincial Hội đồng Thi đua – Khen thưởng on the appraised nominees (DOMAIN.md §1.5;
 * the plan's IV.3): quorum, recusal and the pass rule. Pure: the server reads the members, the agenda and the votes,
 * asks here for each nominee's result, and freezes the answer when the session closes. Every result explains itself
 * with its counts, the rule and the clause.
 */

export const COUNCIL_ROLES = ['chair', 'vice_chair', 'member', 'secretary'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = { chair: 'Chủ tịch Hội đồng', vice_chair: 'Phó Chủ tịch Hội đồng', member: 'Ủy viên', secretary: 'Ủy viên kiêm Thư ký' };

export const ATTENDANCES = ['present', 'written', 'absent'] as const;
export type Attendance = (typeof ATTENDANCES)[number];
export const ATTENDANCE_LABELS: Record<Attendance, string> = { present: 'Có mặt', written: 'Vắng, có ý kiến bằng văn bản', absent: 'Vắng' };

export const PASS_RULES = ['majority_of_members', 'majority_of_present'] as const;
export type PassRule = (typeof PASS_RULES)[number];
export const PASS_RULE_LABELS: Record<PassRule, string> = {
  majority_of_members: 'Quá bán tổng số thành viên Hội đồng',
  majority_of_present: 'Quá bán số thành viên dự họp (có mặt hoặc có ý kiến bằng văn bản)',
};

/** What a member may record; 'recused' is never chosen, it follows from the units (see `isRecused`). */
export const VOTE_CHOICES = ['agree', 'disagree', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];
export type StoredVote = VoteChoice | 'recused';
export const VOTE_LABELS: Record<StoredVote, string> = { agree: 'Đồng ý', disagree: 'Không đồng ý', abstain: 'Không biểu quyết', recused: 'Không tham gia (cùng đơn vị)' };

const RULES_SOURCE = 'Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng tỉnh';
/** Award sessions need ≥ 80% of members; absentees give written opinions (DOMAIN §1.5, Bắc Ninh QĐ 86/2025 Điều 8). */
export const QUORUM_REF: ClauseRef = { clause: 'Điều 8: phiên họp xét khen thưởng phải có ít nhất 80% tổng số thành viên tham dự; thành viên vắng mặt gửi ý kiến bằng văn bản', source: RULES_SOURCE };
/** Tập trung dân chủ, biểu quyết theo đa số. */
export const MAJORITY_REF: ClauseRef = { clause: 'Điều 8: làm việc theo nguyên tắc tập trung dân chủ, biểu quyết theo đa số', source: RULES_SOURCE };
/** Objectivity: a member does not judge their own unit (chính xác, công khai, công bằng). */
export const RECUSAL_REF: ClauseRef = { clause: 'Điều 5: nguyên tắc chính xác, công khai, công bằng — thành viên không biểu quyết đối với đơn vị mình', source: 'Luật Thi đua, khen thưởng số 06/2022/QH15' };

/** A unit as the recusal rule sees it: its place in the tree ("/<id>/<id>/") and whether it is the province. */
export type UnitPlace = { id: string; path: string; kind: string };

/**
 * Whether a member is recused from a nominee (the recusal of a member from the nominee's own unit). The rule this
 * system applies: the member comes from the nominee's unit itself, from a unit under it (a Phòng of the Sở that is
 * nominated), or from a unit above it other than the province (the district whose commune is nominated — the
 * district proposed it). A member from the province (UBND tỉnh, above every unit) is never recused by that alone.
 * A member with no unit recorded is never recused.
 */
export function isRecused(member: UnitPlace | null, nominee: UnitPlace): boolean {
  if (!member) return false;
  if (member.id === nominee.id) return true;
  if (member.path.startsWith(nominee.path)) return true;
  return member.kind !== 'province' && nominee.path.startsWith(member.path);
}

export type TallyMember = { id: string; fullName: string; attendance: Attendance };
export type TallyNominee = {
  dossierId: string;
  nomineeName: string;
  /** Members recused for this nominee (from `isRecused`). */
  recusedMemberIds: readonly string[];
  /** memberId → the recorded vote; members without one have not voted. */
  votes: Readonly<Record<string, VoteChoice>>;
};
export type TallyInput = { quorumPercent: number; passRule: PassRule; members: readonly TallyMember[]; nominees: readonly TallyNominee[] };

export type QuorumResult = { met: boolean; total: number; present: number; written: number; attending: number; required: number; percent: number; explanation: string; ref: ClauseRef };

export type NomineeResult = {
  dossierId: string;
  nomineeName: string;
  /** null when the session has no quorum: no result for anyone. */
  outcome: 'passed' | 'failed' | null;
  agree: number;
  disagree: number;
  abstain: number;
  recused: number;
  /** Attending, not recused members with no vote recorded (the session cannot close while any remain). */
  notVoted: number;
  /** Of whom more than half must agree, after the recused are taken out. */
  denominator: number;
  /** The fewest agreeing votes that pass: ⌊denominator / 2⌋ + 1. */
  needed: number;
  explanation: string;
  ref: ClauseRef;
};

export type TallyResult = { quorum: QuorumResult; passRule: PassRule; results: NomineeResult[] };

/** The fewest members attending for the quorum: ⌈total × percent / 100⌉ (80% of 5 → 4; of 11 → 9). */
export function requiredAttending(total: number, percent: number): number {
  return Math.ceil((total * percent) / 100 - 1e-9);
}

/** Quorum: members present plus those who sent written opinions, against all members. */
export function councilQuorum(members: readonly TallyMember[], quorumPercent: number): QuorumResult {
  const total = members.length;
  const present = members.filter((m) => m.attendance === 'present').length;
  const written = members.filter((m) => m.attendance === 'written').length;
  const attending = present + written;
  const required = requiredAttending(total, quorumPercent);
  const met = total > 0 && attending >= required;
  const explanation =
    total === 0
      ? 'Phiên họp chưa có thành viên nào: không đủ số thành viên dự họp.'
      : `Dự họp ${attending}/${total} thành viên (có mặt ${present}, có ý kiến bằng văn bản ${written}); phiên xét khen thưởng cần ít nhất ${required} (${quorumPercent}% tổng số thành viên): ${met ? 'đủ số thành viên dự họp' : 'không đủ số thành viên dự họp'}.`;
  return { met, total, present, written, attending, required, percent: quorumPercent, explanation, ref: QUORUM_REF };
}

/**
 * Each nominee's result. No quorum → no result for anyone ("không đủ số thành viên dự họp"). Otherwise a nominee
 * passes when the agreeing votes are more than half of the denominator: all members (majority_of_members) or the
 * members attending (majority_of_present), in both cases without the members recused for that nominee. Exactly half
 * is not more than half: a tie fails. Abstentions and missing votes count as not agreeing.
 */
export function tallyCouncilSession(input: TallyInput): TallyResult {
  const quorum = councilQuorum(input.members, input.quorumPercent);
  const attendingIds = new Set(input.members.filter((m) => m.attendance !== 'absent').map((m) => m.id));
  const results = input.nominees.map((n): NomineeResult => {
    const recused = new Set(n.recusedMemberIds.filter((id) => input.members.some((m) => m.id === id)));
    const counted = Object.entries(n.votes).filter(([memberId]) => attendingIds.has(memberId) && !recused.has(memberId));
    const agree = counted.filter(([, v]) => v === 'agree').length;
    const disagree = counted.filter(([, v]) => v === 'disagree').length;
    const abstain = counted.filter(([, v]) => v === 'abstain').length;
    const voters = [...attendingIds].filter((id) => !recused.has(id));
    const notVoted = voters.filter((id) => !(id in n.votes)).length;
    const denominator = input.passRule === 'majority_of_members' ? input.members.length - recused.size : voters.length;
    const needed = Math.floor(denominator / 2) + 1;
    const base = { dossierId: n.dossierId, nomineeName: n.nomineeName, agree, disagree, abstain, recused: recused.size, notVoted, denominator, needed, ref: MAJORITY_REF };
    if (!quorum.met) {
      return { ...base, outcome: null, explanation: `Không đủ số thành viên dự họp (${quorum.attending}/${quorum.total}, cần ${quorum.required}): phiên họp không có kết quả biểu quyết.`, ref: QUORUM_REF };
    }
    const passed = denominator > 0 && agree * 2 > denominator;
    const whom = input.passRule === 'majority_of_members' ? 'tổng số thành viên Hội đồng' : 'số thành viên dự họp';
    const recusal = recused.size > 0 ? ` (đã trừ ${recused.size} thành viên cùng đơn vị với người được đề nghị, không tham gia biểu quyết)` : '';
    const tie = !passed && agree * 2 === denominator ? ' Số phiếu đồng ý bằng đúng một nửa, không quá bán.' : '';
    const missing = notVoted > 0 ? ` ${notVoted} thành viên chưa biểu quyết.` : '';
    return {
      ...base,
      outcome: passed ? 'passed' : 'failed',
      explanation: `Đồng ý ${agree}, không đồng ý ${disagree}, không biểu quyết ${abstain} trên ${denominator} thành viên tính theo ${whom}${recusal}; cần ít nhất ${needed} phiếu đồng ý (quá bán): ${passed ? 'được Hội đồng thống nhất đề nghị khen thưởng' : 'không được Hội đồng thống nhất đề nghị'}.${tie}${missing}`,
    };
  });
  return { quorum, passRule: input.passRule, results };
}
