import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

/** The home screen's tasks through the API, on a clock the test sets (II.3.b: registration until 31/03/2020). */
let clock = new Date('2020-03-20T09:00:00+07:00');
let t: TestApp;
let campaignId: string;
const s = {} as Record<'officerTTGR' | 'headTTGR' | 'aggregatorGR' | 'secretariat' | 'council', Session>;

beforeAll(async () => {
  t = await createTestApp(undefined, { now: () => clock });
  for (const name of ['officerTTGR', 'headTTGR', 'aggregatorGR', 'secretariat', 'council'] as const) s[name] = await t.login(name);
  campaignId = (await t.req(s.secretariat, { method: 'GET', url: '/api/campaigns' })).json().items[0].id;
});
afterAll(async () => t?.close());

const tasks = async (who: Session) => {
  const res = await t.req(who, { method: 'GET', url: '/api/home/tasks' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { title: string; state: string; href: string; dueText: string | null; detail: string; campaignLabel: string }[];
};

describe('GET /api/home/tasks', () => {
  it('tells a commune officer to register, by when, in which campaign', async () => {
    expect(await tasks(s.officerTTGR)).toEqual([
      expect.objectContaining({ title: 'Lập bản đăng ký thi đua của đơn vị', state: 'todo', href: `/thi-dua/${campaignId}/dang-ky`, dueText: 'hạn chót 31/03/2020 23:59', campaignLabel: 'Kế hoạch 34/KH-UBND (2020)' }),
    ]);
  });

  it('after the officer saves, tells the head to approve and send, and the officer that it waits for the head', async () => {
    const unit = await t.unit('30904');
    const res = await t.req(s.officerTTGR, { method: 'POST', url: `/api/campaigns/${campaignId}/registrations`, payload: { orgUnitId: unit.id, content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020', individuals: [] } });
    expect(res.statusCode, res.body).toBe(201);
    expect((await tasks(s.headTTGR))[0]).toMatchObject({ title: 'Duyệt và gửi bản đăng ký thi đua', state: 'todo', href: `/thi-dua/${campaignId}/dang-ky/${res.json().id}` });
    expect((await tasks(s.officerTTGR))[0]).toMatchObject({ title: 'Chờ thủ trưởng duyệt và gửi bản đăng ký', state: 'waiting' });
  });

  it('gives the district its communes to receive, counted', async () => {
    const [task] = await tasks(s.aggregatorGR);
    expect(task).toMatchObject({ title: 'Tiếp nhận và chuyển đăng ký thi đua của các xã', href: `/thi-dua/${campaignId}/tong-hop-huyen`, state: 'todo' });
    expect(task.detail).toMatch(/^\d+\/\d+ đơn vị cấp xã đã gửi đăng ký\.$/);
  });

  it('marks the officer’s unregistered work overdue after the deadline', async () => {
    clock = new Date('2020-04-01T00:00:00+07:00');
    const own = await tasks(s.officerTTGR);
    expect(own[0].state).toBe('overdue');
    clock = new Date('2020-03-20T09:00:00+07:00');
  });

  it('gives Sở Nội vụ the province consolidation and a council member nothing to do', async () => {
    expect((await tasks(s.secretariat)).map((x) => x.title)).toContain('Tổng hợp đăng ký thi đua toàn tỉnh');
    // Kiên Giang 2020 has 15 districts; none has forwarded its list yet.
    expect((await tasks(s.secretariat)).find((x) => x.title === 'Tổng hợp đăng ký thi đua toàn tỉnh')?.detail).toBe('0/15 huyện đã chuyển tổng hợp.');
    expect(await tasks(s.council)).toEqual([]);
  });
});
