import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossiers, nominations, orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { hashPassword } from '../src/server/kit/passwords';
import { createPerson, kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'CongKhai@2021';
const NOW = new Date('2021-06-01T02:00:00Z');
let e: E2E;
let campaignId: string;
let nominationId: string;

/**
 * Issue 11, item 3 in Chromium: Sở Nội vụ turns on the public consultation of the campaign and publishes the council's
 * list; a visitor without an account opens /cong-khai on a phone, is told what is missing, then comments on one
 * nominee; Sở Nội vụ approves the comment; it then shows on the public page and on the nominee's dossier.
 */
beforeAll(async () => {
  e = await startE2E({ now: () => NOW });
  const db = e.database.db;
  const unit = async (code: string) => (await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code))))[0].id;
  await db.insert(users).values({ username: 'snv.congkhai', fullName: 'Trần Thị Hoa', role: 'province_secretariat', orgUnitId: await unit('SNV-CCHC'), passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  campaignId = await kh34CampaignId(db);
  // One dossier the provincial council passed (appraisal and council are other features' pages).
  const commune = await unit('30904');
  const personId = await createPerson(db, commune, 'Nguyễn Thị Hồng', 'Phó Chủ tịch UBND thị trấn');
  const [n] = await db.insert(nominations).values({ campaignId, nomineeKind: 'person', nomineeUnitId: commune, nomineePersonId: personId, proposingUnitId: commune, quotaKey: `e2e:${personId}` }).returning();
  nominationId = n.id;
  await db.insert(dossiers).values({ nominationId, campaignId, orgUnitId: commune, status: 'council_passed', version: 1 });
}, 120_000);
afterAll(async () => e?.close());

describe('public consultation of the proposed list, in Chromium', () => {
  it('Sở Nội vụ turns the option on and publishes the list', async () => {
    const { page } = e;
    await login(e, 'snv.congkhai', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await page.getByRole('link', { name: 'Công khai lấy ý kiến nhân dân về danh sách đề nghị khen thưởng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Công khai lấy ý kiến' }).waitFor();
    await expect(page.getByRole('button', { name: 'Đăng danh sách lên trang công khai' }).isDisabled()).resolves.toBe(true);
    await page.getByLabel('Công khai danh sách đề nghị khen thưởng để lấy ý kiến nhân dân trước khi trình').check();
    await page.getByLabel('Số ngày lấy ý kiến').fill('10');
    await page.getByRole('button', { name: 'Lưu chế độ công khai' }).click();
    await page.getByRole('status').getByText('Đã lưu chế độ công khai lấy ý kiến.').waitFor();
    await page.getByTestId('public-candidates').getByText('Nguyễn Thị Hồng').waitFor();
    await page.getByRole('button', { name: 'Đăng danh sách lên trang công khai' }).click();
    await page.getByRole('status').getByText('Đã đăng danh sách lên trang công khai.').waitFor();
    expect(e.confirmations.at(-1)).toContain('Đăng danh sách 1 tập thể, cá nhân lên trang công khai để lấy ý kiến trong 10 ngày.');
    await page.getByTestId('managed-notice').getByText('Đang lấy ý kiến').waitFor();
  });

  it('a visitor without login opens /cong-khai on a phone and comments on the nominee', async () => {
    const { page } = e;
    await e.context.clearCookies();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${e.baseUrl}/cong-khai`);
    await page.getByRole('heading', { level: 1, name: 'Công khai thi đua, khen thưởng' }).waitFor();
    const list = page.getByTestId('public-list');
    await list.getByRole('rowheader', { name: 'Nguyễn Thị Hồng' }).waitFor();
    await list.getByText('Phó Chủ tịch UBND thị trấn').first().waitFor();
    await list.getByTestId('comment-period').getByText('Đang lấy ý kiến').waitFor();
    await expect(list.getByTestId('comment-period').textContent()).resolves.toContain('đến 11/06/2021 09:00');
    // Nothing overflows sideways on a phone (the table scrolls in its own frame).
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);

    const form = page.getByTestId('public-comment-form');
    await form.getByRole('button', { name: 'Gửi góp ý' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Họ và tên người góp ý: không được để trống').waitFor();
    await summary.getByText('Nội dung góp ý: không được để trống').waitFor();
    await summary.getByRole('link', { name: 'Họ và tên người góp ý: không được để trống' }).click();
    await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('autocomplete'))).resolves.toBe('name');

    await form.getByLabel('Họ và tên người góp ý').fill('Trần Văn Dân');
    await form.getByLabel('Số điện thoại hoặc thư điện tử (không bắt buộc)').fill('0912 345 678');
    await form.getByLabel('Góp ý cho').selectOption({ label: '1. Nguyễn Thị Hồng — Phó Chủ tịch UBND thị trấn, Thị trấn Giồng Riềng' });
    await form.getByLabel('Nội dung góp ý').fill('Chị Hồng làm việc tận tụy, nhân dân tin tưởng.');
    await form.getByRole('button', { name: 'Gửi góp ý' }).click();
    await form.getByRole('status').getByText('Đã nhận góp ý của bạn. Góp ý sẽ hiển thị công khai sau khi Sở Nội vụ xem xét, duyệt.').waitFor();
    // Pending: not yet on the public page.
    await list.getByText('Chưa có ý kiến nào được công khai.').waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('Sở Nội vụ approves the comment; it shows publicly (without the contact) and on the nominee’s dossier', async () => {
    const { page } = e;
    await login(e, 'snv.congkhai', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}/cong-khai`);
    const item = page.getByTestId('moderated-comment').filter({ hasText: 'Trần Văn Dân' });
    await item.getByText('(0912 345 678)').waitFor();
    await item.getByRole('link', { name: 'Nguyễn Thị Hồng' }).waitFor();
    await item.getByLabel(/Ghi chú khi duyệt/).fill('Đúng nội dung');
    await item.getByRole('button', { name: 'Duyệt góp ý của Trần Văn Dân', exact: true }).click();
    await page.locator('[data-testid="moderated-comment"][data-status="approved"]').getByText('Đã duyệt, công khai').waitFor();

    await page.goto(`${e.baseUrl}/ho-so-khen-thuong/${nominationId}`);
    const onFile = page.getByTestId('dossier-public-comments');
    await onFile.getByText('Chị Hồng làm việc tận tụy, nhân dân tin tưởng.').waitFor();
    await onFile.getByText(/ghi chú khi duyệt: Đúng nội dung/).waitFor();

    await e.context.clearCookies();
    await page.goto(`${e.baseUrl}/cong-khai`);
    const comments = page.getByTestId('public-comments');
    await comments.getByText('Chị Hồng làm việc tận tụy, nhân dân tin tưởng.').waitFor();
    await comments.getByText(/Trần Văn Dân .* góp ý cho số 1: Nguyễn Thị Hồng/).waitFor();
    await expect(page.locator('body').textContent()).resolves.not.toContain('0912 345 678');
  });
});
