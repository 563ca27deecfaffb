import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { hashPassword } from '../src/server/kit/passwords';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'NoiVuGR@2021';
let e: E2E;

/**
 * Phòng Nội vụ of Giồng Riềng opens the PAR page of 2020, enters the class and points of Thị trấn Giồng Riềng
 * (a form sent empty names its fields), then records the district's decision publishing its communes' results; the
 * table shows the rank and the decision, and the entry form is gone (frozen).
 */
beforeAll(async () => {
  e = await startE2E({ now: () => new Date('2021-05-20T03:00:00Z') });
  const [district] = await e.database.db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, '906')));
  await e.database.db.insert(users).values({ username: 'nv.giongrieng', fullName: 'Trần Văn Huyện', role: 'district_aggregator', orgUnitId: district.id, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
});
afterAll(async () => e?.close());

describe("a district's assessment of its communes (basis B), in Chromium", () => {
  it('is entered and published by the district on the PAR page', async () => {
    const page = e.page;
    await login(e, 'nv.giongrieng', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/chi-so-cchc/2020`);
    const section = page.getByTestId('district-commune-results');
    await section.getByRole('heading', { name: 'Kết quả CCHC năm 2020 của các xã thuộc Huyện Giồng Riềng' }).waitFor();

    await section.getByRole('button', { name: 'Lưu kết quả' }).click();
    const summary = section.getByRole('alert');
    await summary.getByText('Xã, phường, thị trấn: chọn một đơn vị').waitFor();
    expect(await summary.textContent()).toContain('Xếp loại: chọn một mức');

    await page.locator('#dcr-commune').selectOption({ label: 'Thị trấn Giồng Riềng' });
    await page.locator('#dcr-class').selectOption('excellent');
    await page.locator('#dcr-points').fill('92,5');
    await section.getByRole('button', { name: 'Lưu kết quả' }).click();
    await section.getByText('Đã lưu kết quả năm 2020 của Thị trấn Giồng Riềng.').waitFor();

    await page.locator('#dcr-pub-number').fill('215/QĐ-UBND');
    await page.locator('#dcr-pub-date').fill('18/05/2021');
    await page.locator('#dcr-pub-signer').fill('Chủ tịch UBND huyện Giồng Riềng');
    await section.getByRole('button', { name: 'Công bố và chốt kết quả các xã' }).click();
    await section.getByText('Đã công bố theo Quyết định số 215/QĐ-UBND ngày 18/05/2021').waitFor();
    const row = section.getByTestId('district-commune-table').locator('tr', { hasText: 'Thị trấn Giồng Riềng' });
    expect(await row.textContent()).toContain('Xuất sắc92,51');
    expect(await section.getByRole('button', { name: 'Lưu kết quả' }).count()).toBe(0);
  });
});
