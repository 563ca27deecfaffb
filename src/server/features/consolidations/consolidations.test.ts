import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, registrationSummaries } from '../../../db/schema';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

let t: TestApp;
let campaignId: string;
const NAMES = ['officerTTGR', 'headTTGR', 'officerHD', 'aggregatorGR', 'secretariat', 'approver'] as const;
const s = {} as Record<(typeof NAMES)[number], Session>;
let ttgrId: string;

beforeAll(async () => {
  t = await createTestApp(undefined, { now: () => new Date('2020-03-25T10:00:00+07:00') });
  for (const name of NAMES) s[name] = await t.login(name);
  campaignId = (await t.req(s.secretariat, { method: 'GET', url: '/api/campaigns' })).json().items[0].id;
  // Thị trấn Giồng Riềng registers one individual; its head sends it.
  const created = await t.req(s.officerTTGR, {
    method: 'POST',
    url: `/api/campaigns/${campaignId}/registrations`,
    payload: { orgUnitId: (await t.unit('30904')).id, content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020', individuals: [{ fullName: 'Nguyễn Văn An', position: 'Công chức Văn phòng - Thống kê' }] },
  });
  ttgrId = created.json().id;
  await t.req(s.headTTGR, { method: 'POST', url: `/api/registrations/${ttgrId}/submit` });
});
afterAll(async () => t?.close());

const districtView = (as: Session, query: Record<string, string> = {}) => t.req(as, { method: 'GET', url: `/api/campaigns/${campaignId}/consolidations/district`, query });

describe('district consolidation (IV.1)', () => {
  it('shows the aggregator its communes: who has registered and who has not', async () => {
    const res = await districtView(s.aggregatorGR);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.headline).toBe('Huyện Giồng Riềng: 1/19 đơn vị cấp xã đã đăng ký');
    expect([body.communes, body.pendingReview, body.total]).toEqual([{ total: 19, registeredCount: 1 }, 1, 19]);
    expect(body.items[0]).toEqual(expect.objectContaining({ code: '30904', status: 'submitted', registrationId: ttgrId, individualCount: 1 }));
    expect(body.ownUnits.map((u: { code: string }) => u.code).sort()).toEqual(['906', '906-PNV']);
  });

  it('filters by registration and searches without diacritics, on the server', async () => {
    const notYet = (await districtView(s.aggregatorGR, { registered: 'no' })).json();
    expect(notYet.total).toBe(18);
    const found = (await districtView(s.aggregatorGR, { q: 'thi tran giong' })).json();
    expect(found.items.map((i: { name: string }) => i.name)).toEqual(['Thị trấn Giồng Riềng']);
  });

  it('is scoped: another district is 404 for the aggregator, a commune officer is refused, the province picks a district', async () => {
    expect((await districtView(s.aggregatorGR, { districtId: (await t.unit('903')).id })).statusCode).toBe(404);
    expect((await districtView(s.officerTTGR)).statusCode).toBe(403);
    expect((await districtView(s.secretariat)).statusCode).toBe(400);
    expect((await districtView(s.secretariat, { districtId: (await t.unit('906')).id })).json().communes.registeredCount).toBe(1);
  });

  it('refuses to forward while a commune waits for review', async () => {
    const res = await t.req(s.aggregatorGR, { method: 'POST', url: `/api/campaigns/${campaignId}/consolidations/district`, payload: { note: '' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('Thị trấn Giồng Riềng');
  });

  it('returns a registration with a reason, and the head sends it again', async () => {
    const noReason = await t.req(s.aggregatorGR, { method: 'POST', url: `/api/registrations/${ttgrId}/review`, payload: { decision: 'return' } });
    expect(noReason.statusCode).toBe(409);
    expect(noReason.json().error.fields[0].path).toBe('reason');
    const res = await t.req(s.aggregatorGR, { method: 'POST', url: `/api/registrations/${ttgrId}/review`, payload: { decision: 'return', reason: 'Bổ sung chức vụ của cá nhân' } });
    expect(res.statusCode, res.body).toBe(200);
    expect([res.json().status, res.json().returnReason]).toEqual(['returned', 'Bổ sung chức vụ của cá nhân']);
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'registration.return'), eq(auditEvents.entityId, ttgrId)));
    expect(audit.reason).toBe('Bổ sung chức vụ của cá nhân');
    expect((await t.req(s.headTTGR, { method: 'POST', url: `/api/registrations/${ttgrId}/submit` })).json().status).toBe('submitted');
  });

  it('lets only the commune’s own district review it: another district’s officer cannot, Sở Nội vụ waits for the district', async () => {
    expect((await t.req(s.officerHD, { method: 'POST', url: `/api/registrations/${ttgrId}/review`, payload: { decision: 'accept' } })).statusCode).toBe(403);
    const snv = await t.req(s.secretariat, { method: 'POST', url: `/api/registrations/${ttgrId}/review`, payload: { decision: 'accept' } });
    expect(snv.statusCode).toBe(403);
    expect(snv.json().error.message).toContain('Phòng Nội vụ cấp huyện');
  });

  it('accepts it and forwards the consolidated list to Sở Nội vụ', async () => {
    const accepted = await t.req(s.aggregatorGR, { method: 'POST', url: `/api/registrations/${ttgrId}/review`, payload: { decision: 'accept' } });
    expect(accepted.json().status).toBe('accepted');
    const res = await t.req(s.aggregatorGR, { method: 'POST', url: `/api/campaigns/${campaignId}/consolidations/district`, payload: { note: 'Tổng hợp đợt 1' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().forwardedCount).toBe(1);
    expect((await t.req(s.officerTTGR, { method: 'GET', url: `/api/registrations/${ttgrId}` })).json().status).toBe('forwarded');
    const [summary] = await t.database.db.select().from(registrationSummaries).where(eq(registrationSummaries.orgUnitId, (await t.unit('906')).id));
    expect([summary.note, summary.forwardedById]).toEqual(['Tổng hợp đợt 1', t.users.aggregatorGR]);
    const view = (await districtView(s.aggregatorGR)).json();
    expect(view.forwarded).toEqual(expect.objectContaining({ note: 'Tổng hợp đợt 1' }));
  });

  it('refuses forwarding by anyone but a district aggregator', async () => {
    for (const who of [s.secretariat, s.officerTTGR, s.headTTGR]) {
      expect((await t.req(who, { method: 'POST', url: `/api/campaigns/${campaignId}/consolidations/district`, payload: { note: '' } })).statusCode).toBe(403);
    }
  });
});

describe('province consolidation', () => {
  it('shows Sở Nội vụ the picture by department and by district', async () => {
    const res = await t.req(s.secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/consolidations/province` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const gr = body.districts.find((d: { code: string }) => d.code === '906');
    expect([gr.communesRegistered, gr.communesForwarded, gr.communesTotal, gr.forwardedAt !== null]).toEqual([1, 1, 19, true]);
    expect(body.districts).toHaveLength(15);
    expect(body.departments.total).toBe(24);
    expect(body.communes).toEqual({ total: 145, registeredCount: 1 });
  });

  it('is not for districts or units', async () => {
    expect((await t.req(s.aggregatorGR, { method: 'GET', url: `/api/campaigns/${campaignId}/consolidations/province` })).statusCode).toBe(403);
    expect((await t.req(s.officerTTGR, { method: 'GET', url: `/api/campaigns/${campaignId}/consolidations/province` })).statusCode).toBe(403);
  });

  it('lets Sở Nội vụ record its consolidation for UBND tỉnh, audited; the approver may only read it', async () => {
    const res = await t.req(s.secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/consolidations/province`, payload: { note: 'Báo cáo UBND tỉnh' } });
    expect(res.statusCode, res.body).toBe(200);
    const [audit] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'registrationSummary.forwardProvince'));
    expect(audit.entityId).toBe(res.json().summaryId);
    const read = await t.req(s.approver, { method: 'GET', url: `/api/campaigns/${campaignId}/consolidations/province` });
    expect(read.json().provinceSummary).toEqual(expect.objectContaining({ note: 'Báo cáo UBND tỉnh' }));
    expect((await t.req(s.approver, { method: 'POST', url: `/api/campaigns/${campaignId}/consolidations/province`, payload: {} })).statusCode).toBe(403);
  });
});

describe('district consolidation of a campaign without the district level among its participants', () => {
  it('still shows the district its communes (it used to answer 500)', async () => {
    const cloned = await t.req(s.secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/clone`, payload: { year: 2021 } });
    expect(cloned.statusCode, cloned.body).toBe(201);
    const id = cloned.json().campaign.id;
    const definition = (await t.req(s.secretariat, { method: 'GET', url: `/api/campaigns/${id}` })).json().definition;
    definition.participants.collectiveKinds = definition.participants.collectiveKinds.filter((k: string) => k !== 'district');
    expect((await t.req(s.secretariat, { method: 'PATCH', url: `/api/campaigns/${id}`, payload: { definition } })).statusCode).toBe(200);
    const res = await t.req(s.aggregatorGR, { method: 'GET', url: `/api/campaigns/${id}/consolidations/district` });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.communes).toEqual({ total: 19, registeredCount: 0 });
    expect(body.ownUnits.map((u: { code: string }) => u.code)).toEqual(['906-PNV']);
  });
});
