import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { auditEvents, campaigns } from '../../../db/schema';
import { kh34Campaign } from '../../../domain/campaigns/kh34Campaign';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';
import { applyStatusFacts, SYSTEM_AUDIT } from './applyStatusFacts';

let t: TestApp;
let snv: Session;
let officer: Session;
let kh34Id: string;
/** The server's clock; tests of the deadline move it. */
let clock = new Date('2020-03-20T09:00:00+07:00');

beforeAll(async () => {
  t = await createTestApp(undefined, { now: () => clock });
  snv = await t.login('secretariat');
  officer = await t.login('officerTTGR');
  const list = await t.req(snv, { method: 'GET', url: '/api/campaigns' });
  kh34Id = list.json().items.find((c: { planNumber: string }) => c.planNumber === '34/KH-UBND').id;
});
afterAll(async () => t?.close());

async function newDraft(year = 2020): Promise<string> {
  const res = await t.req(snv, { method: 'POST', url: '/api/campaigns', payload: { eraId: 'kien-giang-2020', definition: { ...kh34Campaign, planNumber: `${year - 1985}/KH-UBND`, year } } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

describe('the seeded campaign 34/KH-UBND', () => {
  it('is loaded on first start, open for registration, with its definition and rule set', async () => {
    const res = await t.req(officer, { method: 'GET', url: `/api/campaigns/${kh34Id}` });
    expect(res.statusCode).toBe(200);
    const c = res.json();
    expect([c.planNumber, c.planDate, c.year, c.eraId, c.status, c.hasRuleSet]).toEqual(['34/KH-UBND', '2020-03-03', 2020, 'kien-giang-2020', 'registration_open', true]);
    expect(c.definition.registrationContentDefault).toBe('Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020');
    expect(c.definition.quotas.communesPerDistrictOverrides.map((o: { districtCode: string }) => o.districtCode)).toEqual(['906', '903']);
  });

  it('shows the registration deadline 31/03/2020 23:59:59 +07:00 and says it is still open (II.3.b)', async () => {
    const c = (await t.req(officer, { method: 'GET', url: `/api/campaigns/${kh34Id}` })).json();
    expect(c.registrationDeadlineAt).toBe(new Date('2020-03-31T23:59:59+07:00').toISOString());
    expect(c.registrationWindow.open).toBe(true);
    expect(c.registrationWindow.message).toContain('Điểm b, Khoản 3, Mục II');
    expect(c.myUnits).toEqual([expect.objectContaining({ unitCode: '30904', registrationId: null, status: null })]);
  });

  it('lists the district and its Phòng Nội vụ as the aggregator’s own units', async () => {
    const c = (await t.req(await t.login('aggregatorGR'), { method: 'GET', url: `/api/campaigns/${kh34Id}` })).json();
    expect(c.myUnits.map((u: { unitCode: string }) => u.unitCode)).toEqual(['906', '906-PNV']);
  });
});

describe('set-up', () => {
  it('creates a draft from a valid definition, audited', async () => {
    const id = await newDraft(2021);
    const [row] = await t.database.db.select().from(campaigns).where(eq(campaigns.id, id));
    expect(row.status).toBe('draft');
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(audits.map((a) => a.action)).toEqual(['campaign.create']);
  });

  it('refuses an invalid definition, naming the field in Vietnamese', async () => {
    const res = await t.req(snv, { method: 'POST', url: '/api/campaigns', payload: { eraId: 'kien-giang-2020', definition: { ...kh34Campaign, planNumber: 'ba mươi tư' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'definition.planNumber', message: expect.stringContaining('Số kế hoạch không đúng dạng') })]);
  });

  it('refuses a registration deadline before the plan date', async () => {
    const res = await t.req(snv, {
      method: 'POST',
      url: '/api/campaigns',
      payload: { eraId: 'kien-giang-2020', definition: { ...kh34Campaign, registrationDeadline: { ...kh34Campaign.registrationDeadline, date: '2020-03-01' } } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('definition.registrationDeadline.date');
  });

  it('is reserved to Sở Nội vụ', async () => {
    const res = await t.req(officer, { method: 'POST', url: '/api/campaigns', payload: { eraId: 'kien-giang-2020', definition: kh34Campaign } });
    expect(res.statusCode).toBe(403);
  });

  it('edits the definition of a draft, with before and after in the audit log', async () => {
    const id = await newDraft(2022);
    const res = await t.req(snv, { method: 'PATCH', url: `/api/campaigns/${id}`, payload: { definition: { ...kh34Campaign, planNumber: '37/KH-UBND', year: 2022, theme: 'Chủ đề mới' } } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().theme).toBe('Chủ đề mới');
    const [audit] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'campaign.update'));
    expect((audit.after as { definition: { theme: string } }).definition.theme).toBe('Chủ đề mới');
  });
});

describe('status transitions', () => {
  it('moves draft → registration_open → registration_closed (once the deadline has passed) → registration_open (extension), each audited', async () => {
    const id = await newDraft(2023);
    const move = (status: string) => t.req(snv, { method: 'POST', url: `/api/campaigns/${id}/status`, payload: { status } });
    expect((await move('registration_open')).statusCode).toBe(200);
    // Registration closes with its deadline (II.3.b), not before.
    const early = await move('registration_closed');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('thời gian đăng ký đến hết ngày 31/03/2020 (Điểm b, Khoản 3, Mục II');
    clock = new Date('2020-04-01T00:00:00+07:00');
    try {
      for (const status of ['registration_closed', 'registration_open']) {
        const res = await move(status);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().status).toBe(status);
      }
    } finally {
      clock = new Date('2020-03-20T09:00:00+07:00');
    }
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(audits.filter((a) => a.action === 'campaign.status').map((a) => (a.after as { status: string }).status)).toEqual(['registration_open', 'registration_closed', 'registration_open']);
  });

  it('refuses "ranking published" while the year has no published ranking, naming the missing fact', async () => {
    const id = await newDraft(2025);
    clock = new Date('2020-04-01T00:00:00+07:00');
    try {
      for (const status of ['registration_open', 'registration_closed']) expect((await t.req(snv, { method: 'POST', url: `/api/campaigns/${id}/status`, payload: { status } })).statusCode).toBe(200);
      const res = await t.req(snv, { method: 'POST', url: `/api/campaigns/${id}/status`, payload: { status: 'ranking_published' } });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain('kết quả xếp hạng Chỉ số CCHC năm 2025 chưa được công bố');
    } finally {
      clock = new Date('2020-03-20T09:00:00+07:00');
    }
  });

  it('closes registration by itself when the deadline passes (applyStatusFacts, as the server runs it every minute)', async () => {
    const id = await newDraft(2026);
    expect((await t.req(snv, { method: 'POST', url: `/api/campaigns/${id}/status`, payload: { status: 'registration_open' } })).statusCode).toBe(200);
    const run = (asOf: Date) => t.database.db.transaction((tx) => applyStatusFacts(tx, SYSTEM_AUDIT, asOf));
    expect((await run(new Date('2020-03-31T23:59:59+07:00'))).filter((m) => m.id === id)).toEqual([]);
    expect((await run(new Date('2020-04-01T00:00:00+07:00'))).filter((m) => m.id === id)).toEqual([{ id, from: 'registration_open', to: 'registration_closed' }]);
    expect(await run(new Date('2020-04-01T00:01:00+07:00'))).toEqual([]);
    const [audit] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id)).orderBy(desc(auditEvents.at)).limit(1);
    expect([audit.action, audit.actorUsername, audit.reason]).toEqual(['campaign.status', 'hệ thống', 'Hết thời gian đăng ký thi đua (Điểm b, Khoản 3, Mục II).']);
  });

  it('refuses an illegal move with the Vietnamese reason, changing nothing', async () => {
    const id = await newDraft(2024);
    const res = await t.req(snv, { method: 'POST', url: `/api/campaigns/${id}/status`, payload: { status: 'closed' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('Không thể chuyển đợt thi đua từ «Dự thảo» sang «Đã kết thúc»: từ «Dự thảo» chỉ được chuyển sang «Đang nhận đăng ký thi đua».');
    const [row] = await t.database.db.select().from(campaigns).where(eq(campaigns.id, id));
    expect(row.status).toBe('draft');
  });

  it('refuses to open registration for a plan that has no number yet', async () => {
    const clone = await t.req(snv, { method: 'POST', url: `/api/campaigns/${kh34Id}/clone`, payload: { year: 2021 } });
    const res = await t.req(snv, { method: 'POST', url: `/api/campaigns/${clone.json().campaign.id}/status`, payload: { status: 'registration_open' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('Kế hoạch chưa được cấp số (…/KH-UBND)');
  });

  it('refuses an unknown status, naming the field', async () => {
    const res = await t.req(snv, { method: 'POST', url: `/api/campaigns/${kh34Id}/status`, payload: { status: 'huy' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('status');
  });
});

describe('clone', () => {
  it('clones 34/KH-UBND into 2021 as a draft: dates shifted, plan number to be issued, nothing else copied', async () => {
    const res = await t.req(snv, { method: 'POST', url: `/api/campaigns/${kh34Id}/clone`, payload: { year: 2021 } });
    expect(res.statusCode, res.body).toBe(201);
    const { campaign, warnings } = res.json();
    expect([campaign.status, campaign.year, campaign.planNumber, campaign.planDate, campaign.registrationDeadline, campaign.clonedFromId]).toEqual([
      'draft',
      2021,
      '…/KH-UBND',
      '2021-03-03',
      '2021-03-31',
      kh34Id,
    ]);
    expect(warnings.length).toBeGreaterThan(0);
    const detail = (await t.req(snv, { method: 'GET', url: `/api/campaigns/${campaign.id}` })).json();
    expect(detail.definition.registrationContentDefault).toBe('Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2021');
    const regs = await t.req(snv, { method: 'GET', url: `/api/campaigns/${campaign.id}/registrations` });
    expect(regs.json().total).toBe(0);
  });

  it('refuses to clone into the same year', async () => {
    const res = await t.req(snv, { method: 'POST', url: `/api/campaigns/${kh34Id}/clone`, payload: { year: 2020 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('year');
  });

  it('answers 404 for an unknown campaign', async () => {
    const res = await t.req(snv, { method: 'POST', url: '/api/campaigns/00000000-0000-4000-8000-000000000000/clone', payload: { year: 2021 } });
    expect(res.statusCode).toBe(404);
  });
});
