import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { campaigns, orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import type { CampaignDefinition } from '../src/domain/campaigns/campaignDefinition';
import { kh34Campaign } from '../src/domain/campaigns/kh34Campaign';
import { hashPassword } from '../src/server/kit/passwords';
import { login, startE2E, type E2E } from './support';

/**
 * Campaign set-up by Sở Nội vụ on the seeded 34/KH-UBND campaign: the edit form refuses an empty theme through the
 * error summary, then saves a new default registration content, which the campaign page shows; clause references
 * and the fields the form does not show are kept.
 */
const PASSWORD = 'ThiDua@2020';
const NEW_DEFAULT = 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính và chuyển đổi số năm 2020';

let e: E2E;
let campaignId: string;

beforeAll(async () => {
  e = await startE2E({ now: () => new Date('2020-03-20T09:00:00+07:00') });
  const db = e.database.db;
  const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, 'SNV-CCHC')));
  await db.insert(users).values({ username: 'snv.cchc', fullName: 'Đặng Văn Sở', role: 'province_secretariat', orgUnitId: unit.id, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  [{ id: campaignId }] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.planNumber, '34/KH-UBND'));
});
afterAll(async () => e?.close());

describe('campaign set-up in Chromium', () => {
  it('lets Sở Nội vụ edit the plan: an empty theme is named in the error summary, the saved default shows on the campaign page', async () => {
    await login(e, 'snv.cchc', PASSWORD);
    await e.page.getByTestId('current-user').waitFor();
    await e.page.getByRole('link', { name: 'Thi đua', exact: true }).click();
    await e.page.getByRole('link', { name: 'Tạo đợt thi đua' }).waitFor();
    await e.page.getByRole('link', { name: 'Kế hoạch số 34/KH-UBND ngày 03/03/2020' }).click();
    await e.page.getByRole('link', { name: 'Sửa kế hoạch' }).click();
    await e.page.getByRole('heading', { level: 1, name: 'Sửa Kế hoạch số 34/KH-UBND' }).waitFor();
    expect(await e.page.getByLabel('Ngày ban hành').inputValue()).toBe('03/03/2020');
    expect(await e.page.getByLabel('Hạn đăng ký thi đua').inputValue()).toBe('31/03/2020');
    // The per-district overrides come with their districts from the org tree.
    await expect.poll(() => e.page.getByLabel('Huyện (dòng 1)').inputValue()).toBe('906');

    const theme = e.page.getByLabel('Chủ đề thi đua');
    const originalTheme = await theme.inputValue();
    await theme.fill('');
    await e.page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    const summary = e.page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Chủ đề');
    expect(await e.page.title()).toMatch(/^Lỗi: /);
    // The summary's link leads to the field.
    await summary.getByRole('link').first().click();
    expect(await e.page.evaluate(() => document.activeElement?.id)).toBe('cf-theme');

    // A date that does not exist is caught before sending, naming the field.
    await e.page.getByLabel('Hạn đăng ký thi đua').fill('31/02/2020');
    await theme.fill(originalTheme);
    await e.page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Hạn đăng ký thi đua: phải là một ngày có thật');
    await e.page.getByLabel('Hạn đăng ký thi đua').fill('31/03/2020');

    // Works on a phone: nothing wider than the screen but the scrolling tables.
    await e.page.setViewportSize({ width: 375, height: 740 });
    expect(await e.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    if (process.env.SCREENSHOT_DIR) await e.page.getByTestId('quota-overrides').screenshot({ path: `${process.env.SCREENSHOT_DIR}/campaign-form-375-quotas.png` });
    await e.page.getByLabel('Nội dung đăng ký mặc định').fill(NEW_DEFAULT);
    await e.page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await e.page.getByText('Đã lưu kế hoạch.').waitFor();
    await e.page.setViewportSize({ width: 1280, height: 800 });
    expect(await e.page.getByTestId('campaign-registration-default').textContent()).toBe(NEW_DEFAULT);
    expect(await e.page.getByTestId('campaign-summary').textContent()).toContain(originalTheme);

    const [row] = await e.database.db.select({ definition: campaigns.definition }).from(campaigns).where(eq(campaigns.id, campaignId));
    const saved = row.definition as CampaignDefinition;
    // Only the edited value changed: clauses, grounds, recipients and overrides are as the plan has them.
    expect(saved).toEqual({ ...kh34Campaign, registrationContentDefault: NEW_DEFAULT });
  });

  it('creates a new draft from the reference plan moved to this year, with what to review listed', async () => {
    await e.page.goto(`${e.baseUrl}/thi-dua`);
    await e.page.getByRole('link', { name: 'Tạo đợt thi đua' }).click();
    await e.page.getByRole('heading', { level: 1, name: 'Tạo đợt thi đua' }).waitFor();
    await e.page.getByText(/^Dự thảo lập từ Kế hoạch số 34\/KH-UBND, dời sang năm \d{4}\. Cần rà soát:$/).waitFor();
    const year = await e.page.getByLabel('Năm thi đua').inputValue();
    expect(await e.page.getByLabel('Số, ký hiệu kế hoạch').inputValue()).toBe('…/KH-UBND');
    expect(await e.page.getByLabel('Ngày ban hành').inputValue()).toBe(`03/03/${year}`);
    // On a phone: no sideways scrolling of the page.
    await e.page.setViewportSize({ width: 375, height: 740 });
    expect(await e.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    if (process.env.SCREENSHOT_DIR) {
      await e.page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/campaign-form-375.png` });
    }
    await e.page.setViewportSize({ width: 1280, height: 800 });
    await e.page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await e.page.getByText('Đã tạo dự thảo đợt thi đua.').waitFor();
    await e.page.getByRole('heading', { level: 1, name: `Kế hoạch số …/KH-UBND ngày 03/03/${year}` }).waitFor();
    expect(await e.page.getByTestId('campaign-status').textContent()).toBe('Dự thảo');
  });
});
