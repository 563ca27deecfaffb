import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, campaigns, dossiers, nominations, notifications, orgUnits, parPublications } from '../../../db/schema';
import { addDays, startOfVnDay, type LocalDate } from '../../../domain/time/localDate';
import { testConfig } from '../../config';
import { createJobQueue, type JobQueue } from '../../kit/jobs/jobQueue';
import { kh34CampaignId } from '../../kit/testing/eligibilityFixtures';
import { setPublishedClass } from '../../kit/testing/nominationFixtures';
import { startSmtpSink, type SmtpSink } from '../../kit/testing/smtpSink';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';
import { startJobWorkers } from '../../jobWorkers';
import { sendDossierReminders } from './sendDossierReminders';
import { dossierDeadlines } from '../par/dossierDeadlines';

/**
 * Notices end to end on a real database and a real SMTP server: Sở Nội vụ picks a collective (III.4.a) → the unit's
 * accounts see the notice, another unit's do not, the e-mail arrives once with its Vietnamese subject; the dossier
 * reminders go out once per unit and kind however often they are checked.
 */
let clock = new Date('2021-05-10T03:00:00Z');
let t: TestApp;
let sink: SmtpSink;
let jobs: JobQueue;
let stopJobs: () => Promise<void>;
let campaignId: string;
let secretariat: Session;
let officerSNV: Session;
let officerTTGR: Session;
const ids: Record<string, string> = {};

beforeAll(async () => {
  sink = await startSmtpSink();
  const config = { smtp: sink.smtp, publicUrl: 'https://thidua.kiengiang.gov.vn' };
  t = await createTestApp(config, { now: () => clock, jobs: (database) => (jobs = createJobQueue(database)) });
  stopJobs = await startJobWorkers({ db: t.database.db, config: testConfig(config), now: () => clock, jobs }, { info: () => undefined, error: () => undefined });
  campaignId = await kh34CampaignId(t.database.db);
  for (const code of ['SNV', 'STP', '30904']) ids[code] = (await t.unit(code)).id;
  await t.database.db.update(orgUnits).set({ email: 'vanphong@snv.kiengiang.gov.vn' }).where(eq(orgUnits.id, ids.SNV));
  for (const code of ['SNV', 'STP', '30904']) await setPublishedClass(t.database.db, ids[code], 'excellent');
  secretariat = await t.login('secretariat');
  officerSNV = await t.login('officerSNV');
  officerTTGR = await t.login('officerTTGR');
}, 120_000);
afterAll(async () => {
  await stopJobs?.();
  await t?.close();
  await sink?.close();
});

const select = (unitIds: string[]) => t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/selections`, payload: { unitIds } });

describe('selection notice (III.4.a)', () => {
  it('Sở Nội vụ picks a collective: audited, the unit sees the notice, another unit does not, the e-mail arrives once', async () => {
    const res = await select([ids.SNV]);
    expect(res.statusCode).toBe(201);
    expect(res.json().selected.map((s: { id: string }) => s.id)).toEqual([ids.SNV]);
    const [audit] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'collectiveSelection.create'));
    expect(audit).toMatchObject({ orgUnitId: ids.SNV });

    const mine = (await t.req(officerSNV, { method: 'GET', url: '/api/notifications' })).json();
    expect(mine.unread).toBe(1);
    expect(mine.items[0]).toMatchObject({ kind: 'collective_selected', title: 'Sở Nội vụ được chọn là tập thể tiêu biểu — đề nghị lập hồ sơ khen thưởng', link: `/thi-dua/${campaignId}/de-nghi-khen-thuong` });
    const theirs = (await t.req(officerTTGR, { method: 'GET', url: '/api/notifications' })).json();
    expect(theirs).toMatchObject({ items: [], total: 0, unread: 0 });
    // Sở Nội vụ's secretariat account belongs to Phòng CCHC (SNV-CCHC), not to the unit told.
    expect((await t.req(secretariat, { method: 'GET', url: '/api/notifications/unread-count' })).json()).toEqual({ unread: 0 });

    const [mail] = await sink.waitFor(1);
    expect(mail.subject).toBe('[Thi đua CCHC] Sở Nội vụ được chọn là tập thể tiêu biểu — đề nghị lập hồ sơ khen thưởng');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('vanphong@snv.kiengiang.gov.vn');
    expect(mail.text).toContain(`https://thidua.kiengiang.gov.vn/thi-dua/${campaignId}/de-nghi-khen-thuong`);
    expect(mail.text).toContain('Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III');
    await new Promise((r) => setTimeout(r, 3000));
    expect(sink.mails).toHaveLength(1);
    const [stored] = await t.database.db.select().from(notifications).where(eq(notifications.recipientUnitId, ids.SNV));
    expect(stored).toMatchObject({ emailStatus: 'sent', emailTo: 'vanphong@snv.kiengiang.gov.vn' });
  });

  it('a unit without an address gets the notice in the app only; picking it again changes nothing', async () => {
    expect((await select([ids.STP])).statusCode).toBe(201);
    expect((await select([ids.STP])).json().selected).toHaveLength(2);
    const rows = await t.database.db.select().from(notifications).where(eq(notifications.recipientUnitId, ids.STP));
    expect(rows.map((r) => [r.kind, r.emailStatus])).toEqual([['collective_selected', 'none']]);
  });

  it('refuses a commune (its district proposes it) and a unit outside the excellent group, naming the field', async () => {
    const commune = await select([ids['30904']]);
    expect(commune.statusCode).toBe(400);
    expect(commune.json().error.fields[0]).toMatchObject({ path: 'unitIds', message: expect.stringContaining('do huyện đề nghị') });
    const sct = (await t.unit('SCT')).id;
    await setPublishedClass(t.database.db, sct, 'good');
    expect((await select([sct])).json().error.message).toContain('không thuộc nhóm xếp hạng xuất sắc');
  });

  it('holds the campaign limit when it sets one (none by default)', async () => {
    const [row] = await t.database.db.select({ definition: campaigns.definition }).from(campaigns).where(eq(campaigns.id, campaignId));
    const definition = row.definition as { quotas: { excellentGroupCollectives: { limit: number | null } } };
    expect(definition.quotas.excellentGroupCollectives.limit).toBeNull();
    definition.quotas.excellentGroupCollectives.limit = 2;
    await t.database.db.update(campaigns).set({ definition }).where(eq(campaigns.id, campaignId));
    const sgd = (await t.unit('STC')).id;
    await setPublishedClass(t.database.db, sgd, 'excellent');
    const over = await select([sgd]);
    expect(over.statusCode).toBe(409);
    expect(over.json().error.message).toBe(
      'Chỉ tiêu tập thể tiêu biểu nhóm xuất sắc là 2 (Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III, Kế hoạch số 34/KH-UBND ngày 03/3/2020); đã chọn 2 (Sở Nội vụ, Sở Tư pháp), không thể chọn thêm 1.',
    );
    definition.quotas.excellentGroupCollectives.limit = null;
    await t.database.db.update(campaigns).set({ definition }).where(eq(campaigns.id, campaignId));
  });
});

describe('marking a notice read', () => {
  it('is the unit’s own: the reader and time are kept, the count drops, another unit gets 404', async () => {
    const [notice] = (await t.req(officerSNV, { method: 'GET', url: '/api/notifications', query: { unread: 'true' } })).json().items;
    expect((await t.req(officerTTGR, { method: 'POST', url: `/api/notifications/${notice.id}/read` })).statusCode).toBe(404);
    const read = await t.req(officerSNV, { method: 'POST', url: `/api/notifications/${notice.id}/read` });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).toBe(clock.toISOString());
    expect((await t.req(officerSNV, { method: 'GET', url: '/api/notifications/unread-count' })).json()).toEqual({ unread: 0 });
    const [row] = await t.database.db.select().from(notifications).where(eq(notifications.id, notice.id));
    expect(row.readById).toBe(officerSNV.userId);
  });
});

describe('dossier reminders (5 days and 1 day before the deadline)', () => {
  it('go out once per unit and kind, however many times and nodes check, from 00:00 +07:00 of the day', async () => {
    const [publication] = await t.database.db.select().from(parPublications).where(eq(parPublications.year, 2020));
    const [deadline] = await dossierDeadlines(t.database.db, { year: 2020, publicationDate: publication.decisionDate as LocalDate, asOf: clock });
    const fiveDaysBefore = startOfVnDay(addDays(deadline.deadlineDay as LocalDate, -5));
    const deps = { config: testConfig({ smtp: sink.smtp }), jobs };
    // Two districts proposed a commune each; Hòn Đất's dossier is already submitted, so only Giồng Riềng is reminded.
    const db = t.database.db;
    const districts = await Promise.all(['906', '903'].map((code) => t.unit(code)));
    const communes = await Promise.all(['30904', '30817'].map((code) => t.unit(code)));
    const proposed = await db
      .insert(nominations)
      .values(districts.map((d, i) => ({ campaignId, nomineeKind: 'unit' as const, nomineeUnitId: communes[i].id, proposingUnitId: d.id, quotaKey: `commune_per_district:${d.id}` })))
      .returning({ id: nominations.id });
    await db.insert(dossiers).values({ nominationId: proposed[1].id, campaignId, orgUnitId: districts[1].id, status: 'submitted', submittedAt: clock });
    expect(await sendDossierReminders(t.database.db, deps, new Date(fiveDaysBefore.getTime() - 1))).toBe(0);
    const runs = await Promise.all([1, 2, 3].map(() => sendDossierReminders(t.database.db, deps, fiveDaysBefore)));
    // The units owing a dossier: the two picked collectives and Giồng Riềng (Hòn Đất submitted).
    expect(runs.reduce((a, b) => a + b, 0)).toBe(3);
    const reminded = await db.select({ unit: notifications.recipientUnitId }).from(notifications).where(eq(notifications.kind, 'dossier_due_5d'));
    expect(reminded.map((r) => r.unit).sort()).toEqual([ids.SNV, ids.STP, districts[0].id].sort());
    const oneDayBefore = startOfVnDay(addDays(deadline.deadlineDay as LocalDate, -1));
    expect(await sendDossierReminders(t.database.db, deps, oneDayBefore)).toBe(3);
    expect(await sendDossierReminders(t.database.db, deps, oneDayBefore)).toBe(0);
    const kinds = await t.database.db.select({ kind: notifications.kind }).from(notifications).where(and(eq(notifications.recipientUnitId, ids.SNV)));
    expect(kinds.map((k) => k.kind).sort()).toEqual(['collective_selected', 'dossier_due_1d', 'dossier_due_5d']);
    const mails = await sink.waitFor(3);
    expect(mails.map((m) => m.subject)).toEqual([
      '[Thi đua CCHC] Sở Nội vụ được chọn là tập thể tiêu biểu — đề nghị lập hồ sơ khen thưởng',
      '[Thi đua CCHC] Còn 5 ngày đến hạn nộp hồ sơ khen thưởng — Kế hoạch số 34/KH-UBND',
      '[Thi đua CCHC] Còn 1 ngày đến hạn nộp hồ sơ khen thưởng — Kế hoạch số 34/KH-UBND',
    ].slice(0, mails.length));
    await new Promise((r) => setTimeout(r, 3000));
    expect(sink.mails).toHaveLength(3);
  });
});
