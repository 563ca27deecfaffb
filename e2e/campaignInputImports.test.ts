import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { toCsv } from '../src/documents/tabular/csv';
import { hashPassword } from '../src/server/kit/passwords';
import { importChosenFile, login, startE2E, type E2E } from './support';

const PASSWORD = 'SoNoiVu@2021';
let e: E2E;
let tmp: string;

/**
 * Sở Nội vụ records from paper, on /xep-loai/2020, the unit heads' attestations and a district's recognition of its
 * best commune by importing CSV files (dry run first), then sees them listed.
 */
beforeAll(async () => {
  e = await startE2E();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-e2e-inputs-'));
  const [unit] = await e.database.db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, 'SNV-CCHC')));
  await e.database.db.insert(users).values({
    username: 'nv.sonoivu',
    fullName: 'Nguyễn Văn Nội',
    role: 'province_secretariat',
    orgUnitId: unit.id,
    passwordHash: await hashPassword(PASSWORD),
    mustChangePassword: false,
  });
});
afterAll(async () => {
  await e?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function importFile(idPrefix: string, name: string, header: string[], rows: string[][]) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, toCsv(header, rows));
  const panel = e.page.locator(`section[aria-labelledby="${idPrefix}-title"]`);
  await e.page.locator(`#${idPrefix}-file`).setInputFiles(file);
  await importChosenFile(panel);
}

describe('attestation and recognition import on the ratings page, in Chromium', () => {
  it('imports attestations and a recognition from CSV and lists them', async () => {
    await login(e, 'nv.sonoivu', PASSWORD);
    await e.page.getByTestId('current-user').waitFor();
    await e.page.goto(`${e.baseUrl}/xep-loai/2020`);
    await e.page.locator('#attestation-import-file').waitFor();
    expect(await e.page.getByRole('link', { name: 'Xuất CSV' }).count()).toBe(3);

    await importFile('attestation-import', 'xac-nhan.csv', ['Mã đơn vị', 'Tên đơn vị', 'Gương mẫu chấp hành', 'Nội bộ đoàn kết'], [['SNV', 'Sở Nội vụ', 'Có', 'Không']]);
    const attested = e.page.getByTestId('attestations').locator('tr', { hasText: 'Sở Nội vụ' });
    await attested.waitFor();
    expect(await attested.textContent()).toContain('CóKhông');

    await importFile('recognition-import', 'cong-nhan.csv', ['Mã huyện', 'Tên huyện', 'Mã xã', 'Tên xã', 'Số quyết định', 'Ngày công nhận'], [['906', '', '30904', '', '125/QĐ-UBND', '15/01/2021']]);
    const recognised = e.page.getByTestId('recognitions').locator('tr', { hasText: 'Thị trấn Giồng Riềng' });
    await recognised.waitFor();
    expect(await recognised.textContent()).toContain('125/QĐ-UBND ngày 15/01/2021');
  });
});
