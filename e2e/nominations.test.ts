import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { hashPassword } from '../src/server/kit/passwords';
import { kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { createCommunes, makeEligibleUnit } from '../src/server/kit/testing/nominationFixtures';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'ChauThanh@2021';
let e: E2E;
let campaignId: string;
let communes: { id: string; name: string }[];
let districtId: string;

/**
 * The district's part of issue 10 in Chromium: Phòng Nội vụ of Huyện Châu Thành (quota: 1 commune) proposes one of
 * its communes from the campaign page, sees the gauge fill, and is refused a second commune with the quota message.
 * Set-up straight in the database, on a clock after the 2020 ranking's publication: the account, and two registered,
 * attested, recognised communes in the excellent group.
 */
beforeAll(async () => {
  e = await startE2E({ now: () => new Date('2021-05-10T03:00:00Z') });
  const db = e.database.db;
  const [district] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, '905')));
  await db.insert(users).values({ username: 'pnv.chauthanh', fullName: 'Lê Văn Thành', role: 'district_aggregator', orgUnitId: district.id, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  campaignId = await kh34CampaignId(db);
  districtId = district.id;
  communes = await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(and(eq(orgUnits.parentId, district.id), eq(orgUnits.kind, 'commune'))).orderBy(asc(orgUnits.code)).limit(2);
  for (const c of communes) await makeEligibleUnit(db, { campaignId, unitId: c.id });
});
afterAll(async () => e?.close());

describe('a district proposes its commune within its quota, in Chromium', () => {
  it('proposes one commune, then is refused a second with the quota, its clause and the one already proposed', async () => {
    const { page } = e;
    await login(e, 'pnv.chauthanh', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await page.getByRole('link', { name: 'Đề nghị khen thưởng và chỉ tiêu (Khoản 4, Mục III)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đề nghị khen thưởng' }).waitFor();
    const gauge = page.getByTestId('quota-gauge');
    await gauge.getByText('Đã đề nghị 0/1 xã — Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III').waitFor();

    const select = page.getByLabel('Tập thể, cá nhân được đề nghị');
    await select.selectOption({ label: `${communes[0].name} — Huyện Châu Thành đề nghị` });
    await page.getByRole('button', { name: 'Đề nghị khen thưởng' }).click();
    await page.getByRole('status').getByText(`Đã đề nghị khen thưởng ${communes[0].name}.`).waitFor();
    await gauge.getByText('Đã đề nghị 1/1 xã — Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III').waitFor();
    await expect(page.getByTestId('nominations').getByRole('rowheader', { name: communes[0].name }).count()).resolves.toBe(1);

    await select.selectOption({ label: `${communes[1].name} — Huyện Châu Thành đề nghị` });
    await page.getByRole('button', { name: 'Đề nghị khen thưởng' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.getByText(/Huyện Châu Thành đã đề nghị 1\/1 xã/).waitFor();
    const message = await summary.innerText();
    expect(message).toContain('Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III');
    expect(message).toContain(`Đã đề nghị: ${communes[0].name}.`);
    await expect(page.getByTestId('nominations').locator('tbody tr').count()).resolves.toBe(1);

    // Withdrawal needs its reason, asks before it acts, and keeps the reason on the row.
    await page.getByRole('button', { name: `Rút đề nghị ${communes[0].name}` }).click();
    const withdraw = page.getByRole('button', { name: 'Rút đề nghị', exact: true });
    await withdraw.click();
    await page.getByText('Lý do rút đề nghị: không được để trống').first().waitFor();
    await page.getByLabel('Lý do rút đề nghị').fill('Đề nghị nhầm xã, chọn lại sau');
    await withdraw.click();
    await page.getByRole('status').getByText(`Đã rút đề nghị khen thưởng ${communes[0].name}.`).waitFor();
    expect(e.confirmations.at(-1)).toContain(`Rút đề nghị khen thưởng ${communes[0].name}`);
    await page.getByTestId('nominations').getByText('Đề nghị nhầm xã, chọn lại sau').waitFor();
    expect(await e.accessibility.flush()).toEqual([]);
  });

  it('pages the candidates and searches them by name, from the keyboard', async () => {
    const { page } = e;
    const db = e.database.db;
    for (const id of await createCommunes(db, districtId, 50, 'Xã Phân Trang')) await makeEligibleUnit(db, { campaignId, unitId: id });
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Tập thể, cá nhân có thể đề nghị (52)' }).waitFor();
    const list = page.getByTestId('nomination-candidates');
    await expect(list.locator('tbody tr').count()).resolves.toBe(50);
    const pager = page.getByRole('navigation', { name: 'Phân trang tập thể, cá nhân có thể đề nghị' });
    await pager.getByRole('button', { name: 'Trang sau ›' }).focus();
    await page.keyboard.press('Enter');
    await pager.getByText('Trang 2 / 2').waitFor();
    await expect(list.locator('tbody tr').count()).resolves.toBe(2);
    await page.getByLabel('Tìm tập thể, cá nhân', { exact: true }).focus();
    await page.keyboard.type('phan trang 07');
    await page.getByRole('heading', { level: 2, name: 'Tập thể, cá nhân có thể đề nghị (1)' }).waitFor();
    await expect(list.getByRole('rowheader').allInnerTexts()).resolves.toEqual(['Xã Phân Trang 07']);
    await expect(pager.count()).resolves.toBe(0);
    expect(await e.accessibility.flush()).toEqual([]);
  });
});
