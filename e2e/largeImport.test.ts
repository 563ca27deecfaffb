import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { like } from 'drizzle-orm';
import { orgUnits } from '../src/db/schema';
import { toCsv } from '../src/documents/tabular/csv';
import { ADMIN_PASSWORD, login, startE2E, type E2E } from './support';

/** Rows above which this server runs an import as a background job (small, so the test stays quick). */
const THRESHOLD = 100;
const ROWS = 300;
let e: E2E;
let tmp: string;

beforeAll(async () => {
  e = await startE2E({ jobs: true, config: { importBackgroundRows: THRESHOLD } });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-large-import-'));
}, 120_000);
afterAll(async () => {
  await e?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('a large import runs in the background, in Chromium', () => {
  it('the administrator imports a file above the row threshold: progress shows, then the result', async () => {
    const { page } = e;
    const file = path.join(tmp, 'don-vi-lon.csv');
    const rows = Array.from({ length: ROWS }, (_, i) => [`LON-${i + 1}`, `Tổ CCHC số ${i + 1}`, 'Đơn vị chuyên trách CCHC', 'Cấp huyện', '906']);
    fs.writeFileSync(file, toCsv(['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Cấp chuyên trách CCHC', 'Mã đơn vị cấp trên'], rows));
    await login(e, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/don-vi`);
    await page.locator('#import-file').setInputFiles(file);

    await page.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click();
    const progress = page.getByTestId('import-job-progress');
    await progress.waitFor();
    expect(await progress.getAttribute('role')).toBe('status');
    expect(await progress.textContent()).toMatch(/Tệp lớn đang được xử lý trên máy chủ: .+ \(\d+%\)/);
    expect(await progress.locator('progress').count()).toBe(1);
    // The buttons wait while the job runs, so the file is not sent twice.
    expect(await page.getByRole('button', { name: 'Nhập dữ liệu' }).isDisabled()).toBe(true);
    const result = page.getByTestId('import-result');
    await result.getByText('Kiểm tra xong: tệp hợp lệ, có thể nhập dữ liệu').waitFor({ timeout: 60_000 });
    expect(await result.textContent()).toContain(`Tổng số dòng${ROWS}`);
    expect(await progress.count()).toBe(0);
    expect(await e.database.db.select().from(orgUnits).where(like(orgUnits.code, 'LON-%'))).toHaveLength(0);

    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await progress.waitFor();
    await result.getByText('Đã nhập dữ liệu').waitFor({ timeout: 60_000 });
    expect(await e.database.db.select().from(orgUnits).where(like(orgUnits.code, 'LON-%'))).toHaveLength(ROWS);
    expect(await e.accessibility.flush()).toEqual([]);
  }, 180_000);
});
