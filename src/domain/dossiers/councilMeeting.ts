import type { ClauseRef, Verdict } from '../shared/ruleOutcome';

/**
 * The meeting of a unit's Hội đồng Thi đua – Khen thưởng that considers its nominations (III.4.c, second document:
 * "Biên bản họp Hội đồng Thi đua - Khen thưởng cơ quan trình"). Pure: the server stores the record and asks here
 * whether it is valid, has its quorum and which nominees the council approved; the Biên bản is drafted from it.
 */
export type CouncilMeetingRecord = {
  /** Start and end of the meeting, ISO instants. */
  startsAt: string;
  endsAt: string;
  place: string;
  chair: string;
  secretary: string;
  /** Members of the council (tổng số thành viên), present or not. */
  membersTotal: number;
  /** Names of the members present, the chair and the secretary among them. */
  membersPresent: string[];
  /** Votes per nominee, in the order the council considered them. */
  tallies: { nomineeName: string; agree: number; disagree: number }[];
};

/** Where the quorum and majority come from: the council's rules (tập trung dân chủ, biểu quyết theo đa số). */
export const COUNCIL_RULES_REF: ClauseRef = {
  clause: 'Phiên họp xét khen thưởng: có mặt ít nhất 80% tổng số thành viên; biểu quyết quá bán tổng số thành viên',
  source: 'Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng',
};

/** The share of members that must be present at a session that considers awards: 4/5 (80%). */
export const QUORUM = { numerator: 4, denominator: 5 } as const;

export type FieldError = { field: string; message: string };

export type QuorumCheck = { verdict: Verdict; present: number; required: number; total: number; explanation: string; ref: ClauseRef };
export type TallyResult = { nomineeName: string; agree: number; disagree: number; approved: boolean; explanation: string };

export type CouncilMeetingCheck = {
  /** Input errors, each naming its field; a record with errors is refused. */
  errors: FieldError[];
  quorum: QuorumCheck;
  tallies: TallyResult[];
};

/** The fewest members present for the quorum: ⌈total × 4/5⌉. */
export function requiredPresent(total: number): number {
  return Math.ceil((total * QUORUM.numerator) / QUORUM.denominator);
}

/** The fewest votes in favour to approve: more than half of all members. */
export function requiredAgree(total: number): number {
  return Math.floor(total / 2) + 1;
}

const samePerson = (a: string, b: string) => a.normalize('NFC').trim().toLocaleLowerCase('vi') === b.normalize('NFC').trim().toLocaleLowerCase('vi');

/**
 * Checks a council meeting: the fields (times in order, names given, counts that add up), the quorum (≥ 80% of the
 * members present) and, per nominee, whether the votes in favour are more than half of all members.
 */
export function checkCouncilMeeting(record: CouncilMeetingRecord): CouncilMeetingCheck {
  const errors: FieldError[] = [];
  const total = record.membersTotal;
  const present = record.membersPresent.map((n) => n.trim()).filter(Boolean);
  if (!Number.isInteger(total) || total < 3) errors.push({ field: 'membersTotal', message: 'Tổng số thành viên Hội đồng phải là số nguyên từ 3 trở lên (chủ tịch, thư ký và ít nhất một ủy viên).' });
  if (!record.place.trim()) errors.push({ field: 'place', message: 'Chưa nhập địa điểm họp.' });
  if (!record.chair.trim()) errors.push({ field: 'chair', message: 'Chưa nhập người chủ trì.' });
  if (!record.secretary.trim()) errors.push({ field: 'secretary', message: 'Chưa nhập thư ký.' });
  const start = Date.parse(record.startsAt);
  const end = Date.parse(record.endsAt);
  if (Number.isNaN(start)) errors.push({ field: 'startsAt', message: 'Thời gian bắt đầu không hợp lệ.' });
  if (Number.isNaN(end)) errors.push({ field: 'endsAt', message: 'Thời gian kết thúc không hợp lệ.' });
  else if (!Number.isNaN(start) && end <= start) errors.push({ field: 'endsAt', message: 'Thời gian kết thúc phải sau thời gian bắt đầu.' });
  if (new Set(present.map((n) => n.normalize('NFC').toLocaleLowerCase('vi'))).size !== present.length) errors.push({ field: 'membersPresent', message: 'Danh sách thành viên có mặt có tên trùng lặp.' });
  if (Number.isInteger(total) && present.length > total) errors.push({ field: 'membersPresent', message: `Số thành viên có mặt (${present.length}) nhiều hơn tổng số thành viên (${total}).` });
  if (record.chair.trim() && !present.some((n) => samePerson(n, record.chair))) errors.push({ field: 'chair', message: 'Người chủ trì phải có tên trong danh sách thành viên có mặt.' });
  if (record.secretary.trim() && !present.some((n) => samePerson(n, record.secretary))) errors.push({ field: 'secretary', message: 'Thư ký phải có tên trong danh sách thành viên có mặt.' });
  if (record.tallies.length === 0) errors.push({ field: 'tallies', message: 'Chưa nhập kết quả biểu quyết.' });
  record.tallies.forEach((t, i) => {
    if (!Number.isInteger(t.agree) || !Number.isInteger(t.disagree) || t.agree < 0 || t.disagree < 0) errors.push({ field: `tallies.${i}`, message: `Số phiếu của ${t.nomineeName} phải là số nguyên không âm.` });
    else if (t.agree + t.disagree > present.length) errors.push({ field: `tallies.${i}`, message: `Số phiếu của ${t.nomineeName} (${t.agree + t.disagree}) nhiều hơn số thành viên có mặt (${present.length}).` });
  });

  const required = Number.isInteger(total) && total > 0 ? requiredPresent(total) : 0;
  const quorumMet = required > 0 && present.length >= required;
  const quorum: QuorumCheck = {
    verdict: required === 0 ? 'unknown' : quorumMet ? 'pass' : 'fail',
    present: present.length,
    required,
    total,
    explanation:
      required === 0
        ? 'Chưa xác định được tổng số thành viên nên chưa xét được số thành viên dự họp.'
        : `Có mặt ${present.length}/${total} thành viên; phiên xét khen thưởng cần ít nhất ${required} (80% tổng số thành viên): ${quorumMet ? 'đủ' : 'không đủ'} điều kiện tiến hành.`,
    ref: COUNCIL_RULES_REF,
  };
  const needed = required > 0 ? requiredAgree(total) : 0;
  const tallies = record.tallies.map((t): TallyResult => {
    const approved = quorumMet && t.agree >= needed;
    return {
      ...t,
      approved,
      explanation: !quorumMet
        ? 'Phiên họp không đủ số thành viên dự họp nên kết quả biểu quyết không có giá trị.'
        : `${t.agree}/${total} thành viên đồng ý; cần quá bán tổng số thành viên (ít nhất ${needed}): ${approved ? 'được' : 'không được'} đề nghị khen thưởng.`,
    };
  });
  return { errors, quorum, tallies };
}
