import { DOSSIER_DOCUMENT_KINDS, DOSSIER_DOCUMENT_LABELS, DOSSIER_REF, type Checklist, type DossierDocumentKind, type ScanState } from '../dossiers/dossierChecklist';
import type { ClauseRef, Verdict } from '../shared/ruleOutcome';
import { formatVnDateTime } from '../time/localDate';

/**
 * The secretariat's appraisal of a submitted dossier (Khoản 3, Mục IV: "Sở Nội vụ chủ trì … tổ chức thẩm định"):
 * four checks, each with its clause and the reviewer's note — the documents are all there, and signed; the nominee
 * is still eligible; the proposer's quota is respected; the dossier came on time. A check whose input is missing is
 * `unknown`, never a pass (SPEC §4.5). The checklist advises; the reviewer decides (accept or return). Pure.
 */
const PLAN = 'Kế hoạch số 34/KH-UBND ngày 03/3/2020';
export const APPRAISAL_REF: ClauseRef = { clause: 'Khoản 3, Mục IV', source: PLAN };
const ELIGIBILITY_REF: ClauseRef = { clause: 'Khoản 1, Mục III', source: PLAN };
const DEADLINE_REF: ClauseRef = { clause: 'Điểm c, Khoản 3, Mục II', source: PLAN };

export const APPRAISAL_CHECK_CODES = ['documents', 'signatures', 'eligibility', 'quota', 'onTime'] as const;
export type AppraisalCheckCode = (typeof APPRAISAL_CHECK_CODES)[number];

export const APPRAISAL_CHECK_LABELS: Record<AppraisalCheckCode, string> = {
  documents: 'Đủ thành phần hồ sơ',
  signatures: 'Tài liệu đã ký, chữ ký số hợp lệ',
  eligibility: 'Vẫn đủ tiêu chuẩn Bằng khen',
  quota: 'Đúng số lượng đề nghị',
  onTime: 'Gửi trong thời hạn',
};

export type AppraisalCheck = {
  code: AppraisalCheckCode;
  label: string;
  verdict: Verdict;
  /** `verdict === 'pass'` (as stored in dossier_appraisals.checklist). */
  ok: boolean;
  explanation: string;
  clause: string;
  source: string;
  /** The reviewer's note on this item, if any. */
  note: string | null;
};

export type AppraisalChecklistInput = {
  /** The dossier's own checklist (council meeting and the three documents); null when it cannot be read. */
  documents: Checklist | null;
  /** The newest scan of each document. */
  scans: Record<DossierDocumentKind, ScanState>;
  /** The nominee's eligibility now; null when the nominee is not registered (no result). */
  eligibility: { eligible: boolean; verdict: Verdict; summary: string } | null;
  /** The proposer's quota and the active nominations counted on it; null when the quota cannot be determined. */
  quota: { used: number; limit: number | null; proposingUnitName: string; ref: ClauseRef } | null;
  /** When the version under appraisal was submitted, and the campaign's dossier deadline (null before publication). */
  submittedAt: Date | null;
  deadline: { instant: Date; basis: readonly string[] } | null;
  notes?: Partial<Record<AppraisalCheckCode, string | null>>;
};

function item(code: AppraisalCheckCode, verdict: Verdict, explanation: string, ref: ClauseRef, notes: AppraisalChecklistInput['notes']): AppraisalCheck {
  const note = notes?.[code]?.trim() || null;
  return { code, label: APPRAISAL_CHECK_LABELS[code], verdict, ok: verdict === 'pass', explanation, clause: ref.clause, source: ref.source, note };
}

/** The four checks of an appraisal, in order, each explained with its clause. */
export function appraisalChecklist(input: AppraisalChecklistInput): AppraisalCheck[] {
  const { notes } = input;
  const checks: AppraisalCheck[] = [];

  const docs = input.documents;
  const missing = docs ? docs.items.filter((i) => !i.done) : [];
  checks.push(
    !docs
      ? item('documents', 'unknown', 'Chưa đọc được thành phần hồ sơ.', DOSSIER_REF, notes)
      : item('documents', missing.length === 0 ? 'pass' : 'fail', missing.length === 0 ? 'Có đủ Tờ trình, Biên bản họp Hội đồng (đủ túc số, được thống nhất) và Báo cáo thành tích.' : missing.map((i) => i.explanation).join(' '), DOSSIER_REF, notes),
  );

  const present = DOSSIER_DOCUMENT_KINDS.filter((k) => input.scans[k] !== null);
  const invalid = present.filter((k) => input.scans[k]?.signatures === 'invalid');
  const signed = present.filter((k) => input.scans[k]?.signatures === 'valid');
  const names = (kinds: readonly DossierDocumentKind[]) => kinds.map((k) => DOSSIER_DOCUMENT_LABELS[k]).join('; ');
  checks.push(
    present.length < DOSSIER_DOCUMENT_KINDS.length
      ? item('signatures', 'fail', `Chưa có bản ký, đóng dấu của: ${names(DOSSIER_DOCUMENT_KINDS.filter((k) => input.scans[k] === null))}.`, DOSSIER_REF, notes)
      : invalid.length > 0
        ? item('signatures', 'fail', `Chữ ký số không hợp lệ trên: ${names(invalid)}.`, DOSSIER_REF, notes)
        : item('signatures', 'pass', signed.length === present.length ? 'Cả ba tài liệu có chữ ký số hợp lệ.' : `Có chữ ký số hợp lệ: ${signed.length}/${present.length} tài liệu; còn lại là bản quét có chữ ký, đóng dấu.`, DOSSIER_REF, notes),
  );

  const e = input.eligibility;
  checks.push(
    !e
      ? item('eligibility', 'unknown', 'Không có kết quả xét tiêu chuẩn: tập thể, cá nhân chưa đăng ký thi đua trong đợt này.', ELIGIBILITY_REF, notes)
      : item('eligibility', e.eligible ? 'pass' : e.verdict === 'pass' ? 'fail' : e.verdict, e.summary, ELIGIBILITY_REF, notes),
  );

  const q = input.quota;
  checks.push(
    !q
      ? item('quota', 'unknown', 'Không xác định được chỉ tiêu của đơn vị trình.', APPRAISAL_REF, notes)
      : q.limit === null
        ? item('quota', 'pass', `${q.proposingUnitName} đang đề nghị ${q.used}; chỉ tiêu không giới hạn số lượng.`, q.ref, notes)
        : item('quota', q.used <= q.limit ? 'pass' : 'fail', `${q.proposingUnitName} đang đề nghị ${q.used}/${q.limit} theo chỉ tiêu${q.used <= q.limit ? '' : ': vượt chỉ tiêu'}.`, q.ref, notes),
  );

  checks.push(
    !input.submittedAt
      ? item('onTime', 'unknown', 'Hồ sơ chưa được gửi.', DEADLINE_REF, notes)
      : !input.deadline
        ? item('onTime', 'unknown', 'Chưa tính được thời hạn nộp hồ sơ: chưa công bố kết quả xếp hạng cải cách hành chính.', DEADLINE_REF, notes)
        : input.submittedAt.getTime() <= input.deadline.instant.getTime()
          ? item('onTime', 'pass', `Gửi lúc ${formatVnDateTime(input.submittedAt)}, trước hạn cuối ${formatVnDateTime(input.deadline.instant)}.`, DEADLINE_REF, notes)
          : item('onTime', 'fail', `Gửi lúc ${formatVnDateTime(input.submittedAt)}, sau hạn cuối ${formatVnDateTime(input.deadline.instant)}.`, DEADLINE_REF, notes),
  );
  return checks;
}

/** Whether every check passed (the reviewer may still accept with notes; the UI warns). */
export function allChecksPass(checks: readonly AppraisalCheck[]): boolean {
  return checks.every((c) => c.ok);
}
