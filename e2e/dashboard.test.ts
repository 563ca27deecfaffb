import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { dossiers, nominations, orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { docxText } from '../src/documents/testing/extractText';
import { hashPassword } from '../src/server/kit/passwords';
import { kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { makeEligibleUnit } from '../src/server/kit/testing/nominationFixtures';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'BangDieuKhien@2021';
let e: E2E;
let campaignId: string;

/**
 * The secretariat's dashboard and reports (issue 12) after the 2020 ranking's publication (07/5/2021, the fixtures'
 * decision; dossier deadline 24/5/2021), on the server's clock 10/5/2021: Huyện Giồng Riềng proposed Thị trấn Giồng
 * Riềng (dossier sent), the commune proposed its individual (dossier not yet sent: at risk); Thị trấn Hòn Đất is
 * registered in Huyện Hòn Đất. Set-up straight in the database.
 */
beforeAll(async () => {
  e = await startE2E({ now: () => new Date('2021-05-10T09:00:00+07:00') });
  const db = e.database.db;
  const unitOf = async (code: string) => (await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code))))[0].id;
  const [commune, district, hdCommune, snvCchc] = [await unitOf('30904'), await unitOf('906'), await unitOf('30817'), await unitOf('SNV-CCHC')];
  const passwordHash = await hashPassword(PASSWORD);
  await db.insert(users).values([
    { username: 'snv.dashboard', fullName: 'Trần Văn Thư Ký', role: 'province_secretariat', orgUnitId: snvCchc, passwordHash, mustChangePassword: false },
    { username: 'canbo.dashboard', fullName: 'Ngô Thị Cán Bộ', role: 'unit_officer', orgUnitId: commune, passwordHash, mustChangePassword: false },
  ]);
  campaignId = await kh34CampaignId(db);
  const [person] = await makeEligibleUnit(db, { campaignId, unitId: commune, people: ['Lê Văn Một'] });
  await makeEligibleUnit(db, { campaignId, unitId: hdCommune });
  const [unitNomination] = await db
    .insert(nominations)
    .values({ campaignId, nomineeKind: 'unit', nomineeUnitId: commune, proposingUnitId: district, quotaKey: `commune_per_district:${district}` })
    .returning({ id: nominations.id });
  await db.insert(dossiers).values({ nominationId: unitNomination.id, campaignId, orgUnitId: district, status: 'submitted' });
  await db.insert(nominations).values({ campaignId, nomineeKind: 'person', nomineeUnitId: commune, nomineePersonId: person, proposingUnitId: commune, quotaKey: `individuals_per_collective:${commune}` });
}, 120_000);
afterAll(async () => e?.close());

async function download(href: string): Promise<Buffer> {
  const bytes = await e.page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), href);
  return Buffer.from(bytes);
}

describe('the dashboard and the reports, in Chromium', () => {
  it('Sở Nội vụ opens the dashboard, filters by district, reads the charts and downloads a report', async () => {
    const { page } = e;
    await login(e, 'snv.dashboard', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.getByRole('navigation', { name: /chính/i }).getByRole('link', { name: 'Bảng điều khiển' }).click();
    await page.waitForURL(new RegExp(`/thi-dua/${campaignId}/bang-dieu-khien$`));
    const registrations = page.getByTestId('chart-registrations');
    await registrations.locator('svg').waitFor();
    // The whole province: both districts' bars are drawn, and the figures say it.
    expect(await registrations.locator('svg title').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Huyện Giồng Riềng: Đã đăng ký 1/), expect.stringMatching(/^Huyện Hòn Đất: Đã đăng ký 1/)]));
    const figures = (await page.getByTestId('dashboard-figures').textContent()) ?? '';
    expect(figures).toContain('Hồ sơ có nguy cơ trễ hạn1');
    // The dossier not yet sent is listed with the deadline (24/05/2021, 14 days left).
    const atRisk = (await page.getByTestId('at-risk').textContent()) ?? '';
    expect(atRisk).toContain('Hạn nộp hồ sơ: 24/05/2021');
    expect(atRisk).toContain('Lê Văn Một');

    // Filter by Huyện Giồng Riềng.
    await page.getByRole('combobox', { name: 'Huyện, thành phố', exact: true }).selectOption({ label: 'Huyện Giồng Riềng' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/nhom=/);
    await page.waitForFunction(() => {
      const titles = [...document.querySelectorAll('[data-testid="chart-registrations"] svg title')].map((t) => t.textContent ?? '');
      return titles.length === 1 && titles[0].startsWith('Huyện Giồng Riềng');
    });
    // Every chart has its figures as a table too.
    await registrations.getByRole('button', { name: 'Xem dạng bảng' }).click();
    const table = registrations.getByRole('table');
    await table.waitFor();
    const bodyRows = (await table.getByRole('row').allTextContents()).slice(1);
    expect(bodyRows.length).toBe(1);
    expect(bodyRows[0]).toMatch(/^Huyện Giồng Riềng1\d+\d+$/);
    const stages = page.getByTestId('chart-stages');
    expect(await stages.locator('svg title').allTextContents()).toEqual(expect.arrayContaining(['Đang lập: Số đề nghị 1', 'Đã gửi Sở Nội vụ: Số đề nghị 1']));
    await page.getByTestId('chart-par').locator('svg').waitFor();
    await page.getByTestId('chart-eligibility').locator('svg').waitFor();
    expect(await e.accessibility.flush()).toEqual([]);
    // Printed: the charts stay, the menu and the filter go.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('chart-stages').locator('svg').isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: /chính/i }).isVisible()).toBe(false);
    expect(await page.getByTestId('group-filter').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // The reports of the same district: the nominations and their stage, downloaded as Word.
    await page.getByRole('link', { name: 'Xem và tải các báo cáo' }).click();
    await page.waitForURL(new RegExp(`/thi-dua/${campaignId}/bao-cao\\?nhom=`));
    await page.getByRole('combobox', { name: 'Báo cáo', exact: true }).selectOption({ label: 'Đề nghị khen thưởng và tình trạng hồ sơ' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    const list = page.getByTestId('report-nominations');
    await list.waitFor();
    const rows = await list.getByRole('row').allTextContents();
    expect(rows.slice(1).map((r) => r.includes('Đang lập') || r.includes('Đã gửi Sở Nội vụ'))).toEqual([true, true]);
    expect(rows.join(' ')).toContain('Lê Văn Một');
    const href = await page.getByTestId('report-downloads').getByRole('link', { name: 'Tải Word (DOCX)' }).getAttribute('href');
    const docx = await download(href!);
    expect(Object.keys((await JSZip.loadAsync(docx)).files)).toContain('word/document.xml');
    const text = await docxText(docx);
    expect(text).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG VÀ TÌNH TRẠNG HỒ SƠ');
    expect(text).toContain('Lê Văn Một');
    expect(text).toContain('Huyện Giồng Riềng');
    expect(await e.accessibility.flush()).toEqual([]);
  });

  it("a commune officer's dashboard points to its tasks, and its home lists them with their deadlines", async () => {
    const { page } = e;
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();
    await login(e, 'canbo.dashboard', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}/bang-dieu-khien`);
    const note = page.getByTestId('dashboard-unit-tasks');
    await note.waitFor();
    expect((await page.getByTestId('dashboard-figures').textContent()) ?? '').toContain('Tập thể đã đăng ký1/1');
    // No report menu for a unit.
    expect(await page.getByRole('navigation', { name: /chính/i }).getByRole('link', { name: 'Báo cáo' }).count()).toBe(0);
    await note.getByRole('link', { name: 'Việc cần làm' }).click();
    const list = page.getByTestId('task-list');
    await list.waitFor();
    const first = (await list.getByRole('listitem').first().textContent()) ?? '';
    expect(first).toContain('Hoàn thiện và nộp hồ sơ: Lê Văn Một');
    expect(first).toContain('Hạn: hạn chót 24/05/2021 23:59');
    expect(first).toContain('Còn 14 ngày');
    expect(await e.accessibility.flush()).toEqual([]);
  });
});
