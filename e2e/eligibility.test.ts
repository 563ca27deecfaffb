import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attestations, orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { parseXlsx, toXlsx } from '../src/documents/tabular/xlsx';
import { hashPassword } from '../src/server/kit/passwords';
import { kh34CampaignId, register } from '../src/server/kit/testing/eligibilityFixtures';
import { importChosenFile, login, startE2E, type E2E } from './support';

const PASSWORD = 'SoNoiVu@2021';
let e: E2E;
let campaignId: string;
let tmp: string;

async function unitId(code: string): Promise<string> {
  const [u] = await e.database.db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code)));
  return u.id;
}

/**
 * The secretariat's journey of issue 4 in Chromium: import the 2020 PAR results from an XLSX built with the
 * export's own columns, publish them, and read the eligibility board with its explanations.
 * Set-up straight in the database: a secretariat account, and three registered departments, two of them attested
 * by their heads (Sở Nội vụ will be "Xuất sắc", Sở Công Thương "Tốt"; Sở Tài chính excellent but not attested).
 */
beforeAll(async () => {
  e = await startE2E();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-e2e-par-'));
  const db = e.database.db;
  await db.insert(users).values({
    username: 'nv.sonoivu',
    fullName: 'Nguyễn Văn Nội',
    role: 'province_secretariat',
    orgUnitId: await unitId('SNV-CCHC'),
    passwordHash: await hashPassword(PASSWORD),
    mustChangePassword: false,
  });
  campaignId = await kh34CampaignId(db);
  for (const code of ['SNV', 'SCT', 'STC']) await register(db, { campaignId, orgUnitId: await unitId(code), status: 'accepted' });
  for (const code of ['SNV', 'SCT']) await db.insert(attestations).values({ campaignId, orgUnitId: await unitId(code), compliance: true, solidarity: true });
});
afterAll(async () => {
  await e?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('PAR results → publication → eligibility board, in Chromium', () => {
  it('imports the 2020 PAR results from XLSX after a dry run', async () => {
    await login(e, 'nv.sonoivu', PASSWORD);
    await e.page.getByTestId('current-user').waitFor();
    // The file starts from the export of the (empty) year, so its columns are exactly the ones the import reads.
    const exported = await e.page.request.get(`${e.baseUrl}/api/par-results/export?year=2020&format=xlsx`);
    expect(exported.status()).toBe(200);
    const [header] = await parseXlsx(Buffer.from(await exported.body()));
    const row = (values: Record<string, string>) => header.map((h) => values[h] ?? '');
    const line = (code: string, name: string, appraised: string, survey: string) =>
      row({ 'Năm': '2020', 'Mã đơn vị': code, 'Tên đơn vị': name, 'Điểm thẩm định': appraised, 'Điểm điều tra xã hội học': survey });
    const file = path.join(tmp, 'chi-so-cchc-2020.xlsx');
    fs.writeFileSync(
      file,
      await toXlsx('Chỉ số CCHC 2020', header, [
        line('SNV', 'Sở Nội vụ', '72.5', '19'), // 91,5 → Xuất sắc
        line('STC', 'Sở Tài chính', '73', '19'), // 92 → Xuất sắc
        line('SCT', 'Sở Công Thương', '65', '17'), // 82 → Tốt
      ]),
    );

    await e.page.goto(`${e.baseUrl}/chi-so-cchc/2020`);
    await e.page.getByRole('heading', { level: 1, name: 'Chỉ số CCHC năm 2020' }).waitFor();
    await e.page.locator('#par-import-file').setInputFiles(file);
    await importChosenFile(e.page);

    const table = e.page.getByTestId('par-results');
    await table.getByRole('rowheader', { name: 'Sở Công Thương' }).waitFor();
    const snvRow = table.locator('tr', { hasText: 'Sở Nội vụ' });
    expect(await snvRow.textContent()).toContain('Xuất sắc');
    expect(await table.locator('tr', { hasText: 'Sở Công Thương' }).textContent()).toContain('Tốt');
  });

  it('publishes the ranking and shows the dossier deadline with its legal basis', async () => {
    await e.page.getByLabel('Số quyết định').fill('1234/QĐ-UBND');
    await e.page.getByLabel('Ngày quyết định').fill('07/05/2021');
    await e.page.getByLabel('Người ký').fill('Phó Chủ tịch UBND tỉnh');
    await e.page.getByRole('button', { name: 'Công bố và chốt bảng xếp hạng' }).click();
    const deadline = e.page.getByTestId('dossier-deadline');
    await deadline.waitFor();
    const text = (await deadline.textContent()) ?? '';
    expect(text).toContain('34/KH-UBND');
    expect(text).toMatch(/Điều 147/);
    expect(text).toMatch(/\d{2}\/\d{2}\/2021/);
    // "Công bố và chốt" asked first, saying what happens; and the campaign's status followed the publication.
    expect(e.confirmations.at(-1)).toContain('chuyển sang «Đã công bố kết quả xếp hạng CCHC»');
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await e.page.getByTestId('campaign-status').getByText('Đã công bố kết quả xếp hạng CCHC').waitFor();
    await e.page.getByTestId('campaign-dossier-deadline').getByText(/Hết ngày \d{2}\/\d{2}\/2021/).waitFor();
  });

  it('shows the excellent, attested department eligible with its clause, and the "Tốt" one not eligible', async () => {
    await e.page.goto(`${e.baseUrl}/du-dieu-kien`);
    await e.page.waitForURL(`**/thi-dua/${campaignId}/du-dieu-kien`);
    const list = e.page.getByTestId('eligibility-list');
    const snv = list.locator('[data-testid="eligibility-row"][data-kind="collective"][data-code="SNV"]');
    await snv.waitFor();
    expect(await snv.getByTestId('eligibility-verdict').textContent()).toBe('Đủ điều kiện');
    await snv.getByRole('button', { name: /Xem giải thích/ }).click();
    const explanation = snv.getByTestId('explanation');
    await explanation.waitFor();
    const why = (await explanation.textContent()) ?? '';
    expect(why).toContain('đủ điều kiện đề nghị Bằng khen của Chủ tịch UBND tỉnh');
    expect(why).toContain('Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III');
    expect(why).toContain('Xếp loại Chỉ số CCHC: Xuất sắc');

    const sct = list.locator('[data-testid="eligibility-row"][data-kind="collective"][data-code="SCT"]');
    expect(await sct.getByTestId('eligibility-verdict').textContent()).toBe('Không đủ điều kiện');
    // Excellent but not attested by its head: unknown, never eligible.
    const stc = list.locator('[data-testid="eligibility-row"][data-kind="collective"][data-code="STC"]');
    expect(await stc.getByTestId('eligibility-verdict').textContent()).toBe('Chưa xác định');

    // The result filter keeps only the eligible.
    await e.page.getByLabel('Kết quả', { exact: true }).selectOption('pass');
    await list.locator('[data-testid="eligibility-row"]').first().waitFor();
    await e.page.waitForFunction(() => document.querySelectorAll('[data-testid="eligibility-row"]').length === 1);
    expect(await list.locator('[data-testid="eligibility-row"]').getAttribute('data-code')).toBe('SNV');
  });

  it('tries "Tốt" as accepted for basis A without saving: Sở Công Thương gains', async () => {
    const panel = e.page.getByTestId('what-if');
    expect(await panel.textContent()).toContain('Thử nghiệm — không lưu');
    // The panel lists every threshold of the rule set in force; basis A's accepted classes are one group of them.
    await panel.getByRole('group', { name: /^Tiêu chuẩn A:/ }).getByLabel('Tốt', { exact: true }).check();
    await panel.getByRole('button', { name: 'Xem ai được thêm, ai mất điều kiện' }).click();
    const gained = panel.getByTestId('what-if-gained');
    await gained.getByText('Sở Công Thương').waitFor();
    // Nothing was saved: the board still says Sở Công Thương is not eligible.
    await e.page.getByLabel('Kết quả', { exact: true }).selectOption('');
    await e.page.getByRole('button', { name: 'Tính lại' }).click();
    const sct = e.page.getByTestId('eligibility-list').locator('[data-testid="eligibility-row"][data-kind="collective"][data-code="SCT"]');
    await sct.waitFor();
    expect(await sct.getByTestId('eligibility-verdict').textContent()).toBe('Không đủ điều kiện');
  });

  it('fits a phone screen: no sideways scrolling on the board and the PAR page', async () => {
    await e.page.setViewportSize({ width: 375, height: 740 });
    for (const url of [`/thi-dua/${campaignId}/du-dieu-kien`, '/chi-so-cchc/2020']) {
      await e.page.goto(`${e.baseUrl}${url}`);
      await e.page.getByRole('heading', { level: 1 }).waitFor();
      await e.page.waitForTimeout(500);
      const overflow = await e.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    await e.page.setViewportSize({ width: 1280, height: 800 });
  });
});
