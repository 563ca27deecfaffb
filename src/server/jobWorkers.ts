import type { AppDeps } from './deps';
import { BACKGROUND_JOB, runBackgroundJob, type BackgroundJobData, type BackgroundWork } from './features/backgroundJobs/runBackgroundJob';
import { EVALUATION_REPORT_JOB, generateEvaluationReportJob } from './features/evaluationReports/evaluationReportJob';
import { exportNominationsJob, NOMINATION_EXPORT_JOB } from './features/reports/nominationExportJob';
import { DOSSIER_REMINDERS_JOB, sendDossierReminders } from './features/nominations/sendDossierReminders';
import { createMailer } from './features/notifications/mailer';
import { NOTIFICATION_EMAIL_JOB, type NotificationEmailJob } from './features/notifications/notifyUnit';
import { sendNotificationEmail } from './features/notifications/sendNotificationEmail';
import { tableImportWork } from './kit/tableImport';
import { orgUnitImport } from './features/orgUnits/importOrgUnits';
import { parResultImport } from './features/par/importParResults';
import { registrationImport } from './features/registrations/registrationSheet';
import { attestationImport } from './features/campaignInputs/importAttestations';
import { ratingImport } from './features/campaignInputs/importRatings';
import { recognitionImport } from './features/campaignInputs/importRecognitions';

/** Every queue of the app, created when the job queue starts. */
export const JOB_QUEUES = [NOTIFICATION_EMAIL_JOB, DOSSIER_REMINDERS_JOB, BACKGROUND_JOB] as const;

/** The kinds of long work (reports, large exports, large imports) the background-job worker runs, by `background_jobs.kind`. */
export const BACKGROUND_WORKS: Readonly<Record<string, BackgroundWork>> = {
  [EVALUATION_REPORT_JOB]: generateEvaluationReportJob,
  [NOMINATION_EXPORT_JOB]: exportNominationsJob,
  [orgUnitImport.kind]: tableImportWork(orgUnitImport),
  [parResultImport.kind]: tableImportWork(parResultImport),
  [registrationImport.kind]: tableImportWork(registrationImport),
  [attestationImport.kind]: tableImportWork(attestationImport),
  [ratingImport.kind]: tableImportWork(ratingImport),
  [recognitionImport.kind]: tableImportWork(recognitionImport),
};

/** How often the dossier reminders are checked: every 10 minutes (pg-boss fires a schedule on one node). */
const REMINDER_CRON = '*/10 * * * *';

type Log = { info: (msg: string) => void; error: (err: unknown, msg: string) => void };

/**
 * Starts this node's job workers (wiring: src/server/main.ts, and tests that need e-mail): the e-mail of each notice
 * when SMTP is configured, and the scheduled dossier-reminder check. Every node may run them; pg-boss gives each job
 * to one node, and the notices' unique (campaign, unit, kind) keeps a reminder from going out twice.
 * @returns stop: waits for the running jobs, then stops taking new ones
 */
export async function startJobWorkers(deps: Pick<AppDeps, 'db' | 'config' | 'now' | 'jobs'>, log: Log): Promise<() => Promise<void>> {
  const { db, config, now, jobs } = deps;
  await jobs.start(JOB_QUEUES);
  const mailer = config.smtp ? createMailer(config.smtp) : null;
  if (mailer) {
    await jobs.work<NotificationEmailJob>(NOTIFICATION_EMAIL_JOB, async (job) => {
      await sendNotificationEmail(db, { config, now, mailer }, job.data.notificationId);
    });
  }
  await jobs.work(DOSSIER_REMINDERS_JOB, async () => {
    const sent = await sendDossierReminders(db, { config, jobs }, now());
    if (sent > 0) log.info(`Đã gửi ${sent} thông báo nhắc hạn nộp hồ sơ khen thưởng`);
  });
  await jobs.schedule(DOSSIER_REMINDERS_JOB, REMINDER_CRON);
  await jobs.work<BackgroundJobData>(BACKGROUND_JOB, async (job) => {
    await runBackgroundJob(db, BACKGROUND_WORKS, job.data.backgroundJobId, now, (err) => log.error(err, 'Công việc chạy nền lỗi'));
  });
  return async () => {
    await jobs.stop();
    mailer?.close();
  };
}
