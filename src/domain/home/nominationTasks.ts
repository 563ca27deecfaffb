import type { Role } from '../access/roles';
import { formatVnDate, type LocalDate } from '../time/localDate';
import { DOSSIER_STATUS_LABELS, isEditable, type DossierStatus } from '../dossiers/dossierChecklist';

/**
 * The nomination and dossier part of "Việc cần làm" (issue 10 item 8): what a district, a chosen collective and
 * Sở Nội vụ have to do once the year's PAR ranking is published, by the dossier deadline. Pure: the server reads the
 * facts (src/server/features/home) and the clock comes in as `asOf`.
 */

/** Where a nomination's dossier stands: `none` before the unit opened it. */
export type DossierProgress = 'none' | DossierStatus;

/** The nomination facts of one campaign, within the actor's scope. */
export type NominationFacts = {
  /**
   * The dossier deadline (Điểm c, Khoản 3, Mục II: counted from the ranking's publication with the legal-time
   * rules): its last instant (ISO) and its day; null before publication.
   */
  dossierDeadline: { dueAt: string; day: LocalDate } | null;
  /** District aggregator: its commune quota (null limit = none), the active proposals using it, eligible communes not proposed. */
  communeQuota?: { limit: number | null; used: number; eligibleNotProposed: number };
  /**
   * Unit roles of a commune its district proposed (a chosen collective, III.4.b): its individuals' quota and the
   * active proposals using it. Absent for a unit not chosen.
   */
  individualQuota?: { limit: number | null; used: number };
  /** The nominations the actor's unit(s) propose, each with its dossier's progress. */
  ownNominations?: readonly { id: string; nomineeName: string; dossier: DossierProgress }[];
  /** Sở Nội vụ: dossiers submitted and waiting in its queue (Phòng CCHC và TCPCP). */
  submittedDossiers?: number;
};

/** A task as tasksForActor lists it, without its campaign. */
export type NominationTask = {
  title: string;
  detail: string;
  href: string;
  dueAt: string | null;
  dueText: string | null;
  state: 'todo' | 'waiting' | 'done' | 'overdue';
  clause: string;
};

/** III.4.a, second bullet: each district chooses its commune(s). */
export const COMMUNE_PROPOSAL_CLAUSE = 'Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III';
/** III.4.b: the chosen collectives propose their individuals (a commune: 1). */
export const INDIVIDUALS_CLAUSE = 'Điểm b, Khoản 4, Mục III';
/** III.4.c: the dossier, sent to Sở Nội vụ (Phòng Cải cách hành chính và Tổ chức phi chính phủ). */
export const DOSSIER_CLAUSE = 'Điểm c, Khoản 4, Mục III';

/**
 * The nomination tasks of one actor in one campaign:
 * - a commune its district proposed (a chosen collective): "Đề nghị cá nhân khen thưởng" while its individuals'
 *   quota has a place, by the dossier deadline; done once used;
 * - a district aggregator with places left in its commune quota and eligible communes not yet proposed: "Đề nghị
 *   khen thưởng xã" by the dossier deadline (its dossiers must be in by then); done once the quota is used;
 * - for each nomination its unit proposes whose dossier is not submitted: "Hoàn thiện và nộp hồ sơ" by the dossier
 *   deadline (overdue after it: submission is refused then), "Sửa và nộp lại" when returned; done once submitted;
 * - Sở Nội vụ: the submitted dossiers waiting in its queue (the plan sets it no deadline).
 * Nothing before the ranking is published: the proposals and the deadline both start there (III.4.a).
 */
export function nominationTasks(role: Role, campaignId: string, facts: NominationFacts, asOf: Date): NominationTask[] {
  const tasks: NominationTask[] = [];
  const deadline = facts.dossierDeadline;
  if (!deadline) return tasks;
  const late = asOf.getTime() > new Date(deadline.dueAt).getTime();
  const byDeadline = { dueAt: deadline.dueAt, dueText: `hạn chót ${formatVnDate(deadline.day)} 23:59` };
  const nominationsPage = `/thi-dua/${campaignId}/de-nghi-khen-thuong`;

  const quota = facts.communeQuota;
  if (role === 'district_aggregator' && quota) {
    const left = quota.limit === null ? Infinity : quota.limit - quota.used;
    const usedText = quota.limit === null ? `Đã đề nghị ${quota.used} xã` : `Đã đề nghị ${quota.used}/${quota.limit} xã`;
    if (left > 0 && quota.eligibleNotProposed > 0) {
      tasks.push({
        title: 'Đề nghị khen thưởng xã',
        detail: `${usedText}; ${quota.eligibleNotProposed} xã đủ điều kiện chưa được đề nghị. Hồ sơ phải nộp Sở Nội vụ trước hạn.`,
        href: nominationsPage,
        state: late ? 'overdue' : 'todo',
        clause: COMMUNE_PROPOSAL_CLAUSE,
        ...byDeadline,
      });
    } else if (left <= 0) {
      tasks.push({ title: 'Đã đề nghị đủ chỉ tiêu xã', detail: `${usedText}.`, href: nominationsPage, state: 'done', clause: COMMUNE_PROPOSAL_CLAUSE, ...byDeadline });
    }
  }

  const individuals = facts.individualQuota;
  if ((role === 'unit_officer' || role === 'unit_head') && individuals) {
    const usedText = individuals.limit === null ? `${individuals.used}` : `${individuals.used}/${individuals.limit}`;
    const full = individuals.limit !== null && individuals.used >= individuals.limit;
    tasks.push({
      title: full ? 'Đã đề nghị đủ cá nhân khen thưởng' : 'Đề nghị cá nhân khen thưởng',
      detail: `Đơn vị đã được huyện đề nghị khen thưởng; đã đề nghị ${usedText} cá nhân tiêu biểu xuất sắc.`,
      href: nominationsPage,
      state: full ? 'done' : late ? 'overdue' : 'todo',
      clause: INDIVIDUALS_CLAUSE,
      ...byDeadline,
    });
  }

  for (const n of facts.ownNominations ?? []) {
    // The nomination's dossier page: its three documents, the signed scans and the submission.
    const href = `/ho-so-khen-thuong/${n.id}`;
    if (n.dossier !== 'none' && !isEditable(n.dossier)) {
      const detail = n.dossier === 'submitted' ? 'Hồ sơ đang chờ Sở Nội vụ xử lý.' : `Hồ sơ: ${DOSSIER_STATUS_LABELS[n.dossier]}.`;
      tasks.push({ title: `Đã nộp hồ sơ: ${n.nomineeName}`, detail, href, state: 'done', clause: DOSSIER_CLAUSE, ...byDeadline });
      continue;
    }
    const returned = n.dossier === 'returned';
    tasks.push({
      title: `${returned ? 'Sửa và nộp lại hồ sơ' : 'Hoàn thiện và nộp hồ sơ'}: ${n.nomineeName}`,
      detail: late
        ? 'Đã quá hạn nộp hồ sơ (Điểm c, Khoản 3, Mục II): Sở Nội vụ không nhận hồ sơ nộp muộn.'
        : returned
          ? 'Sở Nội vụ đã trả lại hồ sơ kèm lý do; sửa rồi nộp lại trước hạn.'
          : 'Tờ trình, Biên bản họp Hội đồng Thi đua – Khen thưởng, Báo cáo thành tích (Mẫu số 07), bản ký gửi Sở Nội vụ.',
      href,
      state: late ? 'overdue' : 'todo',
      clause: DOSSIER_CLAUSE,
      ...byDeadline,
    });
  }

  if (role === 'province_secretariat' && (facts.submittedDossiers ?? 0) > 0) {
    tasks.push({
      title: 'Tiếp nhận hồ sơ đề nghị khen thưởng',
      detail: `${facts.submittedDossiers} hồ sơ đã nộp đang chờ Phòng Cải cách hành chính và Tổ chức phi chính phủ xử lý.`,
      href: `/thi-dua/${campaignId}/ho-so-khen-thuong`,
      dueAt: null,
      dueText: null,
      state: 'todo',
      clause: DOSSIER_CLAUSE,
    });
  }
  return tasks;
}
