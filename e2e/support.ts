import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app';
import { testConfig, type Config } from '../src/server/config';
import { createTestDatabase } from '../src/db/test/testDatabase';
import type { Database } from '../src/db/client';
import { bootstrapAdmin } from '../src/server/features/users/bootstrapAdmin';
import { createJobQueue, type JobQueue } from '../src/server/kit/jobs/jobQueue';
import { startJobWorkers } from '../src/server/jobWorkers';

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
  /** The automatic accessibility check of every page this context shows (see watchAccessibility). */
  accessibility: AccessibilityWatch;
  close: () => Promise<void>;
};

/**
 * The real server (built web app + API on a fresh database with the real org tree) and Debian Chromium
 * driven by playwright-core. Never downloads a browser.
 */
export async function startE2E(
  options: { now?: () => Date; /** start the job queue and this node's workers (background jobs) */ jobs?: boolean; /** settings besides the test defaults */ config?: Partial<Config> } = {},
): Promise<E2E> {
  if (!fs.existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error('Run `npm run build:web` first (npm run test:browser does).');
  const database = await createTestDatabase();
  await bootstrapAdmin(database.db, ADMIN_PASSWORD);
  // `now` fixes the server's clock for tests of dated rules (e.g. a registration before 31/03/2020).
  const jobs: JobQueue | undefined = options.jobs ? createJobQueue(database) : undefined;
  const config = testConfig({ webDir: WEB_DIR, ...options.config });
  const app = await buildApp(database, config, { now: options.now, jobs });
  const stopJobs = jobs ? await startJobWorkers({ db: database.db, config, now: options.now ?? (() => new Date()), jobs }, { info: () => undefined, error: () => undefined }) : null;
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
  const accessibility = watchAccessibility(context);
  const e2e: E2E = {
    app,
    database,
    baseUrl,
    context,
    page,
    confirmations,
    accessibility,
    close: async () => {
      running.delete(e2e);
      await accessibility.stop();
      if (process.env.AXE_REPORT) {
        console.info(`axe-core checked ${accessibility.checkedUrls.size} URL(s):\n${[...accessibility.checkedUrls].join('\n')}\nlesser findings:\n${formatAxeFindings(accessibility.lesser)}`);
      }
      await context.close();
      await stopJobs?.();
      await app.close();
      await database.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
  running.add(e2e);
  return e2e;
}

export async function login(e: E2E, username: string, password: string): Promise<void> {
  await e.page.goto(`${e.baseUrl}/dang-nhap`);
  await e.page.getByLabel('Tên đăng nhập').fill(username);
  await e.page.getByLabel('Mật khẩu').fill(password);
  await e.page.getByRole('button', { name: 'Đăng nhập' }).click();
}

// ---------------------------------------------------------------------------------------------------------------
// Accessibility: axe-core runs on every page the browser tests show, so a new test is checked without asking.

/** A serious or critical axe-core finding on one page. */
/**
 * The import panel's two steps, once its file is chosen: the dry run ("Kiểm tra (chạy thử)") must find the file
 * valid, then "Nhập dữ liệu" must finish. `scope` is the page or the panel the buttons and result sit in.
 */
export async function importChosenFile(scope: Page | Locator): Promise<void> {
  await scope.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click();
  const result = scope.getByTestId('import-result');
  await result.getByText('Kiểm tra xong: tệp hợp lệ, có thể nhập dữ liệu').waitFor();
  await scope.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await result.getByText('Đã nhập dữ liệu').waitFor();
}

/** What the district records of its emulation council's meeting (Biên bản họp Hội đồng) on a dossier page. */
export type CouncilMeetingEntry = {
  date: string;
  start: string;
  end: string;
  place: string;
  chair: string;
  secretary: string;
  memberCount: number;
  present: string[];
  votesFor: number;
  votesAgainst: number;
};

/** Fills the dossier page's council-meeting form and saves it; returns the form, for a correction after a refusal. */
export async function saveCouncilMeeting(page: Page, meeting: CouncilMeetingEntry): Promise<Locator> {
  const form = page.getByTestId('council-meeting-form');
  await form.getByLabel('Ngày họp', { exact: true }).fill(meeting.date);
  await form.getByLabel('Giờ bắt đầu', { exact: true }).fill(meeting.start);
  await form.getByLabel('Giờ kết thúc', { exact: true }).fill(meeting.end);
  await form.getByLabel('Địa điểm', { exact: true }).fill(meeting.place);
  await form.getByLabel('Người chủ trì (Chủ tịch Hội đồng)', { exact: true }).fill(meeting.chair);
  await form.getByLabel('Thư ký', { exact: true }).fill(meeting.secretary);
  await form.getByLabel('Tổng số thành viên Hội đồng', { exact: true }).fill(String(meeting.memberCount));
  await form.getByLabel(/Thành viên có mặt/).fill(meeting.present.join('\n'));
  await form.getByLabel('Số phiếu đồng ý', { exact: true }).fill(String(meeting.votesFor));
  await form.getByLabel('Số phiếu không đồng ý', { exact: true }).fill(String(meeting.votesAgainst));
  await form.getByRole('button', { name: 'Lưu biên bản họp' }).click();
  return form;
}

/** The dossier's three signed scans, each uploaded on its document panel and seen in its versions. */
export async function uploadSignedScans(page: Page, scans: ReadonlyArray<readonly [string, { name: string; mimeType: string; buffer: Buffer }]>): Promise<void> {
  for (const [kind, file] of scans) {
    const panel = page.getByTestId(`dossier-document-${kind}`);
    await panel.getByLabel('Bản đã ký, đóng dấu (PDF có thể ký số, JPEG hoặc PNG)').setInputFiles(file);
    await panel.getByRole('button', { name: 'Tải lên bản đã ký' }).click();
    await page.getByTestId(`versions-${kind}`).getByText(file.name).waitFor();
  }
}

export type AxeFinding = { id: string; impact: string; help: string; targets: string[]; url: string; tags: string[] };

export type AccessibilityWatch = {
  /** Waits for the checks under way, checks the page as it is now, and hands back (and forgets) what was found. */
  flush: () => Promise<AxeFinding[]>;
  /** Every distinct URL checked so far (for coverage counts). */
  checkedUrls: Set<string>;
  /** Moderate and minor violations seen: not failures, listed when AXE_REPORT is set. */
  lesser: AxeFinding[];
  stop: () => Promise<void>;
};

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// Best practices (heading-order, region…) run too but only show in the AXE_REPORT listing: the tests fail on WCAG.
const AXE_RUN_TAGS = [...AXE_TAGS, 'best-practice'];
const running = new Set<E2E>();

/** Runs axe-core (WCAG 2.1 A and AA) on the page as it is and returns its serious and critical violations. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  return (await axeViolations(page)).filter(isSevere);
}

const SEVERE = new Set(['serious', 'critical']);
const isSevere = (f: AxeFinding) => SEVERE.has(f.impact) && f.tags.some((tag) => AXE_TAGS.includes(tag));

/** Every axe-core violation of the page, whatever its impact. */
async function axeViolations(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol rather than a <script> tag: the app's Content-Security-Policy rightly
  // forbids inline scripts, and the check must not weaken the page it checks.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const url = page.url();
  const violations = await page.evaluate(async (tags) => {
    type Violation = { id: string; impact?: string | null; help: string; tags: string[]; nodes: Array<{ target: unknown[] }> };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    // One run at a time in the page (axe refuses overlapping runs): a direct check waits for the automatic one.
    const page = window as unknown as { axeQueue?: Promise<unknown> };
    const run = (page.axeQueue ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }));
    page.axeQueue = run;
    const result = await run;
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, tags: v.tags, targets: v.nodes.slice(0, 3).map((n) => n.target.map(String).join(' ')) }));
  }, AXE_RUN_TAGS);
  return violations.map((v) => ({ ...v, url }));
}

export function formatAxeFindings(findings: AxeFinding[]): string {
  return findings.map((f) => `- [${f.impact}] ${f.id}: ${f.help}\n    at ${f.url}\n    on ${f.targets.join(' | ')}`).join('\n');
}

/**
 * Checks each page of the context once it has settled after a navigation (full load or a client-side route change)
 * and after a viewport change, one check at a time. A page left before it settled is not checked then; the check at
 * the end of every test (checkAccessibilityOfRunningPages, after each test) covers the page the test ends on.
 */
export function watchAccessibility(context: BrowserContext): AccessibilityWatch {
  let findings: AxeFinding[] = [];
  const seen = new Set<string>();
  const checkedUrls = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;

  const lesser: AxeFinding[] = [];
  const record = (found: AxeFinding[]) => {
    for (const f of found) {
      const key = `${f.id}|${new URL(f.url).pathname}|${f.targets.join()}`;
      if (!seen.has(key)) {
        seen.add(key);
        (isSevere(f) ? findings : lesser).push(f);
      }
    }
  };
  const check = (page: Page, settle: boolean) => {
    queue = queue.then(async () => {
      if (stopped || page.isClosed() || page.url().startsWith('about:')) return;
      try {
        if (settle) await settled(page);
        checkedUrls.add(page.url());
        record(await axeViolations(page));
      } catch (error) {
        // The test moved on (navigation, closed page) while the check waited: that transient state is not a page.
        if (!isGone(error)) throw error;
      }
    });
    // Errors other than a page gone surface in flush(); keep the chain alive meanwhile.
    queue.catch(() => undefined);
  };
  const watch = (page: Page) => {
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) check(page, true);
    });
    // A page the test leaves by goto is checked as the test left it, first: the check after its navigation may have
    // been overtaken by the test's own steps.
    const goto = page.goto.bind(page);
    page.goto = async (...args) => {
      if (!page.url().startsWith('about:')) {
        check(page, false);
        await queue.catch(() => undefined);
      }
      return goto(...args);
    };
    const setViewportSize = page.setViewportSize.bind(page);
    page.setViewportSize = async (size) => {
      await setViewportSize(size);
      check(page, true);
    };
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  return {
    checkedUrls,
    lesser,
    flush: async () => {
      await queue;
      for (const page of context.pages()) check(page, false);
      await queue;
      const found = findings;
      findings = [];
      return found;
    },
    stop: async () => {
      stopped = true;
      await queue.catch(() => undefined);
    },
  };
}

/** Load finished and the DOM quiet for a moment (the app renders after its API answers). */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, 200);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, 200);
        });
        const cap = setTimeout(done, 3000);
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        function done() {
          observer.disconnect();
          clearTimeout(cap);
          resolve();
        }
      }),
  );
}

function isGone(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Execution context was destroyed|Target (page, context or browser )?(has been )?closed|navigat|Frame was detached|Cannot find context/i.test(message);
}

/**
 * Every test ends with the check of the page it is on; any serious or critical finding since the last test fails it.
 * Registered by e2e/setup.ts (a Vitest setup file, run before each test file): the browser project shares its
 * modules between the files of a worker (isolate: false), so a hook registered here would only serve the first file.
 */
export async function checkAccessibilityOfRunningPages(): Promise<void> {
  for (const e2e of running) {
    const found = await e2e.accessibility.flush();
    if (found.length > 0) throw new Error(`axe-core: ${found.length} serious/critical accessibility violation(s):\n${formatAxeFindings(found)}`);
  }
}
