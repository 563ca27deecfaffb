import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, login, startE2E, type E2E } from './support';

let e: E2E;

/**
 * In Chromium: the administrator checks the tamper-evident audit chain (intact, then an edited row is named), and turns
 * the e-mail of their own notices off on their account page.
 */
beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => e?.close());

describe('audit chain and e-mail choice, in Chromium', () => {
  it('the admin checks the chain: intact, then the edited row is named', async () => {
    const { page } = e;
    await login(e, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/nhat-ky`);
    await page.getByRole('link', { name: 'Kiểm tra chuỗi nhật ký chống sửa' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kiểm tra chuỗi nhật ký' }).waitFor();
    await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    const result = page.getByTestId('audit-chain-result');
    await result.getByText('Chuỗi nhật ký nguyên vẹn.').waitFor();

    await e.database.db.execute(sql`update audit_events set reason = 'sửa lén' where seq = 2`);
    await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await result.getByText('Chuỗi nhật ký đã bị thay đổi.').waitFor();
    await result.getByText('nội dung hoặc mã băm của dòng đã bị sửa').waitFor();
    const seqValue = result.locator('dt:text-is("Số thứ tự") + dd');
    await expect(seqValue.textContent()).resolves.toBe('2');
  });

  it('turns the e-mail of one\'s own notices off on the account page', async () => {
    const { page } = e;
    await page.goto(`${e.baseUrl}/doi-mat-khau`);
    const box = page.getByLabel('Gửi thông báo của tôi qua thư điện tử');
    await box.waitFor();
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await page.getByRole('button', { name: 'Lưu lựa chọn' }).click();
    await page.getByRole('status').getByText('Đã tắt: thông báo gửi riêng cho bạn chỉ hiện trong hệ thống.').waitFor();
    await page.reload();
    await page.getByLabel('Gửi thông báo của tôi qua thư điện tử').waitFor();
    expect(await page.getByLabel('Gửi thông báo của tôi qua thư điện tử').isChecked()).toBe(false);
  });
});
