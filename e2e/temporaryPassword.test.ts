import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { hashPassword } from '../src/server/kit/passwords';
import { login, startE2E, type E2E } from './support';

const TEMPORARY = 'TamThoi#2021';
let e: E2E;

/** An account on a temporary password, as the administrator leaves it after creating it or resetting its password. */
beforeAll(async () => {
  e = await startE2E();
  const db = e.database.db;
  const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, '30904')));
  await db.insert(users).values({ username: 'mat.khau.tam', fullName: 'Phạm Thị Dung', role: 'unit_officer', orgUnitId: unit.id, passwordHash: await hashPassword(TEMPORARY), mustChangePassword: true });
});
afterAll(async () => e?.close());

describe('a temporary password, in Chromium', () => {
  it('leads to the change-password page, refuses a common password naming the field, then opens the app', async () => {
    await login(e, 'mat.khau.tam', TEMPORARY);
    await e.page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();
    expect(new URL(e.page.url()).pathname).toBe('/doi-mat-khau');
    await e.page.getByText('Bạn đang dùng mật khẩu tạm thời.').waitFor();
    // The API itself refuses everything else to this session, not only the screen.
    const blocked = await e.page.evaluate(async () => {
      const res = await fetch('/api/org-units');
      return { status: res.status, message: (await res.json()).error.message };
    });
    expect(blocked).toEqual({ status: 403, message: 'Bạn phải đổi mật khẩu tạm thời trước khi tiếp tục.' });

    await e.page.getByLabel('Mật khẩu hiện tại').fill(TEMPORARY);
    await e.page.getByLabel('Mật khẩu mới', { exact: true }).fill('password1');
    await e.page.getByLabel('Nhập lại mật khẩu mới').fill('password1');
    await e.page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    const summary = e.page.getByTestId('error-summary');
    await summary.getByText('Mật khẩu mới: Quá phổ biến: có trong danh sách mật khẩu thường gặp hoặc đã bị lộ').waitFor();

    await e.page.getByLabel('Mật khẩu mới', { exact: true }).fill('Ruộng lúa Giồng Riềng');
    await e.page.getByLabel('Nhập lại mật khẩu mới').fill('Ruộng lúa Giồng Riềng');
    await e.page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await e.page.getByText('Đã đổi mật khẩu.').waitFor();
    await e.page.goto(`${e.baseUrl}/don-vi`);
    await e.page.getByLabel('Tìm đơn vị').waitFor();
    expect(new URL(e.page.url()).pathname).toBe('/don-vi');
  });
});
