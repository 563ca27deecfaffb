import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, login, startE2E, type E2E } from './support';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => e?.close());

describe('foundation in Chromium', () => {
  it('shows the error summary for a wrong password, focused, naming the field', async () => {
    await login(e, 'admin', 'sai-mat-khau');
    const summary = e.page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(await e.page.title()).toMatch(/^Lỗi: /);
    const focusedInSummary = await e.page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="error-summary"]')));
    expect(focusedInSummary).toBe(true);
    // The summary's link leads to the password field.
    await summary.getByRole('link').first().click();
    expect(await e.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('password');
  });

  it('logs in as admin, finds "giong rieng" and opens Huyện Giồng Riềng with its 19 communes', async () => {
    await login(e, 'admin', ADMIN_PASSWORD);
    await e.page.getByTestId('current-user').waitFor();
    await e.page.goto(`${e.baseUrl}/don-vi`);
    await e.page.getByLabel('Tìm đơn vị').fill('giong rieng');
    const results = e.page.getByTestId('org-unit-search-results');
    const link = results.getByRole('link', { name: 'Huyện Giồng Riềng', exact: true });
    await link.waitFor();
    await link.click();
    await e.page.getByRole('heading', { level: 1, name: 'Huyện Giồng Riềng' }).waitFor();
    const children = e.page.getByTestId('org-unit-children');
    await children.getByText('Thị trấn Giồng Riềng').waitFor();
    const text = (await children.textContent()) ?? '';
    // The "Loại đơn vị" column of each row: 19 communes and the district's Phòng Nội vụ.
    const kinds = await children.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(kinds.filter((k) => k.trim() === 'Cấp xã')).toHaveLength(19);
    expect(text).toContain('Phòng Nội vụ huyện Giồng Riềng');
  });

  it('works on a phone-sized screen: no sideways scrolling, menu behind a button', async () => {
    await e.page.setViewportSize({ width: 375, height: 740 });
    await e.page.goto(`${e.baseUrl}/don-vi`);
    await e.page.getByRole('button', { name: 'Danh mục' }).waitFor();
    const overflow = await e.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await e.page.setViewportSize({ width: 1280, height: 800 });
  });
});
