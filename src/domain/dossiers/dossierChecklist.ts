import type { ClauseRef } from '../shared/ruleOutcome';
import type { CouncilMeetingCheck } from './councilMeeting';

/**
 * The dossier of a nomination (III.4.c, "01 bộ bản chính"): three documents, each drafted by the system and uploaded
 * signed; what is still missing; and who may change it when. Pure.
 */
export const DOSSIER_DOCUMENT_KINDS = ['submission_letter', 'council_minutes', 'achievement_report'] as const;
export type DossierDocumentKind = (typeof DOSSIER_DOCUMENT_KINDS)[number];

export const DOSSIER_DOCUMENT_LABELS: Record<DossierDocumentKind, string> = {
  submission_letter: 'Tờ trình đề nghị khen thưởng',
  council_minutes: 'Biên bản họp Hội đồng Thi đua – Khen thưởng',
  achievement_report: 'Báo cáo thành tích (Mẫu số 07, Nghị định 91/2017/NĐ-CP)',
};

/** III.4.c of the plan: the three documents of one original set. */
export const DOSSIER_REF: ClauseRef = { clause: 'Điểm c, Khoản 4, Mục III', source: 'Kế hoạch số 34/KH-UBND ngày 03/3/2020' };

/**
 * Where a dossier stands, from drafting to the award (SPEC §3 steps 8–11): `draft` while the unit prepares it,
 * `submitted` in the secretariat's queue, `returned` for supplement, `accepted` after appraisal, then the provincial
 * council's result and the award decision. The allowed moves are src/domain/nominations/nominationLifecycle.ts.
 */
export const DOSSIER_STATUSES = ['draft', 'submitted', 'returned', 'accepted', 'council_passed', 'council_failed', 'awarded'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const DOSSIER_STATUS_LABELS: Record<DossierStatus, string> = {
  draft: 'Đang lập',
  submitted: 'Đã gửi Sở Nội vụ',
  returned: 'Bị trả lại, cần bổ sung',
  accepted: 'Đã thẩm định, đủ điều kiện trình Hội đồng',
  council_passed: 'Hội đồng TĐKT thống nhất đề nghị',
  council_failed: 'Hội đồng TĐKT không thống nhất đề nghị',
  awarded: 'Đã có quyết định khen thưởng',
};

/** The unit edits its dossier (meeting, uploads) only before submission or after a return. */
export function isEditable(status: DossierStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** The state of the newest signed scan of one document, as the checklist reads it. */
export type ScanState = null | { signatures: 'none' | 'valid' | 'invalid' };

export type ChecklistItem = { code: string; label: string; done: boolean; explanation: string };
export type Checklist = { complete: boolean; items: ChecklistItem[]; ref: ClauseRef };

/**
 * What the dossier has and lacks: the council meeting recorded with its quorum and the nominee approved, and a
 * signed scan of each of the three documents. A PDF whose ký số signature does not verify counts as missing: the
 * secretariat cannot accept a document whose signature is broken.
 */
export function dossierChecklist(input: {
  meeting: CouncilMeetingCheck | null;
  nomineeName: string;
  scans: Record<DossierDocumentKind, ScanState>;
}): Checklist {
  const items: ChecklistItem[] = [];
  const m = input.meeting;
  const tally = m?.tallies.find((t) => t.nomineeName === input.nomineeName) ?? null;
  items.push({
    code: 'councilMeeting',
    label: 'Cuộc họp Hội đồng Thi đua – Khen thưởng',
    done: !!m && m.errors.length === 0 && m.quorum.verdict === 'pass' && !!tally?.approved,
    explanation: !m
      ? 'Chưa ghi nhận cuộc họp Hội đồng.'
      : m.quorum.verdict !== 'pass'
        ? m.quorum.explanation
        : !tally
          ? `Biên bản chưa có kết quả biểu quyết cho ${input.nomineeName}.`
          : tally.explanation,
  });
  for (const kind of DOSSIER_DOCUMENT_KINDS) {
    const scan = input.scans[kind];
    const label = DOSSIER_DOCUMENT_LABELS[kind];
    items.push({
      code: kind,
      label,
      done: !!scan && scan.signatures !== 'invalid',
      explanation: !scan
        ? `Chưa tải lên bản ký, đóng dấu của ${label}.`
        : scan.signatures === 'invalid'
          ? `Chữ ký số trên bản mới nhất của ${label} không hợp lệ: tải lên bản khác.`
          : scan.signatures === 'valid'
            ? 'Đã tải lên bản có chữ ký số hợp lệ.'
            : 'Đã tải lên bản quét có chữ ký, đóng dấu.',
    });
  }
  return { complete: items.every((i) => i.done), items, ref: DOSSIER_REF };
}
