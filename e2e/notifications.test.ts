import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { hashPassword } from '../src/server/kit/passwords';
import { kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { setPublishedClass } from '../src/server/kit/testing/nominationFixtures';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'ThongBao@2021';
let e: E2E;
let campaignId: string;

/**
 * Issue 10 §1 in Chromium: Sở Nội vụ picks Sở Tư pháp (excellent group of the 2020 ranking) as a typical collective;
 * Sở Tư pháp's officer then sees the bell count, reads the notice and marks it read. No SMTP here: in-app only.
 */
beforeAll(async () => {
  e = await startE2E({ now: () => new Date('2021-05-10T03:00:00Z') });
  const db = e.database.db;
  const unit = async (code: string) => (await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code))))[0].id;
  const passwordHash = await hashPassword(PASSWORD);
  await db.insert(users).values([
    { username: 'snv.cchc', fullName: 'Trần Thị Cải', role: 'province_secretariat', orgUnitId: await unit('SNV-CCHC'), passwordHash, mustChangePassword: false },
    { username: 'stp.vanthu', fullName: 'Lê Văn Pháp', role: 'unit_officer', orgUnitId: await unit('STP'), passwordHash, mustChangePassword: false },
  ]);
  campaignId = await kh34CampaignId(db);
  await setPublishedClass(db, await unit('STP'), 'excellent');
});
afterAll(async () => e?.close());

describe('selection notice, in Chromium', () => {
  it('Sở Nội vụ picks a collective; that unit’s officer sees the notice and marks it read', async () => {
    const { page } = e;
    await login(e, 'snv.cchc', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}/de-nghi-khen-thuong`);
    await page.getByRole('link', { name: 'Chọn tập thể tiêu biểu trong nhóm xuất sắc' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chọn tập thể tiêu biểu' }).waitFor();
    // Nothing ticked: the error summary and the inline error name the field.
    await page.getByRole('button', { name: 'Chọn và thông báo cho đơn vị' }).click();
    await page.getByRole('alert').getByText('Tập thể được chọn: chọn ít nhất một tập thể').first().waitFor();
    await page.getByLabel('Sở Tư pháp').check();
    await page.getByRole('button', { name: 'Chọn và thông báo cho đơn vị' }).click();
    await page.getByRole('status').getByText('Đã chọn Sở Tư pháp; đơn vị đã được thông báo lập hồ sơ khen thưởng.').waitFor();
    await page.getByRole('heading', { name: 'Tập thể đã chọn' }).waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();

    await login(e, 'stp.vanthu', PASSWORD);
    const bell = page.getByTestId('notification-bell');
    await page.getByRole('link', { name: 'Thông báo 1 chưa đọc' }).waitFor();
    await bell.click();
    await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
    const notice = page.getByTestId('notice');
    await notice.getByText('Sở Tư pháp được chọn là tập thể tiêu biểu — đề nghị lập hồ sơ khen thưởng').waitFor();
    await expect(notice.getByRole('link', { name: 'Xem và thực hiện' }).getAttribute('href')).resolves.toBe(`/thi-dua/${campaignId}/de-nghi-khen-thuong`);
    await notice.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
    await page.getByText('Không có thông báo chưa đọc.').waitFor();
    await page.getByRole('link', { name: 'Thông báo', exact: true }).waitFor();
    await expect(notice.getByText('Đã đọc lúc', { exact: false }).count()).resolves.toBe(1);
  });
});
