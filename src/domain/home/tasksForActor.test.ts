import { describe, expect, it } from 'vitest';
import { tasksForActor, type CampaignFacts } from './tasksForActor';

const base: CampaignFacts = {
  id: 'c1',
  year: 2020,
  planNumber: '34/KH-UBND',
  status: 'registration_open',
  registrationDeadline: '2020-03-31',
  ownRegistration: null,
  rankingPublished: false,
};
const inTime = new Date('2020-03-31T16:59:59Z'); // 31/03/2020 23:59:59 +07:00
const late = new Date('2020-03-31T17:00:00Z'); // 01/04/2020 00:00:00 +07:00

describe('tasksForActor', () => {
  it.each([
    ['unit_officer', null, inTime, 'Lập bản đăng ký thi đua của đơn vị', 'todo', '/thi-dua/c1/dang-ky'],
    ['unit_officer', null, late, 'Lập bản đăng ký thi đua của đơn vị', 'overdue', '/thi-dua/c1/dang-ky'],
    ['unit_head', null, inTime, 'Đơn vị chưa đăng ký thi đua', 'todo', '/thi-dua/c1/dang-ky'],
    ['unit_officer', { id: 'r1', status: 'draft' }, inTime, 'Chờ thủ trưởng duyệt và gửi bản đăng ký', 'waiting', '/thi-dua/c1/dang-ky/r1'],
    ['unit_head', { id: 'r1', status: 'draft' }, inTime, 'Duyệt và gửi bản đăng ký thi đua', 'todo', '/thi-dua/c1/dang-ky/r1'],
    ['unit_officer', { id: 'r1', status: 'returned' }, inTime, 'Sửa bản đăng ký bị trả lại', 'todo', '/thi-dua/c1/dang-ky/r1'],
    ['unit_officer', { id: 'r1', status: 'submitted' }, late, 'Đã gửi bản đăng ký thi đua', 'done', '/thi-dua/c1/dang-ky/r1'],
  ] as const)('%s with registration %o at %s: %s (%s)', (role, reg, asOf, title, state, href) => {
    const [task] = tasksForActor(role, [{ ...base, ownRegistration: reg }], asOf);
    expect(task).toMatchObject({ title, state, href, clause: 'Điểm b, Khoản 3, Mục II', campaignLabel: 'Kế hoạch 34/KH-UBND (2020)' });
    expect(task.dueText).toBe('hạn chót 31/03/2020 23:59');
    expect(task.dueAt).toBe('2020-03-31T16:59:59.000Z');
  });

  it('gives a district its communes to receive and forward, done once forwarded', () => {
    const open = tasksForActor('district_aggregator', [{ ...base, district: { registered: 3, total: 19, forwarded: false } }], inTime);
    expect(open[0]).toMatchObject({ title: 'Tiếp nhận và chuyển đăng ký thi đua của các xã', detail: '3/19 đơn vị cấp xã đã gửi đăng ký.', state: 'todo', href: '/thi-dua/c1/tong-hop-huyen' });
    const done = tasksForActor('district_aggregator', [{ ...base, district: { registered: 19, total: 19, forwarded: true } }], late);
    expect(done[0].state).toBe('done');
  });

  it('asks Sở Nội vụ for the PAR ranking once registration is closed, then for the eligibility review', () => {
    const closed = tasksForActor('province_secretariat', [{ ...base, status: 'registration_closed', province: { forwardedDistricts: 15, districts: 15 } }], late);
    expect(closed.map((t) => t.title)).toEqual(['Tổng hợp đăng ký thi đua toàn tỉnh', 'Nhập và công bố kết quả Chỉ số CCHC năm 2020']);
    const published = tasksForActor('province_secretariat', [{ ...base, status: 'ranking_published', rankingPublished: true }], late);
    expect(published).toMatchObject([{ title: 'Xét điều kiện khen thưởng', href: '/thi-dua/c1/du-dieu-kien', clause: 'Mục III' }]);
  });

  it('gives nothing for draft or closed campaigns, nor to roles with no part in registration', () => {
    expect(tasksForActor('unit_officer', [{ ...base, status: 'draft' }, { ...base, status: 'closed' }], inTime)).toEqual([]);
    expect(tasksForActor('council_member', [base], inTime)).toEqual([]);
  });

  it('puts overdue work first, then the nearest deadline', () => {
    const tasks = tasksForActor(
      'unit_officer',
      [
        { ...base, id: 'later', registrationDeadline: '2020-05-31' },
        { ...base, id: 'past', registrationDeadline: '2020-03-01' },
        { ...base, id: 'sooner', registrationDeadline: '2020-04-15' },
      ],
      new Date('2020-03-20T00:00:00Z'),
    );
    expect(tasks.map((t) => [t.campaignId, t.state])).toEqual([
      ['past', 'overdue'],
      ['sooner', 'todo'],
      ['later', 'todo'],
    ]);
  });
});
