import type { Role } from '../access/roles';
import type { CampaignStatus } from '../campaigns/campaignStatus';
import { lastRegistrationSecond } from '../campaigns/registrationWindow';
import { formatVnDate, type LocalDate } from '../time/localDate';
import { nominationTasks, type NominationFacts } from './nominationTasks';

/**
 * "Việc cần làm": what each role has to do next, by when, in which campaign — the first screen after login.
 * Pure: the facts are read by the server (src/server/features/home) and the clock comes in as `asOf`.
 */

/** The facts of one campaign that decide the tasks. Counts are within the actor's scope. */
export type CampaignFacts = {
  id: string;
  year: number;
  planNumber: string;
  status: CampaignStatus;
  /** II.3.b: the last day of registration. */
  registrationDeadline: LocalDate;
  /** The actor's own unit's registration (unit roles), or null when it has none. */
  ownRegistration: { id: string; status: string } | null;
  /** District aggregator: its communes registered (sent) and in all, and whether it forwarded them. */
  district?: { registered: number; total: number; forwarded: boolean };
  /** Province roles: districts that forwarded their consolidation, of all districts. */
  province?: { forwardedDistricts: number; districts: number };
  /** Whether the campaign year's PAR Index ranking is published (QĐ recorded). */
  rankingPublished: boolean;
  /** Nominations and dossiers (III.4), once the ranking is published; absent before. */
  nominations?: NominationFacts;
};

export type TaskState = 'todo' | 'waiting' | 'done' | 'overdue';

export type Task = {
  campaignId: string;
  /** "Kế hoạch 34/KH-UBND (2020)". */
  campaignLabel: string;
  title: string;
  detail: string;
  /** Where it is done, a path of the web app. */
  href: string;
  /** Last instant, ISO, or null when the plan sets none. */
  dueAt: string | null;
  dueText: string | null;
  state: TaskState;
  /** The plan's clause that asks for it. */
  clause: string;
};

const REGISTRATION_CLAUSE = 'Điểm b, Khoản 3, Mục II';
const RANKING_CLAUSE = 'Mục III';

const UNIT_ROLES: readonly Role[] = ['unit_officer', 'unit_head'];
// Who follows the province consolidation (II.3.b: Sở Nội vụ tổng hợp).
const CONSOLIDATING_ROLES: readonly Role[] = ['province_secretariat', 'admin'];

/**
 * The tasks of one actor across the running campaigns, most urgent first: overdue, then by deadline.
 * Draft and closed campaigns give none.
 */
export function tasksForActor(role: Role, campaigns: readonly CampaignFacts[], asOf: Date): Task[] {
  const tasks: Task[] = [];
  for (const c of campaigns) {
    if (c.status === 'draft' || c.status === 'closed') continue;
    const label = `Kế hoạch ${c.planNumber} (${c.year})`;
    const due = lastRegistrationSecond(c.registrationDeadline);
    const late = asOf.getTime() > due.getTime();
    const registrationOpen = c.status === 'registration_open';
    const task = (t: Omit<Task, 'campaignId' | 'campaignLabel'>) => tasks.push({ campaignId: c.id, campaignLabel: label, ...t });
    const byDeadline = { dueAt: due.toISOString(), dueText: `hạn chót ${formatVnDate(c.registrationDeadline)} 23:59`, clause: REGISTRATION_CLAUSE };

    if (UNIT_ROLES.includes(role) && (registrationOpen || c.ownRegistration)) {
      const reg = c.ownRegistration;
      const href = reg ? `/thi-dua/${c.id}/dang-ky/${reg.id}` : `/thi-dua/${c.id}/dang-ky`;
      if (!reg) {
        task({
          title: role === 'unit_head' ? 'Đơn vị chưa đăng ký thi đua' : 'Lập bản đăng ký thi đua của đơn vị',
          detail: late ? 'Đã quá hạn đăng ký: đề nghị Sở Nội vụ cho phép đăng ký muộn.' : 'Cán bộ lập bản đăng ký; thủ trưởng duyệt và gửi.',
          href,
          state: late ? 'overdue' : 'todo',
          ...byDeadline,
        });
      } else if (reg.status === 'draft' || reg.status === 'returned') {
        const returned = reg.status === 'returned';
        task({
          title: role === 'unit_head' ? 'Duyệt và gửi bản đăng ký thi đua' : returned ? 'Sửa bản đăng ký bị trả lại' : 'Chờ thủ trưởng duyệt và gửi bản đăng ký',
          detail: returned ? 'Cấp trên đã trả lại bản đăng ký kèm lý do; sửa rồi gửi lại.' : 'Bản đăng ký đang ở dạng nháp, chưa gửi cấp trên.',
          href,
          state: late ? 'overdue' : role === 'unit_head' || returned ? 'todo' : 'waiting',
          ...byDeadline,
        });
      } else {
        task({ title: 'Đã gửi bản đăng ký thi đua', detail: 'Cấp trên tiếp nhận và tổng hợp.', href, state: 'done', ...byDeadline });
      }
    }

    if (role === 'district_aggregator' && c.district && (registrationOpen || c.status === 'registration_closed')) {
      const { registered, total, forwarded } = c.district;
      task({
        title: forwarded ? 'Đã chuyển tổng hợp đăng ký của huyện' : 'Tiếp nhận và chuyển đăng ký thi đua của các xã',
        detail: `${registered}/${total} đơn vị cấp xã đã gửi đăng ký.`,
        href: `/thi-dua/${c.id}/tong-hop-huyen`,
        state: forwarded ? 'done' : late ? 'overdue' : 'todo',
        ...byDeadline,
      });
    }

    if (CONSOLIDATING_ROLES.includes(role) && c.province && (registrationOpen || c.status === 'registration_closed')) {
      const { forwardedDistricts, districts } = c.province;
      task({
        title: 'Tổng hợp đăng ký thi đua toàn tỉnh',
        detail: `${forwardedDistricts}/${districts} huyện đã chuyển tổng hợp.`,
        href: `/thi-dua/${c.id}/tong-hop-tinh`,
        state: registrationOpen ? 'waiting' : 'todo',
        ...byDeadline,
      });
    }

    if (role === 'province_secretariat' && !c.rankingPublished && c.status !== 'registration_open') {
      task({
        title: `Nhập và công bố kết quả Chỉ số CCHC năm ${c.year}`,
        detail: 'Việc xét Bằng khen dựa trên kết quả xếp hạng đã công bố.',
        href: `/chi-so-cchc/${c.year}`,
        dueAt: null,
        dueText: null,
        state: 'todo',
        clause: RANKING_CLAUSE,
      });
    }

    if ((role === 'province_secretariat' || role === 'unit_head') && c.rankingPublished && c.status !== 'decided') {
      task({
        title: role === 'unit_head' ? 'Xác nhận của thủ trưởng cho việc xét khen thưởng' : 'Xét điều kiện khen thưởng',
        detail: role === 'unit_head' ? 'Xác nhận chấp hành chủ trương, chính sách và nội bộ đoàn kết của đơn vị.' : 'Kết quả xếp hạng đã công bố: xem ai đủ điều kiện và vì sao.',
        href: `/thi-dua/${c.id}/du-dieu-kien`,
        dueAt: null,
        dueText: null,
        state: 'todo',
        clause: RANKING_CLAUSE,
      });
    }

    if (c.nominations && c.status !== 'decided') {
      for (const t of nominationTasks(role, c.id, c.nominations, asOf)) task(t);
    }
  }
  const order: Record<TaskState, number> = { overdue: 0, todo: 1, waiting: 2, done: 3 };
  return tasks.sort((a, b) => order[a.state] - order[b.state] || (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'));
}
