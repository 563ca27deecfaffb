import { DataDirLockedError } from '../db/dataDirLock';
import { buildApp } from './app';
import { applyStatusFacts, SYSTEM_AUDIT } from './features/campaigns/applyStatusFacts';
import { loadConfig } from './config';
import { systemClock } from './deps';
import { openDatabaseFromConfig } from './openDatabaseFromConfig';
import { bootstrapAdmin } from './features/users/bootstrapAdmin';
import { createJobQueue } from './kit/jobs/jobQueue';
import { startJobWorkers } from './jobWorkers';

async function main() {
  const config = loadConfig();
  let database;
  try {
    database = await openDatabaseFromConfig(config);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(3);
    }
    throw err;
  }
  const admin = await bootstrapAdmin(database.db, config.bootstrapAdminPassword);
  if (admin.generatedPassword) {
    console.log('────────────────────────────────────────────────────────────');
    console.log(' Tài khoản quản trị đầu tiên: admin');
    console.log(` Mật khẩu (chỉ hiện một lần): ${admin.generatedPassword}`);
    console.log(' Hệ thống sẽ yêu cầu đổi mật khẩu ở lần đăng nhập đầu.');
    console.log('────────────────────────────────────────────────────────────');
  } else if (admin.created) {
    console.log('Đã tạo tài khoản quản trị "admin" với mật khẩu trong BOOTSTRAP_ADMIN_PASSWORD.');
  }
  const now = systemClock;
  const jobs = createJobQueue(database, { onError: (err) => console.error('Hàng đợi công việc:', err.message) });
  const app = await buildApp(database, config, { now, jobs });
  // The job workers: notices' e-mails (when SMTP is set) and the dossier reminders (README: Thông báo …).
  const stopJobs = await startJobWorkers({ db: database.db, config, now, jobs }, { info: (m) => app.log.info(m), error: (e, m) => app.log.error(e, m) });
  // The registration deadline closes registration by itself: checked at start and every minute. The update is
  // conditional, so several nodes doing this move each campaign once.
  const followFacts = () =>
    database.db
      .transaction((tx) => applyStatusFacts(tx, SYSTEM_AUDIT, now()))
      .then((moved) => moved.forEach((m) => app.log.info(`Đợt thi đua ${m.id}: ${m.from} → ${m.to} theo dữ kiện`)))
      .catch((err) => app.log.error(err, 'Không cập nhật được trạng thái đợt thi đua theo dữ kiện'));
  await followFacts();
  const factsTimer = setInterval(() => void followFacts(), 60_000);
  factsTimer.unref();
  const shutdown = async (signal: string) => {
    clearInterval(factsTimer);
    app.log.info(`${signal}: đang dừng máy chủ`);
    await app.close();
    // Before the database closes: running jobs finish, no new one is taken.
    await stopJobs();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`ThiĐua CCHC đang chạy tại http://localhost:${port} (CSDL: ${database.kind}, ${database.location})`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
