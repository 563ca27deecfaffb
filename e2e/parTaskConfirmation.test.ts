import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { hashPassword } from '../src/server/kit/passwords';
import { createPerson } from '../src/server/kit/testing/eligibilityFixtures';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'GiamDoc@2021';
let e: E2E;

/**
 * The head of Sở Nội vụ opens the ratings of 2020, the "Cá nhân" tab, finds one of the department's officials by a
 * name typed without diacritics and confirms that she carried out the assigned CCHC tasks excellently and does CCHC
 * work directly (III.1.b); the confirmation is listed. A form sent empty names its fields.
 */
beforeAll(async () => {
  e = await startE2E();
  const db = e.database.db;
  const [snv] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, 'SNV')));
  await db.insert(users).values({ username: 'gd.sonoivu', fullName: 'Giám đốc Sở Nội vụ', role: 'unit_head', orgUnitId: snv.id, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  await createPerson(db, snv.id, 'Phạm Thị Hồng Nhung', 'Chuyên viên phòng CCHC');
});
afterAll(async () => e?.close());

describe("the head's confirmation of a person's excellent CCHC tasks, in Chromium", () => {
  it('is entered by the head on the Cá nhân tab of the ratings page and listed', async () => {
    const page = e.page;
    await login(e, 'gd.sonoivu', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/xep-loai/2020`);
    await page.locator('#rating-subject').selectOption('person');
    const panel = page.getByTestId('par-task-confirmations');
    await panel.getByText('Chưa có xác nhận nào.').waitFor();

    await panel.getByRole('button', { name: 'Lưu xác nhận' }).click();
    const summary = panel.getByRole('alert');
    await summary.getByText('Cá nhân: tìm theo họ tên rồi chọn một người').waitFor();
    expect(await summary.textContent()).toContain('Thực hiện xuất sắc các nhiệm vụ CCHC được giao');

    await page.locator('#ptc-person').fill('hong nhung');
    await panel.getByRole('button', { name: /Phạm Thị Hồng Nhung/ }).click();
    await page.locator('#ptc-excellent').selectOption('true');
    await page.locator('#ptc-directly').selectOption('true');
    await panel.getByRole('button', { name: 'Lưu xác nhận' }).click();
    await panel.getByText('Đã lưu xác nhận năm 2020 của Phạm Thị Hồng Nhung (Sở Nội vụ).').waitFor();
    const row = panel.getByTestId('par-task-confirmation-list').locator('tr', { hasText: 'Phạm Thị Hồng Nhung' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Sở Nội vụCóCó');
  });
});
