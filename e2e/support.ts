import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app';
import { testConfig } from '../src/server/config';
import { createTestDatabase } from '../src/db/test/testDatabase';
import type { Database } from '../src/db/client';
import { bootstrapAdmin } from '../src/server/features/users/bootstrapAdmin';

export const ADMIN_PASSWORD = 'QuanTri@2020';
const WEB_DIR = path.resolve(import.meta.dirname, '..', 'dist', 'web');

export type E2E = {
  app: FastifyInstance;
  database: Database;
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  /** Every confirmation the app asked for, in order; each was answered "OK" as the official would. */
  confirmations: string[];
  close: () => Promise<void>;
};

/**
 * The real server (built web app + API on a fresh database with the real org tree) and Debian Chromium
 * driven by playwright-core. Never downloads a browser.
 */
export async function startE2E(options: { now?: () => Date } = {}): Promise<E2E> {
  if (!fs.existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error('Run `npm run build:web` first (npm run test:browser does).');
  const database = await createTestDatabase();
  await bootstrapAdmin(database.db, ADMIN_PASSWORD);
  // `now` fixes the server's clock for tests of dated rules (e.g. a registration before 31/03/2020).
  const app = await buildApp(database, testConfig({ webDir: WEB_DIR }), { now: options.now });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const confirmations: string[] = [];
  page.on('dialog', (dialog) => {
    confirmations.push(dialog.message());
    void dialog.accept();
  });
  return {
    app,
    database,
    baseUrl,
    context,
    page,
    confirmations,
    close: async () => {
      await context.close();
      await app.close();
      await database.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function login(e: E2E, username: string, password: string): Promise<void> {
  await e.page.goto(`${e.baseUrl}/dang-nhap`);
  await e.page.getByLabel('Tên đăng nhập').fill(username);
  await e.page.getByLabel('Mật khẩu').fill(password);
  await e.page.getByRole('button', { name: 'Đăng nhập' }).click();
}
