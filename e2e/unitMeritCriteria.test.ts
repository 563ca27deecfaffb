import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { hashPassword } from '../src/server/kit/passwords';
import { kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'SoTuPhap@2021';
let e: E2E;
let campaignId: string;

/** A department officer sets the department's Giấy khen criteria (Khoản 2, Mục III), through the error summary. */
beforeAll(async () => {
  e = await startE2E();
  const db = e.database.db;
  const [stp] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, 'STP')));
  await db.insert(users).values({ username: 'cb.sotuphap', fullName: 'Lê Thị Pháp', role: 'unit_officer', orgUnitId: stp.id, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  campaignId = await kh34CampaignId(db);
});
afterAll(async () => e?.close());

describe('Giấy khen criteria, in Chromium', () => {
  it('lets a department officer write its list, showing a repeated code in the error summary', async () => {
    await login(e, 'cb.sotuphap', PASSWORD);
    await e.page.getByTestId('current-user').waitFor();
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await e.page.getByRole('link', { name: /Tiêu chuẩn Giấy khen/ }).click();
    await e.page.getByRole('heading', { level: 1, name: 'Tiêu chuẩn Giấy khen' }).waitFor();
    await e.page.getByLabel('Nội dung tiêu chuẩn thứ 1').fill('Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020');
    await e.page.getByRole('button', { name: 'Thêm tiêu chuẩn' }).click();
    await e.page.getByLabel('Mã tiêu chuẩn thứ 2').fill('1');
    await e.page.getByLabel('Nội dung tiêu chuẩn thứ 2').fill('Có sáng kiến được áp dụng');
    await e.page.getByRole('button', { name: 'Lưu tiêu chuẩn' }).click();
    const summary = e.page.getByTestId('error-summary');
    await summary.getByText(/Tiêu chuẩn thứ 2 — Mã tiêu chuẩn "1" trùng với tiêu chuẩn thứ 1/).first().waitFor();
    await e.page.getByLabel('Mã tiêu chuẩn thứ 2').fill('2');
    await e.page.getByRole('button', { name: 'Lưu tiêu chuẩn' }).click();
    await e.page.getByText('Đã lưu tiêu chuẩn Giấy khen.').waitFor();
    const section = e.page.locator('[data-testid="issuer-criteria"][data-code="STP"]');
    expect(await section.getByLabel('Nội dung tiêu chuẩn thứ 2').inputValue()).toBe('Có sáng kiến được áp dụng');
  });
});
