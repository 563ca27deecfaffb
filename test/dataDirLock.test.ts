import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client';
import { users } from '../src/db/schema';
import { createTestDataDir } from '../src/db/test/testDatabase';
import { runCli, startServer, stopServer } from './processes';

/**
 * PGlite would silently lose a second process's writes to the same data folder (shared/STACK.md):
 * the server holds a lock, and a second server or a CLI command is refused while the first one's data
 * stays intact. Runs real processes. Skipped on PostgreSQL, where the lock does not apply.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-lock-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('DATA_DIR lock', () => {
  it('refuses a second server and the CLI while the first server runs, and keeps the first one’s data', async () => {
    const env = { DATA_DIR: dataDir, DATABASE_URL: '', BOOTSTRAP_ADMIN_PASSWORD: 'MatKhau@2020' };
    // The folder as a first start leaves it (migrated, seeded, no user yet): the server does not spend its start in initdb.
    await createTestDataDir(dataDir);
    const first = await startServer({ ...env, PORT: '0' });
    expect(first.output()).toContain('đang chạy tại');
    const port = Number(/localhost:(\d+)/.exec(first.output())?.[1]);
    // A write through the first server.
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'MatKhau@2020' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const { csrfToken, user } = await login.json();
    const created = await fetch(`http://127.0.0.1:${port}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ username: 'giu.du.lieu', fullName: 'Giữ Dữ Liệu', role: 'unit_officer', orgUnitId: user.unitId }),
    });
    expect(created.status).toBe(201);

    const second = await startServer({ ...env, PORT: '0' });
    expect(await second.exited).toBe(3);
    expect(second.output()).toContain(`Thư mục dữ liệu ${dataDir} đang được tiến trình`);

    const cli = await runCli(['create-user', '--username', 'mat.du.lieu', '--full-name', 'X', '--role', 'unit_officer', '--unit-code', '91'], env);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('đang được tiến trình');

    await stopServer(first.child, first.exited);

    // Opened again (here: the refusals above were the processes under test), the folder still has the first server's
    // user, and the refused CLI left nothing.
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const usernames = (await database.db.select({ username: users.username }).from(users)).map((u) => u.username);
      expect(usernames).toContain('giu.du.lieu');
      expect(usernames).not.toContain('mat.du.lieu');
    } finally {
      await database.close();
    }
    // Two servers and a CLI command as processes (tsx, PGlite start-up): over the default minute on a loaded machine.
  }, 300_000);
});
