import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { hashPassword } from '../src/server/kit/passwords';
import { login, startE2E, type E2E } from './support';

/** After login each role lands on its tasks: what to do, by when, in which campaign (server clock 20/03/2020). */
const PASSWORD = 'ThiDua@2020';
let e: E2E;

beforeAll(async () => {
  e = await startE2E({ now: () => new Date('2020-03-20T09:00:00+07:00') });
  const db = e.database.db;
  const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, '30904')));
  await db.insert(users).values({ username: 'canbo.home', fullName: 'Lý Thị Cán Bộ', role: 'unit_officer', orgUnitId: unit.id, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
});
afterAll(async () => e?.close());

describe('home in Chromium', () => {
  it('shows a commune officer the registration task with its deadline and a link to the form', async () => {
    await login(e, 'canbo.home', PASSWORD);
    const list = e.page.getByTestId('task-list');
    await list.waitFor();
    expect(new URL(e.page.url()).pathname).toBe('/');
    const text = (await list.textContent()) ?? '';
    expect(text).toContain('Lập bản đăng ký thi đua của đơn vị');
    expect(text).toContain('Kế hoạch 34/KH-UBND (2020)');
    expect(text).toContain('hạn chót 31/03/2020 23:59');
    expect(text).toContain('Còn 11 ngày');
    await list.getByRole('link', { name: 'Lập bản đăng ký thi đua của đơn vị' }).click();
    await e.page.waitForURL(/\/thi-dua\/[^/]+\/dang-ky$/);
  });

  it('fits a phone', async () => {
    await e.page.setViewportSize({ width: 390, height: 800 });
    await e.page.goto(`${e.baseUrl}/`);
    await e.page.getByTestId('task-list').waitFor();
    expect(await e.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});
