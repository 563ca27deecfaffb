import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { hashPassword } from '../src/server/kit/passwords';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'PhanAnh@2021';
let e: E2E;

/**
 * Feedback (phản ánh, vướng mắc; issue 11, item 7) in Chromium: a commune officer raises a difficulty (an empty form
 * is refused naming the fields), Sở Nội vụ sees it waiting and answers, the officer is notified and reads the answer.
 */
beforeAll(async () => {
  e = await startE2E();
  const db = e.database.db;
  const unit = async (code: string) => (await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code))))[0].id;
  const passwordHash = await hashPassword(PASSWORD);
  await db.insert(users).values([
    { username: 'snv.cchc', fullName: 'Trần Thị Cải', role: 'province_secretariat', orgUnitId: await unit('SNV-CCHC'), passwordHash, mustChangePassword: false },
    { username: 'ttgr.canbo', fullName: 'Nguyễn Văn Giồng', role: 'unit_officer', orgUnitId: await unit('30904'), passwordHash, mustChangePassword: false },
  ]);
});
afterAll(async () => e?.close());

const SUBJECT = 'Vướng mắc về mẫu báo cáo thành tích của xã';
const ANSWER = 'Đơn vị dùng Mẫu số 02 kèm Phụ lục; Sở Nội vụ đã gửi hướng dẫn qua hệ thống.';

describe('feedback, in Chromium', () => {
  it('a commune officer raises a difficulty, Sở Nội vụ answers, the officer sees the answer', async () => {
    const { page } = e;
    await login(e, 'ttgr.canbo', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.getByRole('link', { name: 'Phản ánh', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Phản ánh, vướng mắc' }).waitFor();
    await page.getByText('Không có phản ánh nào.').waitFor();
    await page.getByRole('link', { name: 'Gửi phản ánh mới' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gửi phản ánh mới' }).waitFor();
    await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.getByText('Tiêu đề phản ánh: chưa nhập').waitFor();
    await summary.getByText('Nội dung: chưa nhập').waitFor();
    await page.getByLabel('Tiêu đề phản ánh').fill(SUBJECT);
    await page.getByLabel('Nội dung', { exact: true }).fill('Mẫu số 02 chưa có mục cho tập thể cấp xã.\nĐề nghị Sở hướng dẫn.');
    await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await page.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await expect(page.getByTestId('feedback-status').textContent()).resolves.toBe('Chờ trả lời');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();

    await login(e, 'snv.cchc', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/phan-anh`);
    const row = page.getByTestId('feedback-table').getByRole('row', { name: new RegExp(SUBJECT) });
    await row.getByText('Thị trấn Giồng Riềng').waitFor();
    await row.getByText('dưới 1 giờ').waitFor();
    await row.getByRole('link', { name: SUBJECT }).click();
    await page.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.getByTestId('error-summary').getByText('Nội dung: chưa nhập').waitFor();
    await page.getByLabel('Trả lời của Sở Nội vụ').fill(ANSWER);
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.getByTestId('feedback-status').getByText('Đã trả lời').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();

    await login(e, 'ttgr.canbo', PASSWORD);
    await page.getByRole('link', { name: 'Thông báo 1 chưa đọc' }).waitFor();
    await page.getByTestId('notification-bell').click();
    const notice = page.getByTestId('notice');
    await notice.getByText(`Sở Nội vụ đã trả lời phản ánh: ${SUBJECT}`).waitFor();
    await notice.getByRole('link', { name: 'Xem và thực hiện' }).click();
    await page.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await expect(page.getByTestId('feedback-status').textContent()).resolves.toBe('Đã trả lời');
    const answer = page.getByTestId('feedback-message').filter({ hasText: 'Sở Nội vụ trả lời' });
    await answer.getByText(ANSWER).waitFor();
    expect(await page.getByTestId('feedback-message').count()).toBe(2);
  });
});
