import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { campaignRuleSetVersions, campaigns, orgUnits, parResults, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { kh34Campaign } from '../src/domain/campaigns/kh34Campaign';
import { kh34RuleSet } from '../src/domain/eligibility/kh34RuleSet';
import { countdown } from '../src/domain/time/legalDeadline';
import { hashPassword } from '../src/server/kit/passwords';
import { kh34CampaignId, register } from '../src/server/kit/testing/eligibilityFixtures';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'SoNoiVu@2021';
// The server's clock: 20/03/2020 10:00 in Việt Nam, while KH 34 takes registrations (until 31/03/2020).
const SERVER_NOW = new Date('2020-03-20T03:00:00Z');
let e: E2E;
let kh34Id: string;
let laterId: string;
let forwardedId: string;

/** A campaign of another year beside KH 34, with its own rule set so that its eligibility board opens. */
async function addCampaign(year: number, planNumber: string, status: string): Promise<string> {
  const db = e.database.db;
  const definition = { ...kh34Campaign, year, planNumber };
  const [row] = await db
    .insert(campaigns)
    .values({ year, planNumber, planDate: `${year}-02-10`, eraId: ERA_KG_2020, status, definition, ruleSet: kh34RuleSet })
    .returning({ id: campaigns.id });
  await db.insert(campaignRuleSetVersions).values({ campaignId: row.id, version: 1, ruleSet: kh34RuleSet, note: 'Bộ tiêu chuẩn thử' });
  return row.id;
}

/**
 * Finding one's way (issue 9 §4, §8) in Chromium: the login error, the campaign switcher on the eligibility board
 * (and the plan page's links to it), the unit picker's search, the PAR page's collapsible charts and its pages,
 * and the countdown from the server's clock.
 */
beforeAll(async () => {
  e = await startE2E({ now: () => SERVER_NOW });
  const db = e.database.db;
  const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, 'SNV-CCHC')));
  await db.insert(users).values({ username: 'nv.dieuhuong', fullName: 'Trần Thị Điều Hướng', role: 'province_secretariat', orgUnitId: unit.id, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  kh34Id = await kh34CampaignId(db);
  // 2021 is being assessed (ranking published); 2023 has just opened registration; 2022 is a clone in preparation.
  // The menu's board is 2021's: neither the newest campaign nor a draft is where heads attest and units are assessed.
  laterId = await addCampaign(2021, '21/KH-UBND', 'ranking_published');
  await addCampaign(2022, '09/KH-UBND', 'draft');
  await addCampaign(2023, '15/KH-UBND', 'registration_open');
  const [sct] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, 'SCT')));
  forwardedId = await register(db, { campaignId: kh34Id, orgUnitId: sct.id, status: 'forwarded' });
  // 2020 PAR points of 40 communes, being entered (not published): more than one page of the table.
  const communes = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.kind, 'commune'))).limit(40);
  await db.insert(parResults).values(communes.map((c, i) => ({ year: 2020, blockCode: 'commune', orgUnitId: c.id, appraisedScore: String(40 + i), surveyScore: '15' })));
});
afterAll(async () => {
  await e?.close();
});

describe('finding one’s way, in Chromium', () => {
  it('says a wrong login names both fields, without a "Mật khẩu:" prefix', async () => {
    await login(e, 'nv.dieuhuong', 'sai-mat-khau');
    const summary = e.page.getByTestId('error-summary');
    await summary.waitFor();
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(text).not.toContain('Mật khẩu:');
  });

  it('opens the campaign being assessed from the menu, and the switcher opens KH 34 with its URL', async () => {
    await login(e, 'nv.dieuhuong', PASSWORD);
    await e.page.getByTestId('current-user').waitFor();
    await e.page.getByRole('navigation', { name: /chính/i }).getByRole('link', { name: 'Xét điều kiện' }).click();
    await e.page.waitForURL(`**/thi-dua/${laterId}/du-dieu-kien`);
    await e.page.getByRole('heading', { level: 1, name: /năm 2021$/ }).waitFor();

    const select = e.page.getByLabel('Đợt thi đua', { exact: true });
    const options = await select.locator('option').allTextContents();
    expect(options).toEqual(['Năm 2023 — 15/KH-UBND', 'Năm 2022 — 09/KH-UBND (dự thảo)', 'Năm 2021 — 21/KH-UBND', 'Năm 2020 — 34/KH-UBND']);
    expect(await select.inputValue()).toBe(laterId);
    // By keyboard: focus the select, choose with the arrows (nothing opens yet), then press the button.
    await select.focus();
    await e.page.keyboard.press('ArrowDown');
    expect(e.page.url()).toContain(`/thi-dua/${laterId}/du-dieu-kien`);
    await e.page.keyboard.press('Tab');
    await e.page.keyboard.press('Enter');
    await e.page.waitForURL(`**/thi-dua/${kh34Id}/du-dieu-kien`);
    await e.page.getByRole('heading', { level: 1, name: /năm 2020$/ }).waitFor();
    expect(await e.page.getByLabel('Đợt thi đua', { exact: true }).inputValue()).toBe(kh34Id);
    // Focus is back on the switcher of the new page, not lost at the top of the document.
    await e.page.waitForFunction(() => document.activeElement?.id === 'campaign-switcher-du-dieu-kien');

    // A reload keeps the campaign: it is in the URL.
    await e.page.reload();
    await e.page.getByRole('heading', { level: 1, name: /năm 2020$/ }).waitFor();
  });

  it('links the plan page to every campaign-scoped page, and counts down from the server’s clock', async () => {
    await e.page.getByTestId('campaign-switcher').getByRole('link', { name: 'Mở kế hoạch 34/KH-UBND' }).click();
    await e.page.waitForURL(`**/thi-dua/${kh34Id}`);
    const links = e.page.getByRole('region', { name: 'Tổng hợp, tiêu chuẩn và sáng kiến' });
    for (const [name, href] of [
      ['Xét điều kiện Bằng khen', `/thi-dua/${kh34Id}/du-dieu-kien`],
      ['Bộ tiêu chuẩn xét Bằng khen (Khoản 1, Mục III)', `/thi-dua/${kh34Id}/bo-tieu-chuan`],
      ['Tiêu chuẩn Giấy khen (Khoản 2, Mục III)', `/thi-dua/${kh34Id}/tieu-chuan-giay-khen`],
      ['Tổng hợp đăng ký cấp huyện', `/thi-dua/${kh34Id}/tong-hop-huyen`],
      ['Chỉ số CCHC năm 2020', '/chi-so-cchc/2020'],
      ['Xếp loại, xác nhận của thủ trưởng và công nhận năm 2020', '/xep-loai/2020'],
    ]) {
      expect(await links.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href);
    }

    // The browser's own clock is six years off; the countdown still counts from the server's 20/03/2020 10:00.
    const detail = await (await e.page.request.get(`${e.baseUrl}/api/campaigns/${kh34Id}`)).json();
    const expected = countdown({ asOf: SERVER_NOW, deadlineInstant: new Date(detail.registrationDeadlineAt) });
    const shown = (await e.page.getByTestId('deadline-countdown').first().textContent()) ?? '';
    expect(shown.startsWith(`Còn ${expected.days} ngày`)).toBe(true);
  });

  it('finds "noi vu giong rieng" in the unit picker, says how many more there are, and tells the Bình An apart', async () => {
    await e.page.goto(`${e.baseUrl}/chi-so-cchc/2020`);
    const search = e.page.getByRole('searchbox', { name: 'Đơn vị' });
    await search.fill('noi vu giong rieng');
    const results = e.page.getByRole('list', { name: 'Kết quả tìm đơn vị' });
    await results.getByRole('button', { name: /^Phòng Nội vụ huyện Giồng Riềng/ }).waitFor();
    expect(await results.getByRole('listitem').count()).toBe(1);

    await search.fill('xa');
    const more = e.page.getByTestId('picker-more');
    await more.waitFor();
    expect(await more.textContent()).toMatch(/^Còn \d+ kết quả khác — gõ thêm để thu hẹp\.$/);

    await search.fill('binh an');
    const binhAn = results.getByRole('button', { name: /^Xã Bình An/ });
    await binhAn.first().waitFor();
    const texts = await binhAn.allTextContents();
    expect(texts.length).toBeGreaterThan(1);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.every((t) => /thuộc (Huyện|Thành phố|Thị xã) /.test(t))).toBe(true);

    // Picking moves focus to "Đổi đơn vị" (the list it was on is gone); changing brings it back to the search box.
    await binhAn.first().click();
    await e.page.getByTestId('picked-org-unit').waitFor();
    expect(await e.page.evaluate(() => document.activeElement?.textContent)).toBe('Đổi đơn vị');
    await e.page.getByRole('button', { name: 'Đổi đơn vị' }).click();
    expect(await e.page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
  });

  it('keeps the PAR page short: charts collapse by keyboard, and the table comes in pages', async () => {
    await e.page.goto(`${e.baseUrl}/chi-so-cchc/2020`);
    const table = e.page.getByTestId('par-results');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(25);
    const pages = e.page.getByRole('navigation', { name: 'Phân trang kết quả Chỉ số CCHC' });
    expect(await pages.textContent()).toMatch(/Trang 1 \/ [2-9]/);
    const firstUnit = await rows.first().locator('th').textContent();
    await pages.getByRole('button', { name: 'Trang sau ›' }).click();
    await pages.getByText(/Trang 2 \//).waitFor();
    await e.page.waitForFunction((name) => document.querySelector('[data-testid="par-results"] tbody tr th')?.textContent !== name, firstUnit);

    // The ranking chart (one bar per unit) starts closed and is opened and closed from the keyboard.
    const ranking = e.page.getByTestId('par-chart-ranking');
    expect(await ranking.getAttribute('open')).toBeNull();
    expect(await ranking.locator('figure').count()).toBe(0);
    const closedHeight = await e.page.evaluate(() => document.documentElement.scrollHeight);
    // 26,000 px before the charts could be closed and the table paged; about 3,900 px with this data.
    expect(closedHeight).toBeLessThan(5000);
    await ranking.locator('summary').focus();
    await e.page.keyboard.press('Enter');
    await ranking.locator('figure').first().waitFor();
    const openHeight = await e.page.evaluate(() => document.documentElement.scrollHeight);
    expect(openHeight).toBeGreaterThan(closedHeight);
    await e.page.keyboard.press('Enter');
    // The toggle event re-renders after the browser drops `open`: wait for the figure itself to go.
    await e.page.waitForFunction(() => !document.querySelector('[data-testid="par-chart-ranking"]')?.hasAttribute('open'));
    await e.page.waitForFunction(() => !document.querySelector('[data-testid="par-chart-ranking"] figure'));

    // The distribution chart starts open and closes too.
    const distribution = e.page.getByTestId('par-chart-distribution');
    await distribution.locator('figure').waitFor();
    await distribution.locator('summary').click();
    await e.page.waitForFunction(() => !document.querySelector('[data-testid="par-chart-distribution"] figure'));
  });

  it('shows a long read-only value whole, wrapped, and the campaign switcher, on a 390 px phone', async () => {
    await e.page.setViewportSize({ width: 390, height: 800 });
    await e.page.goto(`${e.baseUrl}/thi-dua/${kh34Id}/dang-ky/${forwardedId}`);
    const content = e.page.getByLabel('Đăng ký thi đua', { exact: true });
    await content.waitFor();
    const box = await content.evaluate((el) => ({ tag: el.tagName, readOnly: (el as HTMLTextAreaElement).readOnly, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(box).toMatchObject({ tag: 'TEXTAREA', readOnly: true });
    // "Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020" takes two lines or more, none of it hidden.
    expect(box.scrollHeight).toBeLessThanOrEqual(box.clientHeight + 1);
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth + 1);
    expect(box.clientHeight).toBeGreaterThan(50);

    // The campaign switcher fits the phone too: no sideways scrolling.
    await e.page.goto(`${e.baseUrl}/thi-dua/${kh34Id}/du-dieu-kien`);
    await e.page.getByLabel('Đợt thi đua', { exact: true }).waitFor();
    expect(await e.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await e.page.setViewportSize({ width: 1280, height: 800 });
  });
});
