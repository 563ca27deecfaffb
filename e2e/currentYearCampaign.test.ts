import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, users } from '../src/db/schema';
import { ERA_AG_2025, ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { parseXlsx, toXlsx } from '../src/documents/tabular/xlsx';
import { hashPassword } from '../src/server/kit/passwords';
import { importChosenFile, login, startE2E, type E2E } from './support';

/**
 * This year's campaign (issue 9 §1) in Chromium, on a desktop and (the commune's steps, and each page's layout) on a
 * 390 px phone: Sở Nội vụ clones 34/KH-UBND
 * (Kiên Giang 2020) to the current year, reads the era change in the review list (An Giang, no districts), issues
 * the plan and opens registration; Xã Giồng Riềng of the two-tier An Giang registers and its head sends it straight
 * to Sở Nội vụ, which accepts it; Sở Nội vụ imports and publishes the year's PAR ranking, the campaign's status
 * follows the publication, and the two-tier campaign reaches the eligibility board.
 *
 * The server's clock is fixed (10/03/2026, then 05/05/2027 for the ranking published the next spring), so "the
 * current year" is the server's 2026 whatever day the test runs.
 */
const PASSWORD = 'AnGiang@2026';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
let clock = new Date('2026-03-10T09:00:00+07:00');
let e: E2E;
let tmp: string;
let campaignId: string;

async function unit(eraId: string, code: string): Promise<string> {
  const [u] = await e.database.db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, eraId), eq(orgUnits.code, code)));
  return u.id;
}

/** Nothing wider than the screen (the tables scroll inside their own region). */
async function fitsScreen(label: string): Promise<void> {
  await e.page.waitForTimeout(300);
  const overflow = await e.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, label).toBeLessThanOrEqual(0);
}

async function signInAs(username: string): Promise<void> {
  await e.page.context().clearCookies();
  await login(e, username, PASSWORD);
  await e.page.getByTestId('current-user').waitFor();
}

beforeAll(async () => {
  e = await startE2E({ now: () => clock });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-e2e-2026-'));
  const passwordHash = await hashPassword(PASSWORD);
  // Sở Nội vụ's account sits on its Kiên Giang 2020 unit (the whole province is its scope); the commune's on Xã Giồng
  // Riềng of An Giang (30904, successor of Thị trấn Giồng Riềng and six other communes).
  const commune = await unit(ERA_AG_2025, '30904');
  await e.database.db.insert(users).values([
    { username: 'snv.angiang', fullName: 'Lê Văn Sở', role: 'province_secretariat', orgUnitId: await unit(ERA_KG_2020, 'SNV-CCHC'), passwordHash, mustChangePassword: false },
    { username: 'xa.giongrieng', fullName: 'Nguyễn Thị Xã', role: 'unit_officer', orgUnitId: commune, passwordHash, mustChangePassword: false },
    { username: 'ct.giongrieng', fullName: 'Trần Văn Chủ', role: 'unit_head', orgUnitId: commune, passwordHash, mustChangePassword: false },
  ]);
});
afterAll(async () => {
  await e?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('this year’s campaign on the two-tier An Giang tree', () => {
  it('Sở Nội vụ clones 34/KH-UBND to the current year and reviews the era change', async () => {
    await e.page.setViewportSize(DESKTOP);
    await signInAs('snv.angiang');
    await e.page.getByRole('link', { name: 'Thi đua', exact: true }).first().click();
    await e.page.getByRole('link', { name: 'Kế hoạch số 34/KH-UBND ngày 03/03/2020' }).click();
    const year = e.page.getByLabel('Sao chép sang năm');
    // The current year by the server's clock.
    expect(await year.inputValue()).toBe('2026');
    // Unless one is chosen, the copy runs on the era in force in its year.
    expect(await e.page.getByLabel('Cây đơn vị của đợt mới').inputValue()).toBe('');
    await e.page.getByRole('button', { name: 'Sao chép đợt thi đua' }).click();
    const review = e.page.getByTestId('clone-review');
    await review.waitFor();
    campaignId = e.page.url().split('/thi-dua/')[1];
    const text = (await review.textContent()) ?? '';
    expect(text).toContain('Tỉnh An Giang (chính quyền hai cấp)');
    expect(text).toContain('không còn huyện');
    expect(text).toContain('Huyện Giồng Riềng (mã 906): không chuyển được');
    expect(text).toContain('Căn cứ 1:');
    // Labels, never field paths.
    expect(text).not.toMatch(/grounds\[|purposes\[|\.text/u);
    // The new campaign's page may still be loading its record when the review shows: wait for its era, not a moment.
    await e.page.getByTestId('campaign-era').filter({ hasText: 'Tỉnh An Giang' }).waitFor();
    expect(await e.page.getByTestId('campaign-summary').textContent()).toContain('Ủy ban nhân dân tỉnh An Giang');
    // No district consolidation in two tiers; the province's is there.
    expect(await e.page.getByRole('link', { name: 'Tổng hợp đăng ký cấp huyện' }).count()).toBe(0);
    await e.page.getByRole('link', { name: 'Tổng hợp đăng ký toàn tỉnh' }).waitFor();
    if (process.env.SCREENSHOT_DIR) await e.page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/current-year-clone-review.png`, fullPage: true });
    // The review list reads on a phone too.
    await e.page.setViewportSize(PHONE);
    await fitsScreen('campaign page with the review list (390 px)');
    await e.page.setViewportSize(DESKTOP);
  });

  it('issues the plan (its number) and opens registration', async () => {
    await e.page.getByRole('link', { name: 'Sửa kế hoạch' }).click();
    await e.page.getByLabel('Số, ký hiệu kế hoạch').fill('12/KH-UBND');
    // A two-tier plan counts its communes province-wide: the form says so instead of "per district".
    await e.page.getByLabel('Số đơn vị cấp xã (xã, phường, đặc khu) được chọn toàn tỉnh').waitFor();
    expect(await e.page.getByTestId('quota-overrides').count()).toBe(0);
    await e.page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await e.page.getByText('Đã lưu kế hoạch.').waitFor();
    await e.page.getByLabel('Chuyển sang trạng thái').selectOption({ label: 'Đang nhận đăng ký thi đua' });
    await e.page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    await e.page.getByTestId('campaign-status').getByText('Đang nhận đăng ký thi đua').waitFor();
  });

  it('a commune of An Giang registers on a phone, and its head sends it straight to Sở Nội vụ', async () => {
    await e.page.setViewportSize(PHONE);
    await signInAs('xa.giongrieng');
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await e.page.getByRole('link', { name: 'Xã Giồng Riềng' }).click();
    await e.page.getByRole('heading', { level: 1, name: 'Bản đăng ký thi đua chuyên đề' }).waitFor();
    expect(await e.page.getByLabel('Đăng ký thi đua').inputValue()).toBe('Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2026');
    await e.page.getByRole('button', { name: 'Lưu bản đăng ký' }).click();
    await e.page.getByText('Đã lưu bản đăng ký.').waitFor();
    await fitsScreen('registration page (390 px)');

    await signInAs('ct.giongrieng');
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await e.page.getByRole('link', { name: 'Xã Giồng Riềng' }).click();
    await e.page.getByRole('button', { name: 'Duyệt và gửi' }).click();
    await e.page.getByText('Đã duyệt và gửi bản đăng ký.').waitFor();

    // No district in between: Sở Nội vụ accepts it.
    await e.page.setViewportSize(DESKTOP);
    await signInAs('snv.angiang');
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}/tong-hop-tinh`);
    const direct = e.page.getByTestId('province-direct-communes');
    await direct.getByRole('link', { name: 'Xã Giồng Riềng' }).click();
    await e.page.getByRole('button', { name: 'Tiếp nhận' }).click();
    await e.page.getByTestId('registration-status').getByText('Đã tiếp nhận').waitFor();
  });

  it('Sở Nội vụ imports and publishes the 2026 PAR ranking; the campaign status follows the publication', async () => {
    clock = new Date('2027-05-05T09:00:00+07:00');
    // A year later by the server's clock: the earlier session has long expired, so Sở Nội vụ signs in again.
    await signInAs('snv.angiang');
    const exported = await e.page.request.get(`${e.baseUrl}/api/par-results/export?year=2026&format=xlsx`);
    expect(exported.status()).toBe(200);
    const [header] = await parseXlsx(Buffer.from(await exported.body()));
    const row = (values: Record<string, string>) => header.map((h) => values[h] ?? '');
    const file = path.join(tmp, 'chi-so-cchc-2026.xlsx');
    fs.writeFileSync(
      file,
      await toXlsx('Chỉ số CCHC 2026', header, [
        // 64 + 28 = 92 → Xuất sắc, in the commune block of the two-tier province.
        row({ 'Năm': '2026', 'Mã đơn vị': '30904', 'Tên đơn vị': 'Xã Giồng Riềng', 'Điểm thẩm định': '64', 'Điểm điều tra xã hội học': '28' }),
      ]),
    );
    await e.page.goto(`${e.baseUrl}/chi-so-cchc/2026`);
    await e.page.getByRole('heading', { level: 1, name: 'Chỉ số CCHC năm 2026' }).waitFor();
    await e.page.locator('#par-import-file').setInputFiles(file);
    await importChosenFile(e.page);
    const table = e.page.getByTestId('par-results');
    expect(await table.locator('tr', { hasText: 'Xã Giồng Riềng' }).textContent()).toContain('Xuất sắc');

    await e.page.getByLabel('Số quyết định').fill('1051/QĐ-UBND');
    await e.page.getByLabel('Ngày quyết định').fill('04/05/2027');
    await e.page.getByLabel('Người ký').fill('Phó Chủ tịch UBND tỉnh An Giang');
    await e.page.getByRole('button', { name: 'Công bố và chốt bảng xếp hạng' }).click();
    await e.page.getByTestId('dossier-deadline').waitFor();
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await e.page.getByTestId('campaign-status').getByText('Đã công bố kết quả xếp hạng CCHC').waitFor();
  });

  it('the two-tier campaign reaches the eligibility board, with the commune and its explained bases', async () => {
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}/du-dieu-kien`);
    const row = e.page.getByTestId('eligibility-list').locator('[data-testid="eligibility-row"][data-kind="collective"][data-code="30904"]');
    await row.waitFor();
    await row.getByRole('button', { name: /Xem giải thích/ }).click();
    const why = (await row.getByTestId('explanation').textContent()) ?? '';
    expect(why).toContain('Xã Giồng Riềng');
    expect(why).toContain('Mục III');
    await e.page.setViewportSize(PHONE);
    await fitsScreen('eligibility board (390 px)');
    await e.page.setViewportSize(DESKTOP);
  });
});
