import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, registrationIndividuals, registrations } from '../../../db/schema';
import { docxText } from '../../../documents/testing/extractText';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

/** A clock the test moves: registration is judged against deps.now(), never the machine's clock. */
let clock = new Date('2020-03-20T09:00:00+07:00');
let t: TestApp;
let campaignId: string;
const NAMES = ['officerTTGR', 'headTTGR', 'officerHD', 'aggregatorGR', 'secretariat', 'officerSNV'] as const;
const s = {} as Record<(typeof NAMES)[number], Session>;

beforeAll(async () => {
  t = await createTestApp(undefined, { now: () => clock });
  for (const name of NAMES) s[name] = await t.login(name);
  campaignId = (await t.req(s.secretariat, { method: 'GET', url: '/api/campaigns' })).json().items[0].id;
});
afterAll(async () => t?.close());

const register = async (as: Session, orgUnitId: string, individuals: unknown[] = []) =>
  t.req(as, { method: 'POST', url: `/api/campaigns/${campaignId}/registrations`, payload: { orgUnitId, content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020', individuals } });

describe('registration by a unit officer (IV.1, annex)', () => {
  let id: string;

  it('registers the commune and an individual with the default content of the plan', async () => {
    const res = await register(s.officerTTGR, (await t.unit('30904')).id, [{ fullName: 'Nguyễn Văn An', position: 'Công chức Văn phòng - Thống kê' }]);
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    id = r.id;
    expect([r.status, r.unitName, r.content]).toEqual(['draft', 'Thị trấn Giồng Riềng', 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020']);
    expect(r.individuals).toEqual([expect.objectContaining({ fullName: 'Nguyễn Văn An', position: 'Công chức Văn phòng - Thống kê', content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020' })]);
    expect(r.can).toEqual({ edit: true, submit: false, review: false });
  });

  it('refuses a second registration of the same unit with 409', async () => {
    const res = await register(s.officerTTGR, (await t.unit('30904')).id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('đã có bản đăng ký');
  });

  it('refuses the officer of another unit: another commune is 404, as if missing; the unit head cannot write (403)', async () => {
    expect((await register(s.officerHD, (await t.unit('30904')).id)).statusCode).toBe(404);
    expect((await register(s.officerTTGR, (await t.unit('30817')).id)).statusCode).toBe(404);
    expect((await register(s.headTTGR, (await t.unit('30904')).id)).statusCode).toBe(403);
    const other = await t.req(s.officerHD, { method: 'PATCH', url: `/api/registrations/${id}`, payload: { version: 1, content: 'Sửa trộm' } });
    expect(other.statusCode).toBe(404);
    expect((await t.req(s.officerHD, { method: 'GET', url: `/api/registrations/${id}` })).statusCode).toBe(404);
  });

  it('edits until sent, refusing a stale version', async () => {
    const r = (await t.req(s.officerTTGR, { method: 'GET', url: `/api/registrations/${id}` })).json();
    const ok = await t.req(s.officerTTGR, {
      method: 'PATCH',
      url: `/api/registrations/${id}`,
      payload: { version: r.version, individuals: [{ personId: r.individuals[0].personId, fullName: 'Nguyễn Văn An', position: 'Phó Chủ tịch UBND thị trấn' }, { fullName: 'Trần Thị Bình', position: 'Công chức Tư pháp - Hộ tịch' }] },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().individuals.map((i: { position: string }) => i.position)).toEqual(['Phó Chủ tịch UBND thị trấn', 'Công chức Tư pháp - Hộ tịch']);
    expect(ok.json().individuals[0].personId).toBe(r.individuals[0].personId);
    const stale = await t.req(s.officerTTGR, { method: 'PATCH', url: `/api/registrations/${id}`, payload: { version: r.version, content: 'Nội dung cũ' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.fields[0].path).toBe('version');
  });

  it('is sent by the unit head, not by the officer; then the officer can no longer edit it', async () => {
    expect((await t.req(s.officerTTGR, { method: 'POST', url: `/api/registrations/${id}/submit` })).statusCode).toBe(403);
    const sent = await t.req(s.headTTGR, { method: 'POST', url: `/api/registrations/${id}/submit` });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('submitted');
    const edit = await t.req(s.officerTTGR, { method: 'PATCH', url: `/api/registrations/${id}`, payload: { version: sent.json().version, content: 'Sửa sau khi gửi' } });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toContain('«Đã gửi»');
  });
});

describe('duplicate people', () => {
  it('refuses the same person on a second registration of the campaign, naming the person (409)', async () => {
    // A Phòng Nội vụ official listed by UBND huyện and again by Phòng Nội vụ.
    const first = await register(s.aggregatorGR, (await t.unit('906')).id, [{ fullName: 'Lê Văn Cường', position: 'Trưởng phòng Nội vụ' }]);
    expect(first.statusCode, first.body).toBe(201);
    const personId = first.json().individuals[0].personId;
    const second = await register(s.aggregatorGR, (await t.unit('906-PNV')).id, [{ personId, fullName: 'Lê Văn Cường', position: 'Trưởng phòng Nội vụ' }]);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toBe('Cá nhân Lê Văn Cường đã được đăng ký trong bản đăng ký của Huyện Giồng Riềng của đợt thi đua này.');
    const saved = await t.database.db.select().from(registrations).where(and(eq(registrations.campaignId, campaignId), eq(registrations.orgUnitId, (await t.unit('906-PNV')).id)));
    expect(saved).toEqual([]);
  });

  it('refuses a person listed twice on one form with 400 naming the item and the item it repeats', async () => {
    const first = (await t.req(s.aggregatorGR, { method: 'GET', url: `/api/campaigns/${campaignId}/registrations`, query: { orgUnitId: (await t.unit('906')).id } })).json().items[0];
    const r = (await t.req(s.aggregatorGR, { method: 'GET', url: `/api/registrations/${first.id}` })).json();
    const person = r.individuals[0];
    const res = await t.req(s.aggregatorGR, { method: 'PATCH', url: `/api/registrations/${r.id}`, payload: { version: r.version, individuals: [person, person].map(({ personId, fullName, position }) => ({ personId, fullName, position })) } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'individuals.1.fullName', message: 'Cá nhân, mục 2: trùng với mục 1 (Lê Văn Cường); mỗi người chỉ được đăng ký một lần trong bản đăng ký.' },
    ]);
  });

  it('refuses the same person typed twice, or a recorded person typed again by name, as the import does (400, nothing saved)', async () => {
    const people = async () => (await t.req(s.secretariat, { method: 'GET', url: '/api/people', query: { pageSize: '500' } })).json().total;
    const before = await people();
    const unit = (await t.unit('30817')).id;
    const typedTwice = await register(s.officerHD, unit, [
      { fullName: 'Trần Thị Hoa', position: 'Công chức Địa chính' },
      { fullName: 'Võ Minh Khang', position: 'Công chức Tư pháp' },
      { fullName: 'TRAN THI  HOA', position: 'Công chức Địa chính' },
    ]);
    expect(typedTwice.statusCode, typedTwice.body).toBe(400);
    expect(typedTwice.json().error.fields).toEqual([
      { path: 'individuals.2.fullName', message: 'Cá nhân, mục 3: trùng với mục 1 (Trần Thị Hoa); mỗi người chỉ được đăng ký một lần trong bản đăng ký.' },
    ]);
    expect(await people()).toBe(before);
    expect(await t.database.db.select().from(registrations).where(and(eq(registrations.campaignId, campaignId), eq(registrations.orgUnitId, unit)))).toEqual([]);

    const created = await register(s.officerHD, unit, [{ fullName: 'Trần Thị Hoa', position: 'Công chức Địa chính' }]);
    expect(created.statusCode, created.body).toBe(201);
    const r = created.json();
    const again = await t.req(s.officerHD, {
      method: 'PATCH',
      url: `/api/registrations/${r.id}`,
      payload: { version: r.version, individuals: [{ personId: r.individuals[0].personId, fullName: 'Trần Thị Hoa', position: 'Công chức Địa chính' }, { fullName: 'Trần Thị Hoa', position: 'Phó Chủ tịch' }] },
    });
    expect(again.statusCode, again.body).toBe(400);
    expect(again.json().error.fields[0]).toMatchObject({ path: 'individuals.1.fullName', message: expect.stringMatching(/^Cá nhân, mục 2: trùng với mục 1 \(Trần Thị Hoa\)/) });
    const kept = (await t.req(s.officerHD, { method: 'GET', url: `/api/registrations/${r.id}` })).json();
    expect([kept.version, kept.individuals.length]).toEqual([r.version, 1]);
    // The tests below register this unit afresh.
    await t.database.db.delete(registrationIndividuals).where(eq(registrationIndividuals.registrationId, r.id));
    await t.database.db.delete(registrations).where(eq(registrations.id, r.id));
  });

  it('refuses a person of a unit outside the officer’s own, naming the field', async () => {
    const other = await register(s.officerSNV, (await t.unit('SNV')).id, [{ fullName: 'Phạm Thị Dung', position: 'Chuyên viên' }]);
    const personId = other.json().individuals[0].personId;
    const res = await register(s.officerHD, (await t.unit('30817')).id, [{ personId, fullName: 'Phạm Thị Dung', position: 'Chuyên viên' }]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('individuals.0.personId');
  });

  it('has a unique constraint in the database as well', async () => {
    const rows = await t.database.db.execute(
      "select 1 from pg_constraint where conname = 'registration_individuals_campaign_person' and contype = 'u'" as never,
    );
    expect(rows.rows).toHaveLength(1);
  });
});

describe('the deadline (II.3.b: đến hết tháng 3/2020, Asia/Ho_Chi_Minh)', () => {
  it('accepts a registration at 31/03/2020 23:59:59 +07:00', async () => {
    clock = new Date('2020-03-31T23:59:59+07:00');
    const res = await register(s.officerHD, (await t.unit('30817')).id);
    expect(res.statusCode, res.body).toBe(201);
  });

  it('refuses a new registration at 01/04/2020 00:00 +07:00, naming the deadline and its clause', async () => {
    clock = new Date('2020-04-01T00:00:00+07:00');
    const late = await register(s.aggregatorGR, (await t.unit('906-PNV')).id);
    expect(late.statusCode).toBe(409);
    const message = late.json().error.message;
    expect(message).toContain('Đã hết thời hạn đăng ký thi đua');
    expect(message).toContain('31/03/2020 23:59');
    expect(message).toContain('Điểm b, Khoản 3, Mục II Kế hoạch số 34/KH-UBND ngày 03/3/2020');
  });

  it('refuses changes and sending after the deadline', async () => {
    const mine = (await t.req(s.officerHD, { method: 'GET', url: `/api/campaigns/${campaignId}/registrations` })).json().items[0];
    const edit = await t.req(s.officerHD, { method: 'PATCH', url: `/api/registrations/${mine.id}`, payload: { version: 1, content: 'Muộn' } });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toContain('31/03/2020 23:59');
  });

  it('shows the form as closed after the deadline, with the reason, instead of offering an edit that will be refused', async () => {
    const mine = (await t.req(s.officerHD, { method: 'GET', url: `/api/campaigns/${campaignId}/registrations` })).json().items[0];
    const r = (await t.req(s.officerHD, { method: 'GET', url: `/api/registrations/${mine.id}` })).json();
    expect(r.can).toEqual({ edit: false, submit: false, review: false });
    expect(r.window.open).toBe(false);
    expect(r.window.message).toContain('Đã hết thời hạn đăng ký thi đua');
    expect(r.window.message).toContain('Chỉ Sở Nội vụ được chấp nhận đăng ký muộn');
  });

  it('lets Sở Nội vụ accept a late registration with a reason, written to the audit log; the unit then registers', async () => {
    const pnv = await t.unit('906-PNV');
    const tooShort = await t.req(s.secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/late-registrations`, payload: { orgUnitId: pnv.id, reason: 'ok' } });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.fields[0].path).toBe('reason');
    const reason = 'Đơn vị gửi văn bản qua bưu điện ngày 30/3/2020';
    const res = await t.req(s.secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/late-registrations`, payload: { orgUnitId: pnv.id, reason } });
    expect(res.statusCode, res.body).toBe(200);
    expect([res.json().status, res.json().lateOverrideReason]).toEqual(['draft', reason]);
    const opened = (await t.req(s.aggregatorGR, { method: 'GET', url: `/api/registrations/${res.json().id}` })).json();
    expect([opened.window.open, opened.can.edit]).toEqual([true, true]);
    expect(opened.window.message).toContain(reason);
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'registration.lateOverride'), eq(auditEvents.entityId, res.json().id)));
    expect([audit.reason, audit.actorUserId]).toEqual([reason, t.users.secretariat]);
    const edit = await t.req(s.aggregatorGR, { method: 'PATCH', url: `/api/registrations/${res.json().id}`, payload: { version: res.json().version, individuals: [{ fullName: 'Đỗ Thị Hoa', position: 'Chuyên viên Phòng Nội vụ' }] } });
    expect(edit.statusCode, edit.body).toBe(200);
  });

  it('keeps the unit, not Sở Nội vụ, as NGƯỜI LẬP BIỂU of a form opened by a late acceptance', async () => {
    const [reg] = await t.database.db.select().from(registrations).where(eq(registrations.orgUnitId, (await t.unit('906-PNV')).id));
    // Sở Nội vụ opened it (no preparer); the district's officer who wrote it afterwards is the preparer.
    expect(reg.createdById).toBe(t.users.aggregatorGR);
    const form = await t.req(s.secretariat, { method: 'GET', url: `/api/registrations/${reg.id}/form` });
    expect(form.statusCode).toBe(200);
    const text = await docxText(form.rawPayload);
    const signatures = text.slice(text.indexOf('NGƯỜI LẬP BIỂU'));
    expect(signatures).toContain('Người dùng aggregatorGR');
    expect(text).not.toContain('Người dùng secretariat');
  });

  it('never prints a province account as NGƯỜI LẬP BIỂU (older forms created by Sở Nội vụ leave the line blank)', async () => {
    const reg = (await t.req(s.officerHD, { method: 'GET', url: `/api/campaigns/${campaignId}/registrations` })).json().items[0];
    await t.database.db.update(registrations).set({ createdById: t.users.secretariat }).where(eq(registrations.id, reg.id));
    const text = await docxText((await t.req(s.officerHD, { method: 'GET', url: `/api/registrations/${reg.id}/form` })).rawPayload);
    expect(text).toContain('NGƯỜI LẬP BIỂU');
    expect(text).not.toContain('Người dùng secretariat');
    await t.database.db.update(registrations).set({ createdById: t.users.officerHD }).where(eq(registrations.id, reg.id));
  });

  it('does not let anyone but Sở Nội vụ accept a late registration', async () => {
    const res = await t.req(s.aggregatorGR, { method: 'POST', url: `/api/campaigns/${campaignId}/late-registrations`, payload: { orgUnitId: (await t.unit('906')).id, reason: 'Lý do đủ dài để ghi nhận' } });
    expect(res.statusCode).toBe(403);
  });
});
