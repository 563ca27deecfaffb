import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossiers, orgUnits, publicNotices, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { docxText, pdfPages } from '../src/documents/testing/extractText';
import { hashPassword } from '../src/server/kit/passwords';
import { councilPassedDossier } from '../src/server/kit/testing/awardFixtures';
import { kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'KhenThuong@2021';
const NOW = new Date('2021-05-25T03:00:00Z');
let e: E2E;
let campaignId: string;
let proposalUrl = '';

/**
 * Issue 11's last steps in Chromium: the council has passed a collective and a person (set up in the database);
 * Sở Nội vụ drafts the Tờ trình, downloads it, gives it its number and submits it; the chairman's office returns it
 * once then approves it; Sở Nội vụ records the signed decision, checks its hash, publishes it and downloads a
 * certificate.
 */
beforeAll(async () => {
  e = await startE2E({ now: () => NOW });
  const db = e.database.db;
  const unit = async (code: string) => (await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code))))[0].id;
  await db.insert(users).values([
    { username: 'snv.khenthuong', fullName: 'Trần Thị Hoa', role: 'province_secretariat', orgUnitId: await unit('SNV-CCHC'), passwordHash: await hashPassword(PASSWORD), mustChangePassword: false },
    { username: 'vp.ubnd', fullName: 'Phạm Văn Duyệt', role: 'province_approver', orgUnitId: await unit('91'), passwordHash: await hashPassword(PASSWORD), mustChangePassword: false },
  ]);
  campaignId = await kh34CampaignId(db);
  const ttgr = await unit('30904');
  await councilPassedDossier(db, { campaignId, unitId: ttgr, proposingUnitId: await unit('906') });
  await councilPassedDossier(db, { campaignId, unitId: ttgr, person: { fullName: 'Huỳnh Thị Ngọc Ánh', position: 'Công chức Văn phòng – Thống kê' } });
}, 120_000);
afterAll(async () => e?.close());

/** Downloads a link's file in the page's session; a refused download fails with the server's answer. */
async function download(href: string): Promise<Buffer> {
  const { status, bytes } = await e.page.evaluate(async (url) => {
    const res = await fetch(url);
    return { status: res.status, bytes: Array.from(new Uint8Array(await res.arrayBuffer())) };
  }, href);
  const buffer = Buffer.from(bytes);
  if (status !== 200) throw new Error(`${href} → ${status}: ${buffer.toString('utf8').slice(0, 500)}`);
  return buffer;
}

async function switchUser(username: string): Promise<void> {
  await e.page.getByRole('button', { name: 'Đăng xuất' }).click();
  await e.page.getByLabel('Tên đăng nhập').waitFor();
  await login(e, username, PASSWORD);
  await e.page.getByTestId('current-user').waitFor();
}

describe('from the council’s list to a published decision and a certificate, in Chromium', () => {
  it('Sở Nội vụ drafts the Tờ trình, numbers it, downloads it and submits it', async () => {
    const { page } = e;
    await login(e, 'snv.khenthuong', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await page.getByRole('link', { name: /Tờ trình và Quyết định khen thưởng/ }).click();
    await page.getByTestId('unlisted-count').getByText('Có 2 hồ sơ').waitFor();
    await page.getByRole('button', { name: 'Lập Tờ trình' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tờ trình đề nghị tặng Bằng khen' }).waitFor();
    expect(e.confirmations.at(-1)).toContain('Lập Tờ trình đề nghị tặng Bằng khen cho 2 hồ sơ');
    const entries = page.getByTestId('proposal-entries');
    await entries.getByText('Huỳnh Thị Ngọc Ánh').waitFor();
    await entries.getByText('Thị trấn Giồng Riềng', { exact: false }).first().waitFor();

    // A date not in dd/mm/yyyy is refused in the form, naming the field.
    const form = page.getByTestId('proposal-form');
    await form.getByLabel('Số Tờ trình', { exact: true }).fill('45/TTr-SNV');
    await form.getByLabel('Ngày Tờ trình', { exact: true }).fill('31/02/2021');
    await form.getByLabel('Họ và tên người ký', { exact: true }).fill('Trần Văn Nam');
    await form.getByRole('button', { name: 'Lưu Tờ trình' }).click();
    await page.getByTestId('error-summary').getByText('Ngày Tờ trình: nhập theo dạng dd/mm/yyyy').waitFor();
    await form.getByLabel('Ngày Tờ trình', { exact: true }).fill('20/05/2021');
    await form.getByRole('button', { name: 'Lưu Tờ trình' }).click();
    await page.getByRole('status').getByText('Đã lưu Tờ trình.').waitFor();

    const docx = await docxText(await download((await page.getByTestId('proposal-docx').getAttribute('href'))!));
    expect(docx).toContain('Số: 45/TTr-SNV');
    expect(docx).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang.');
    expect(docx).toContain('Huỳnh Thị Ngọc Ánh');

    await page.getByRole('button', { name: 'Trình Chủ tịch UBND tỉnh' }).click();
    await page.getByRole('status').getByText('Đã trình Tờ trình.').waitFor();
    await page.getByTestId('proposal-status').getByText('Đã trình, chờ phê duyệt').waitFor();
    proposalUrl = page.url();
  });

  it('the chairman’s office returns it with a reason; submitted again, it is approved and frozen', async () => {
    const { page } = e;

    // The chairman's office: a return needs its reason; then, submitted again, it is approved.
    await switchUser('vp.ubnd');
    await page.goto(proposalUrl);
    const giveBack = page.getByRole('button', { name: 'Trả lại Tờ trình' });
    await giveBack.click();
    await page.getByText('Lý do trả lại: không được để trống').first().waitFor();
    await page.getByLabel('Lý do trả lại').fill('Ghi rõ chức vụ người ký.');
    await giveBack.click();
    await page.getByRole('status').getByText('Đã trả lại Tờ trình cho Sở Nội vụ.').waitFor();
    expect(e.confirmations.at(-1)).toContain('Trả lại Tờ trình cho Sở Nội vụ');

    await switchUser('snv.khenthuong');
    await page.goto(proposalUrl);
    await page.getByTestId('proposal-status').getByText('Ghi rõ chức vụ người ký.').waitFor();
    await page.getByTestId('proposal-form').getByLabel('Chức vụ người ký', { exact: true }).fill('Giám đốc Sở Nội vụ');
    await page.getByTestId('proposal-form').getByRole('button', { name: 'Lưu Tờ trình' }).click();
    await page.getByRole('status').getByText('Đã lưu Tờ trình.').waitFor();
    await page.getByRole('button', { name: 'Trình Chủ tịch UBND tỉnh' }).click();
    await page.getByRole('status').getByText('Đã trình Tờ trình.').waitFor();

    await switchUser('vp.ubnd');
    await page.goto(proposalUrl);
    await page.getByRole('button', { name: 'Phê duyệt Tờ trình' }).click();
    await page.getByRole('status').getByText('Đã phê duyệt Tờ trình; danh sách đã được chốt.').waitFor();
    expect(e.confirmations.at(-1)).toContain('Phê duyệt Tờ trình: danh sách 2 tập thể, cá nhân được chốt');
    expect(await page.getByTestId('proposal-hash').textContent()).toMatch(/^[0-9a-f]{64}$/);

  });

  it('Sở Nội vụ records the signed decision, checks its hash, publishes it and prints a certificate', async () => {
    const { page } = e;
    // A malformed number is refused first.
    await switchUser('snv.khenthuong');
    await page.goto(proposalUrl);
    const decision = page.getByTestId('decision-form');
    await decision.getByLabel('Số quyết định', { exact: true }).fill('1234');
    await decision.getByLabel('Ngày quyết định', { exact: true }).fill('25/05/2021');
    await decision.getByLabel('Họ và tên người ký', { exact: true }).fill('Lê Thị Minh Phụng');
    await decision.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await page.getByTestId('error-summary').getByText('Số quyết định: nhập theo dạng 123/QĐ-UBND').waitFor();
    await decision.getByLabel('Số quyết định', { exact: true }).fill('1234/QĐ-UBND');
    await decision.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quyết định khen thưởng số 1234/QĐ-UBND' }).waitFor();
    await page.getByTestId('hash-check').getByText('Khớp', { exact: true }).waitFor();
    const awarded = await e.database.db.select({ status: dossiers.status }).from(dossiers).where(eq(dossiers.campaignId, campaignId));
    expect(awarded.map((d) => d.status)).toEqual(['awarded', 'awarded']);

    await page.getByRole('button', { name: 'Công bố quyết định' }).click();
    await page.getByRole('status').getByText('Đã công bố quyết định.').waitFor();
    await page.getByTestId('decision-status').getByText('Đã công bố').waitFor();
    expect(e.confirmations.at(-1)).toContain('Công bố Quyết định số 1234/QĐ-UBND trên trang công khai');
    const [notice] = await e.database.db.select().from(publicNotices).where(eq(publicNotices.kind, 'decision'));
    expect(notice.entries.map((x) => x.name).sort()).toEqual(['Huỳnh Thị Ngọc Ánh', 'Thị trấn Giồng Riềng'].sort());

    // One certificate: one A4 landscape page naming the awardee and the decision.
    const link = page.getByTestId('decision-entries').getByRole('link', { name: /Bằng khen của Huỳnh Thị Ngọc Ánh/ });
    const pages = await pdfPages(await download((await link.getAttribute('href'))!));
    expect(pages).toHaveLength(1);
    const text = pages[0].normalize('NFC').replace(/\s+/g, ' ');
    expect(text).toContain('Huỳnh Thị Ngọc Ánh');
    expect(text).toContain('TẶNG BẰNG KHEN');
    expect(text).toContain('Quyết định số 1234/QĐ-UBND ngày 25 tháng 5 năm 2021');
    expect(await e.accessibility.flush()).toEqual([]);
  });
});
