import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, notifications, orgUnits, users } from '../../../db/schema';
import { testConfig, type Config } from '../../config';
import { createJobQueue, type JobQueue } from '../../kit/jobs/jobQueue';
import { startSmtpSink, type SmtpSink } from '../../kit/testing/smtpSink';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';
import { startJobWorkers } from '../../jobWorkers';
import { createMailer } from './mailer';
import { notifyUnit } from './notifyUnit';
import { sendNotificationEmail } from './sendNotificationEmail';

/**
 * Users choose e-mail on/off (issue 11, item 6) on a real database and a real SMTP server: a notice to one person goes
 * to their address while e-mail is on and not at all once they turn it off on their account page (audited); a notice to
 * the whole unit still goes to the unit's address; a notice queued before they turned it off is not sent either.
 */
const NOW = new Date('2021-05-10T03:00:00Z');
let t: TestApp;
let sink: SmtpSink;
let config: Config;
let jobs: JobQueue;
let stopJobs: () => Promise<void>;
let officer: Session;
let unitId: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  config = testConfig({ smtp: sink.smtp });
  t = await createTestApp(config, { now: () => NOW, jobs: (database) => (jobs = createJobQueue(database)) });
  stopJobs = await startJobWorkers({ db: t.database.db, config, now: () => NOW, jobs }, { info: () => undefined, error: () => undefined });
  unitId = (await t.unit('30904')).id;
  await t.database.db.update(orgUnits).set({ email: 'ubnd@ttgr.kiengiang.gov.vn' }).where(eq(orgUnits.id, unitId));
  await t.database.db.update(users).set({ email: 'canbo@ttgr.kiengiang.gov.vn' }).where(eq(users.id, t.users.officerTTGR));
  officer = await t.login('officerTTGR');
}, 120_000);
afterAll(async () => {
  await stopJobs?.();
  await t?.close();
  await sink?.close();
});

const notice = (key: string, userId: string | null) =>
  t.database.db.transaction((tx) =>
    notifyUnit(tx, { config, jobs }, { unitId, campaignId: null, kind: 'feedback_answered', title: `Thông báo ${key}`, body: 'Nội dung', link: null, dedupeKey: key, userId, asOf: NOW }),
  );
const addressOf = (mail: { to?: unknown }) => (mail.to && typeof mail.to === 'object' && 'text' in mail.to ? String(mail.to.text) : '');
const stored = async (id: string) => (await t.database.db.select().from(notifications).where(eq(notifications.id, id)))[0];

describe('e-mail of notices on/off', () => {
  it('is on by default: a notice to the officer is e-mailed to their own address', async () => {
    expect((await t.req(officer, { method: 'GET', url: '/api/auth/email-notifications' })).json()).toEqual({ enabled: true, email: 'canbo@ttgr.kiengiang.gov.vn' });
    const id = (await notice('a', t.users.officerTTGR))!;
    const [mail] = await sink.waitFor(1);
    expect(mail.subject).toBe('[Thi đua CCHC] Thông báo a');
    expect(addressOf(mail)).toBe('canbo@ttgr.kiengiang.gov.vn');
    expect(await stored(id)).toMatchObject({ recipientUserId: t.users.officerTTGR, emailTo: 'canbo@ttgr.kiengiang.gov.vn' });
  });

  it('turned off on the account page (audited): the officer\'s notice stays in the app only; the unit\'s notice still goes to the unit', async () => {
    const res = await t.req(officer, { method: 'PUT', url: '/api/auth/email-notifications', payload: { enabled: false } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ enabled: false, email: 'canbo@ttgr.kiengiang.gov.vn' });
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'user.emailNotifications'), eq(auditEvents.entityId, t.users.officerTTGR)));
    expect(audit).toMatchObject({ actorUsername: 'officerttgr', orgUnitId: unitId, before: { emailNotifications: true }, after: { emailNotifications: false } });

    const mine = (await notice('b', t.users.officerTTGR))!;
    expect(await stored(mine)).toMatchObject({ emailTo: null, emailStatus: 'none' });
    const unit = (await notice('c', null))!;
    const mails = await sink.waitFor(2);
    expect(mails.map((m) => [m.subject, addressOf(m)])).toEqual([
      ['[Thi đua CCHC] Thông báo a', 'canbo@ttgr.kiengiang.gov.vn'],
      ['[Thi đua CCHC] Thông báo c', 'ubnd@ttgr.kiengiang.gov.vn'],
    ]);
    expect(await stored(unit)).toMatchObject({ emailTo: 'ubnd@ttgr.kiengiang.gov.vn' });
    // The notice is in the app all the same.
    const list = (await t.req(officer, { method: 'GET', url: '/api/notifications' })).json();
    expect(list.items.map((n: { title: string }) => n.title)).toEqual(expect.arrayContaining(['Thông báo b']));
  });

  it('refuses a value that is not on/off with the field named', async () => {
    const res = await t.req(officer, { method: 'PUT', url: '/api/auth/email-notifications', payload: { enabled: 'có' } });
    expect(res.statusCode).toBe(400);
  });

  it('a notice queued while e-mail was on is not sent once the person turned it off', async () => {
    expect((await t.req(officer, { method: 'PUT', url: '/api/auth/email-notifications', payload: { enabled: true } })).json().enabled).toBe(true);
    // Queued with a queue that does not run it, then e-mail turned off before the job runs.
    const held = { ...jobs, send: async () => null } as unknown as JobQueue;
    const id = (await t.database.db.transaction((tx) =>
      notifyUnit(tx, { config, jobs: held }, { unitId, campaignId: null, kind: 'feedback_answered', title: 'Thông báo d', body: 'Nội dung', link: null, dedupeKey: 'd', userId: t.users.officerTTGR, asOf: NOW }),
    ))!;
    expect(await stored(id)).toMatchObject({ emailStatus: 'queued', emailTo: 'canbo@ttgr.kiengiang.gov.vn' });
    await t.req(officer, { method: 'PUT', url: '/api/auth/email-notifications', payload: { enabled: false } });
    const mailer = createMailer(sink.smtp);
    try {
      expect(await sendNotificationEmail(t.database.db, { config, now: () => NOW, mailer }, id)).toBe('off');
    } finally {
      mailer.close();
    }
    expect(await stored(id)).toMatchObject({ emailStatus: 'none', emailSentAt: null });
    expect(sink.mails.map((m) => m.subject)).not.toContain('[Thi đua CCHC] Thông báo d');
  });
});
