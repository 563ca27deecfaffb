import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/client';
import { notifications, orgUnits, parPublications } from '../src/db/schema';
import { addDays, startOfVnDay, type LocalDate } from '../src/domain/time/localDate';
import { buildApp } from '../src/server/app';
import { testConfig, type Config } from '../src/server/config';
import { sendDossierReminders } from '../src/server/features/nominations/sendDossierReminders';
import { dossierDeadlines } from '../src/server/features/par/dossierDeadlines';
import { startJobWorkers } from '../src/server/jobWorkers';
import { createJobQueue, type JobQueue } from '../src/server/kit/jobs/jobQueue';
import { kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { setPublishedClass } from '../src/server/kit/testing/nominationFixtures';
import { startSmtpSink, type SmtpSink } from '../src/server/kit/testing/smtpSink';
import { createTestApp, type TestApp } from '../src/server/kit/testing/testApp';

/**
 * Two app nodes on one PostgreSQL, each with its own pool, its own pg-boss workers and the same SMTP server: the
 * selection notice and each dossier reminder arrive exactly once, though both nodes check the reminders at the same
 * moment and both take e-mail jobs. Runs in `npm run test:pg` (TEST_DATABASE_URL); PGlite has one process, one node.
 */
const NOW = new Date('2021-05-10T03:00:00Z');
const pg = Boolean(process.env.TEST_DATABASE_URL);

let t: TestApp;
let sink: SmtpSink;
let second: Database;
let nodeB: FastifyInstance;
let config: Config;
const queues: JobQueue[] = [];
const stops: (() => Promise<void>)[] = [];

describe.skipIf(!pg)('notices on two app nodes (PostgreSQL)', () => {
  beforeAll(async () => {
    sink = await startSmtpSink();
    config = testConfig({ smtp: sink.smtp });
    t = await createTestApp(config, { now: () => NOW, jobs: (database) => { const q = createJobQueue(database); queues.push(q); return q; } });
    const url = (t.database.pool?.options as { connectionString?: string }).connectionString!;
    second = await openDatabase({ kind: 'postgres', url, poolSize: 5 });
    const jobsB = createJobQueue(second);
    queues.push(jobsB);
    nodeB = await buildApp(second, config, { now: () => NOW, jobs: jobsB });
    // Both nodes start their workers together, as two servers behind a load balancer would.
    const log = { info: () => undefined, error: () => undefined };
    stops.push(...(await Promise.all([
      startJobWorkers({ db: t.database.db, config, now: () => NOW, jobs: queues[0] }, log),
      startJobWorkers({ db: second.db, config, now: () => NOW, jobs: jobsB }, log),
    ])));
  }, 120_000);
  afterAll(async () => {
    for (const stop of stops) await stop();
    await nodeB?.close();
    await second?.close();
    await t?.close();
    await sink?.close();
  });

  it('the selection notice and each reminder arrive once, whichever node sends', async () => {
    const db = t.database.db;
    const campaignId = await kh34CampaignId(db);
    const units = await Promise.all(['SNV', 'STP'].map((code) => t.unit(code)));
    for (const [i, unit] of units.entries()) {
      await db.update(orgUnits).set({ email: `donvi${i}@kiengiang.gov.vn` }).where(eq(orgUnits.id, unit.id));
      await setPublishedClass(db, unit.id, 'excellent');
    }
    const secretariat = await t.login('secretariat');
    const headers = { cookie: secretariat.cookie, 'x-csrf-token': secretariat.csrf };
    const picks = await Promise.all(
      units.map((unit, i) => (i % 2 ? nodeB : t.app).inject({ method: 'POST', url: `/api/campaigns/${campaignId}/selections`, headers, payload: { unitIds: [unit.id] } })),
    );
    expect(picks.map((p) => p.statusCode)).toEqual([201, 201]);

    const [publication] = await db.select().from(parPublications).where(eq(parPublications.year, 2020));
    const [deadline] = await dossierDeadlines(db, { year: 2020, publicationDate: publication.decisionDate as LocalDate, asOf: NOW });
    for (const days of [5, 1]) {
      const asOf = startOfVnDay(addDays(deadline.deadlineDay as LocalDate, -days));
      const runs = await Promise.all([
        sendDossierReminders(db, { config, jobs: queues[0] }, asOf),
        sendDossierReminders(second.db, { config, jobs: queues[1] }, asOf),
        sendDossierReminders(second.db, { config, jobs: queues[1] }, asOf),
      ]);
      expect(runs.reduce((a, b) => a + b, 0)).toBe(2);
    }

    const mails = await sink.waitFor(6, 30_000);
    // Long enough for a second delivery to show up if any node were to send one.
    await new Promise((r) => setTimeout(r, 5000));
    expect(mails).toHaveLength(6);
    const received = mails.map((m) => `${m.to && 'text' in m.to ? m.to.text : ''} ${m.subject}`).sort();
    expect(received).toEqual(
      [0, 1].flatMap((i) => [
        `donvi${i}@kiengiang.gov.vn [Thi đua CCHC] Còn 1 ngày đến hạn nộp hồ sơ khen thưởng — Kế hoạch số 34/KH-UBND`,
        `donvi${i}@kiengiang.gov.vn [Thi đua CCHC] Còn 5 ngày đến hạn nộp hồ sơ khen thưởng — Kế hoạch số 34/KH-UBND`,
        `donvi${i}@kiengiang.gov.vn [Thi đua CCHC] ${units[i].name} được chọn là tập thể tiêu biểu — đề nghị lập hồ sơ khen thưởng`,
      ]).sort(),
    );
    const stored = await db.select({ status: notifications.emailStatus }).from(notifications);
    expect(stored.map((s) => s.status)).toEqual(Array(6).fill('sent'));
  }, 120_000);
});
