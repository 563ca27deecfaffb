import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, axeFindings, formatAxeFindings, login, startE2E, type E2E } from './support';

/** The axe-core hook of e2e/support.ts finds real violations (so its silence on the app's pages means something). */
let e: E2E;

beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => e?.close());

describe('the accessibility check of every browser test', () => {
  it('reports an image without a text alternative as critical, with its target and URL', async () => {
    await e.page.setContent('<html lang="vi"><head><title>Thử</title></head><body><main><h1>Thử</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
    const found = await axeFindings(e.page);
    expect(found).toEqual([expect.objectContaining({ id: 'image-alt', impact: 'critical', targets: ['img'] })]);
    expect(formatAxeFindings(found)).toContain('[critical] image-alt');
  });

  it('collects, without being asked, the violations of a page the test navigated to', async () => {
    await e.page.goto(`${e.baseUrl}/dang-nhap`);
    await e.page.getByLabel('Tên đăng nhập').waitFor();
    // The app breaks its own page: the login field loses its label, as a careless change would.
    await e.page.evaluate(() => document.querySelectorAll('label').forEach((label) => label.remove()));
    const found = await e.accessibility.flush();
    expect(found.map((f) => f.id)).toContain('label');
    expect(found.every((f) => f.url.endsWith('/dang-nhap'))).toBe(true);
    // flush() handed them over, so this test's own end-of-test check passes; a test that did not would fail with them.
    expect(await e.accessibility.flush()).toEqual([]);
  });

  it('passes the login page as the app renders it', async () => {
    await e.page.goto(`${e.baseUrl}/dang-nhap`);
    await e.page.getByLabel('Tên đăng nhập').waitFor();
    expect(formatAxeFindings(await axeFindings(e.page))).toBe('');
  });

  // Pages the flows of the other tests may not reach: every menu entry of the administrator (who sees them all), on a
  // desktop and on a 390 px phone (tables that scroll sideways must be reachable by keyboard there).
  it('passes every page of the menu, on a desktop and on a phone', async () => {
    await login(e, 'admin', ADMIN_PASSWORD);
    await e.page.getByRole('navigation').first().waitFor();
    const paths = await e.page.evaluate(() => [...new Set([...document.querySelectorAll('nav a[href^="/"]')].map((a) => a.getAttribute('href')!))]);
    expect(paths.length).toBeGreaterThanOrEqual(8);
    const found: string[] = [];
    for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 800 }]) {
      await e.page.setViewportSize(size);
      for (const path of paths) {
        await e.page.goto(`${e.baseUrl}${path}`);
        await e.page.locator('main h1').first().waitFor();
        await e.page.waitForLoadState('networkidle');
        // The automatic check of the page, collected here so that one run lists every page's findings.
        const findings = await e.accessibility.flush();
        if (findings.length) found.push(`${size.width} px:\n${formatAxeFindings(findings)}`);
      }
    }
    expect(found.join('\n')).toBe('');
  });

  // The 2018 results (seeded, 42 units) are wider than a phone: found by axe as scrollable-region-focusable before
  // TableScroll made the frame a named region in the tab order while it scrolls.
  it('lets a keyboard reach a table that scrolls sideways on a phone, and adds no tab stop when it fits', async () => {
    const frame = e.page.locator('.table-wrap').filter({ has: e.page.getByTestId('par-results') });
    await e.page.setViewportSize({ width: 390, height: 800 });
    await e.page.goto(`${e.baseUrl}/chi-so-cchc/2018`);
    await e.page.getByRole('region', { name: 'Kết quả Chỉ số CCHC năm 2018' }).waitFor();
    expect(await frame.getAttribute('tabindex')).toBe('0');
    expect(formatAxeFindings(await e.accessibility.flush())).toBe('');
    await e.page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => frame.getAttribute('tabindex')).toBeNull();
  });
});
