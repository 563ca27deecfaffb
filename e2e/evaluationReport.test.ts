import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { docxText } from '../src/documents/testing/extractText';
import { hashPassword } from '../src/server/kit/passwords';
import { kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { makeEligibleUnit } from '../src/server/kit/testing/nominationFixtures';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'DanhGia@2021';
let e: E2E;
let campaignId: string;

/** Sở Nội vụ writes the evaluation report's narrative (IV.3) and downloads the report with its charts. */
beforeAll(async () => {
  e = await startE2E({ now: () => new Date('2021-12-20T09:00:00+07:00'), jobs: true });
  const db = e.database.db;
  const unitOf = async (code: string) => (await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code))))[0].id;
  const [commune, snvCchc] = [await unitOf('30904'), await unitOf('SNV-CCHC')];
  await db.insert(users).values([{ username: 'snv.danhgia', fullName: 'Trần Văn Thư Ký', role: 'province_secretariat', orgUnitId: snvCchc, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false }]);
  campaignId = await kh34CampaignId(db);
  await makeEligibleUnit(db, { campaignId, unitId: commune, people: ['Lê Văn Một'] });
}, 120_000);
afterAll(async () => e?.close());

async function download(href: string): Promise<Buffer> {
  const bytes = await e.page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), href);
  return Buffer.from(bytes);
}

describe('the evaluation report, in Chromium', () => {
  it('Sở Nội vụ writes the narrative (an empty part is named), saves it and downloads the report with its charts', async () => {
    const { page } = e;
    await login(e, 'snv.danhgia', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}/bao-cao`);
    await page.getByRole('link', { name: 'báo cáo đánh giá thực hiện kế hoạch (IV.3)' }).click();
    await page.waitForURL(new RegExp(`/thi-dua/${campaignId}/bao-cao-danh-gia$`));
    const figures = page.getByTestId('evaluation-figures');
    await figures.waitFor();
    expect((await figures.textContent()) ?? '').toContain('Đơn vị đã đăng ký thi đua: 1/');
    expect(await page.getByTestId('evaluation-downloads').count()).toBe(0);
    await page.getByLabel('Đánh giá chung kết quả').fill('Phong trào được triển khai rộng khắp.');
    await page.getByLabel('Hạn chế, tồn tại').fill('Một số xã gửi hồ sơ chậm.');
    await page.getByRole('button', { name: 'Lưu phần đánh giá' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Bài học kinh nghiệm: chưa nhập' });
    await summary.waitFor();
    await page.getByLabel('Bài học kinh nghiệm').fill('Cần nhắc hạn sớm hơn.');
    await page.getByRole('button', { name: 'Lưu phần đánh giá' }).click();
    const downloads = page.getByTestId('evaluation-downloads');
    await downloads.waitFor();
    const href = await downloads.getByRole('link', { name: 'Tải báo cáo (Word, có biểu đồ)' }).getAttribute('href');
    const docx = await download(href!);
    const zip = await JSZip.loadAsync(docx);
    expect(Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(3);
    const text = await docxText(docx);
    expect(text).toContain('Cần nhắc hạn sớm hơn.');
    expect(text).toContain('Biểu đồ 1. Đơn vị tham gia và đã đăng ký thi đua theo địa bàn');

    // The same report generated in the background (issue 12, item 4): the progress shows, then the download link.
    const job = page.getByTestId('evaluation-job');
    await job.getByRole('button', { name: 'Tạo báo cáo (Word) chạy nền' }).click();
    await job.getByText(/Đang tạo… \d+%/).waitFor();
    expect(await job.locator('progress').count()).toBe(1);
    const link = job.getByRole('link', { name: 'Tải tệp: Báo cáo đánh giá thực hiện kế hoạch 2020.docx' });
    await link.waitFor({ timeout: 60_000 });
    expect(await job.locator('progress').count()).toBe(0);
    const generated = await download((await link.getAttribute('href'))!);
    expect(Object.keys((await JSZip.loadAsync(generated)).files).filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(3);
    expect(await docxText(generated)).toContain('Cần nhắc hạn sớm hơn.');
    expect(await e.accessibility.flush()).toEqual([]);
  });
});
