import { describe, expect, it } from 'vitest';
import { nominationTasks, type NominationFacts } from './nominationTasks';
import { tasksForActor, type CampaignFacts } from './tasksForActor';

// Ranking published 07/5/2021; dossier deadline (15 days, II.3.c) 22/5/2021 23:59:59 +07:00.
const deadline = { dueAt: '2021-05-22T16:59:59.999Z', day: '2021-05-22' as const };
const inTime = new Date('2021-05-22T16:59:59.999Z');
const late = new Date('2021-05-22T17:00:00.000Z');
const facts = (overrides: Partial<NominationFacts> = {}): NominationFacts => ({ dossierDeadline: deadline, ...overrides });
const PAGE = '/thi-dua/c1/de-nghi-khen-thuong';

describe('nominationTasks: a district and its commune quota (III.4.a, second bullet)', () => {
  it.each([
    // [label, limit, used, eligible not proposed, asOf, expected title or null, state]
    ['places left, eligible communes', 2, 1, 3, inTime, 'Đề nghị khen thưởng xã', 'todo'],
    ['places left, eligible communes, after the deadline', 2, 0, 1, late, 'Đề nghị khen thưởng xã', 'overdue'],
    ['places left, no eligible commune', 1, 0, 0, inTime, null, null],
    ['quota used', 1, 1, 4, inTime, 'Đã đề nghị đủ chỉ tiêu xã', 'done'],
    ['quota over-used (limit lowered)', 1, 2, 0, inTime, 'Đã đề nghị đủ chỉ tiêu xã', 'done'],
    ['no limit', null, 5, 1, inTime, 'Đề nghị khen thưởng xã', 'todo'],
  ] as const)('%s', (_label, limit, used, eligibleNotProposed, asOf, title, state) => {
    const tasks = nominationTasks('district_aggregator', 'c1', facts({ communeQuota: { limit, used, eligibleNotProposed } }), asOf);
    if (title === null) return expect(tasks).toEqual([]);
    expect(tasks).toEqual([expect.objectContaining({ title, state, href: PAGE, clause: 'Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III', dueAt: deadline.dueAt, dueText: 'hạn chót 22/05/2021 23:59' })]);
  });

  it('says how much of the quota is used and how many eligible communes wait', () => {
    const [task] = nominationTasks('district_aggregator', 'c1', facts({ communeQuota: { limit: 2, used: 1, eligibleNotProposed: 3 } }), inTime);
    expect(task.detail).toBe('Đã đề nghị 1/2 xã; 3 xã đủ điều kiện chưa được đề nghị. Hồ sơ phải nộp Sở Nội vụ trước hạn.');
  });

  it('gives the quota task to the district aggregator only', () => {
    expect(nominationTasks('unit_officer', 'c1', facts({ communeQuota: { limit: 1, used: 0, eligibleNotProposed: 1 } }), inTime)).toEqual([]);
  });
});

describe('nominationTasks: a commune its district proposed proposes its individual (III.4.b)', () => {
  it.each([
    ['unit_officer', 1, 0, inTime, 'Đề nghị cá nhân khen thưởng', 'todo', 'đã đề nghị 0/1 cá nhân'],
    ['unit_head', 1, 0, late, 'Đề nghị cá nhân khen thưởng', 'overdue', 'đã đề nghị 0/1 cá nhân'],
    ['unit_officer', 1, 1, inTime, 'Đã đề nghị đủ cá nhân khen thưởng', 'done', 'đã đề nghị 1/1 cá nhân'],
    ['unit_officer', null, 3, inTime, 'Đề nghị cá nhân khen thưởng', 'todo', 'đã đề nghị 3 cá nhân'],
  ] as const)('%s, limit %s, used %i at %s → %s (%s)', (role, limit, used, asOf, title, state, detail) => {
    const [task] = nominationTasks(role, 'c1', facts({ individualQuota: { limit, used } }), asOf);
    expect(task).toMatchObject({ title, state, href: PAGE, clause: 'Điểm b, Khoản 4, Mục III', dueAt: deadline.dueAt });
    expect(task.detail).toContain(detail);
  });

  it('is not a district task', () => {
    expect(nominationTasks('district_aggregator', 'c1', facts({ individualQuota: { limit: 1, used: 0 } }), inTime)).toEqual([]);
  });
});

describe('nominationTasks: the dossier of each nomination (III.4.c; deadline II.3.c)', () => {
  it.each([
    ['none', inTime, 'Hoàn thiện và nộp hồ sơ: Nguyễn Văn A', 'todo'],
    ['draft', inTime, 'Hoàn thiện và nộp hồ sơ: Nguyễn Văn A', 'todo'],
    ['draft', late, 'Hoàn thiện và nộp hồ sơ: Nguyễn Văn A', 'overdue'],
    ['returned', inTime, 'Sửa và nộp lại hồ sơ: Nguyễn Văn A', 'todo'],
    ['submitted', late, 'Đã nộp hồ sơ: Nguyễn Văn A', 'done'],
  ] as const)('dossier %s at %s → %s (%s)', (dossier, asOf, title, state) => {
    const [task] = nominationTasks('unit_officer', 'c1', facts({ ownNominations: [{ id: 'n1', nomineeName: 'Nguyễn Văn A', dossier }] }), asOf);
    expect(task).toMatchObject({ title, state, href: '/ho-so-khen-thuong/n1', clause: 'Điểm c, Khoản 4, Mục III', dueAt: deadline.dueAt, dueText: 'hạn chót 22/05/2021 23:59' });
  });

  it('says submission is refused once the deadline has passed, citing it', () => {
    const [task] = nominationTasks('unit_head', 'c1', facts({ ownNominations: [{ id: 'n1', nomineeName: 'Xã Bàn Tân Định', dossier: 'none' }] }), late);
    expect(task.detail).toMatch(/quá hạn .*Điểm c, Khoản 3, Mục II/);
  });

  it('lists one task per nomination', () => {
    const own = [
      { id: 'n1', nomineeName: 'Xã A', dossier: 'none' as const },
      { id: 'n2', nomineeName: 'Xã B', dossier: 'submitted' as const },
    ];
    expect(nominationTasks('district_aggregator', 'c1', facts({ ownNominations: own }), inTime).map((t) => t.title)).toEqual(['Hoàn thiện và nộp hồ sơ: Xã A', 'Đã nộp hồ sơ: Xã B']);
  });
});

describe('nominationTasks: Sở Nội vụ and the dossier queue', () => {
  it.each([
    ['province_secretariat', 3, 1],
    ['province_secretariat', 0, 0],
    ['unit_officer', 3, 0],
  ] as const)('%s with %i submitted → %i task', (role, submittedDossiers, n) => {
    const tasks = nominationTasks(role, 'c1', facts({ submittedDossiers }), inTime);
    expect(tasks).toHaveLength(n);
    if (n) expect(tasks[0]).toMatchObject({ title: 'Tiếp nhận hồ sơ đề nghị khen thưởng', href: '/thi-dua/c1/ho-so-khen-thuong', detail: '3 hồ sơ đã nộp đang chờ Phòng Cải cách hành chính và Tổ chức phi chính phủ xử lý.', dueAt: null, state: 'todo' });
  });
});

describe('before the ranking is published', () => {
  it('gives no nomination task: proposals and the deadline start with the publication', () => {
    const none = facts({ dossierDeadline: null, communeQuota: { limit: 1, used: 0, eligibleNotProposed: 1 }, ownNominations: [{ id: 'n1', nomineeName: 'Xã A', dossier: 'none' }], submittedDossiers: 2 });
    expect(nominationTasks('district_aggregator', 'c1', none, inTime)).toEqual([]);
    expect(nominationTasks('province_secretariat', 'c1', none, inTime)).toEqual([]);
  });
});

describe('tasksForActor with nominations', () => {
  const campaign: CampaignFacts = {
    id: 'c1',
    year: 2020,
    planNumber: '34/KH-UBND',
    status: 'ranking_published',
    registrationDeadline: '2020-03-31',
    ownRegistration: { id: 'r1', status: 'submitted' },
    rankingPublished: true,
    nominations: facts({ ownNominations: [{ id: 'n1', nomineeName: 'Lê Văn Một', dossier: 'draft' }] }),
  };

  it('puts the open dossier first, before the done registration, with the campaign label', () => {
    const tasks = tasksForActor('unit_officer', [campaign], inTime);
    expect(tasks[0]).toMatchObject({ campaignId: 'c1', campaignLabel: 'Kế hoạch 34/KH-UBND (2020)', title: 'Hoàn thiện và nộp hồ sơ: Lê Văn Một', state: 'todo' });
    expect(tasks.map((t) => t.title)).toContain('Đã gửi bản đăng ký thi đua');
  });

  it('gives none once the campaign is decided', () => {
    expect(tasksForActor('unit_officer', [{ ...campaign, status: 'decided' }], inTime).map((t) => t.title)).not.toContain('Hoàn thiện và nộp hồ sơ: Lê Văn Một');
  });
});
