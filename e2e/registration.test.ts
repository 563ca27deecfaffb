import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { campaigns, orgUnits, people, registrationIndividuals, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { hashPassword } from '../src/server/kit/passwords';
import { login, startE2E, type E2E } from './support';

/**
 * Registration end to end on the seeded 34/KH-UBND campaign, with the server's clock on 20/03/2020 (before the
 * II.3.b deadline): the commune officer writes the form with one individual, the commune head approves and sends it,
 * the district aggregator accepts it and forwards the district's list, and Sở Nội vụ sees it in the province picture.
 */
const PASSWORD = 'ThiDua@2020';
const ACCOUNTS = [
  { username: 'canbo.ttgr', fullName: 'Lý Thị Cán Bộ', role: 'unit_officer', unitCode: '30904' },
  { username: 'truong.ttgr', fullName: 'Phan Văn Thủ Trưởng', role: 'unit_head', unitCode: '30904' },
  { username: 'pnv.gr', fullName: 'Võ Thị Nội Vụ', role: 'district_aggregator', unitCode: '906' },
  { username: 'snv.cchc', fullName: 'Đặng Văn Sở', role: 'province_secretariat', unitCode: 'SNV-CCHC' },
] as const;

let e: E2E;
let campaignId: string;
let recordedPersonId: string;

async function signInAs(username: string) {
  await e.context.clearCookies();
  await login(e, username, PASSWORD);
  await e.page.getByTestId('current-user').waitFor();
}

beforeAll(async () => {
  e = await startE2E({ now: () => new Date('2020-03-20T09:00:00+07:00') });
  const db = e.database.db;
  const passwordHash = await hashPassword(PASSWORD);
  for (const a of ACCOUNTS) {
    const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, a.unitCode)));
    await db.insert(users).values({ username: a.username, fullName: a.fullName, role: a.role, orgUnitId: unit.id, passwordHash, mustChangePassword: false });
  }
  // A person already recorded in the commune (SPEC §2), to be picked instead of typed.
  const [ttgr] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, '30904')));
  [{ id: recordedPersonId }] = await db
    .insert(people)
    .values({ orgUnitId: ttgr.id, fullName: 'Trần Thị Bích Ngọc', position: 'Công chức Tư pháp - Hộ tịch', searchText: 'tran thi bich ngoc', sortKey: 'tran thi bich ngoc' })
    .returning({ id: people.id });
  [{ id: campaignId }] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.planNumber, '34/KH-UBND'));
});
afterAll(async () => e?.close());

describe('registration in Chromium', () => {
  it('lets the commune officer register the commune and one individual, with the error summary on a blank name', async () => {
    await signInAs('canbo.ttgr');
    await e.page.getByRole('link', { name: 'Thi đua', exact: true }).click();
    await e.page.getByRole('link', { name: 'Kế hoạch số 34/KH-UBND ngày 03/03/2020' }).click();
    await e.page.getByRole('heading', { level: 1, name: 'Kế hoạch số 34/KH-UBND ngày 03/03/2020' }).waitFor();
    // The countdown runs on the server's clock: 20/03/2020 09:00 → 31/03/2020 23:59:59.
    expect(await e.page.getByTestId('deadline-countdown').textContent()).toBe('Còn 11 ngày 14 giờ');
    await e.page.getByRole('link', { name: 'Thị trấn Giồng Riềng' }).click();
    await e.page.getByRole('heading', { level: 1, name: 'Bản đăng ký thi đua chuyên đề' }).waitFor();
    expect(await e.page.getByLabel('Đăng ký thi đua').inputValue()).toBe('Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020');

    await e.page.getByRole('button', { name: 'Thêm cá nhân' }).click();
    await e.page.getByRole('button', { name: 'Lưu bản đăng ký' }).click();
    const summary = e.page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Họ và tên của cá nhân 1: không được để trống');
    expect(await e.page.title()).toMatch(/^Lỗi: /);

    await e.page.getByLabel('Họ và tên').fill('Nguyễn Văn An');
    await e.page.getByLabel('Chức vụ, đơn vị công tác').fill('Công chức Văn phòng - Thống kê, UBND thị trấn Giồng Riềng');
    await e.page.getByRole('button', { name: 'Lưu bản đăng ký' }).click();
    await e.page.getByText('Đã lưu bản đăng ký.').waitFor();
    expect(await e.page.getByTestId('registration-status').textContent()).toContain('Đang soạn');
  });

  it('picks a person already recorded in the commune, found without diacritics, instead of typing them again', async () => {
    await e.page.getByRole('button', { name: 'Thêm cá nhân' }).click();
    await e.page.getByLabel('Chọn người đã có').fill('bich ngoc');
    await e.page.getByRole('button', { name: 'Trần Thị Bích Ngọc — Công chức Tư pháp - Hộ tịch' }).click();
    const row = e.page.getByTestId('individual-1');
    expect(await row.getByLabel('Họ và tên').inputValue()).toBe('Trần Thị Bích Ngọc');
    expect(await row.getByLabel('Chức vụ, đơn vị công tác').inputValue()).toBe('Công chức Tư pháp - Hộ tịch');
    await e.page.getByRole('button', { name: 'Lưu bản đăng ký' }).click();
    // Saved rows have an id and no picker any more.
    await e.page.getByTestId('individual-1-picked').waitFor({ state: 'detached' });
    const saved = await e.database.db.select({ personId: registrationIndividuals.personId }).from(registrationIndividuals).where(eq(registrationIndividuals.personId, recordedPersonId));
    expect(saved).toHaveLength(1);
  });

  it('offers the form in the annex layout as Word and PDF, and takes the signed scan by its content', async () => {
    const docs = e.page.getByTestId('registration-documents');
    const pdfHref = await docs.getByRole('link', { name: 'Tải bản đăng ký (PDF)' }).getAttribute('href');
    const pdf = await e.page.request.get(e.baseUrl + pdfHref);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    // A "scan": a minimal PDF, named as the user's file.
    await docs.getByLabel('Bản quét đã ký, đóng dấu (PDF, JPEG hoặc PNG)').setInputFiles({ name: 'ban-dang-ky-da-ky.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
    await docs.getByRole('button', { name: 'Tải lên bản quét' }).click();
    await docs.getByTestId('signed-scans').getByText('ban-dang-ky-da-ky.pdf').waitFor();
    // A text file dressed as a PNG is refused, with the error on the field.
    await docs.getByLabel('Bản quét đã ký, đóng dấu (PDF, JPEG hoặc PNG)').setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from('không phải ảnh') });
    await docs.getByRole('button', { name: 'Tải lên bản quét' }).click();
    await docs.getByTestId('error-summary').waitFor();
  });

  it('lets the commune head approve and send it', async () => {
    await signInAs('truong.ttgr');
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await e.page.getByRole('link', { name: 'Thị trấn Giồng Riềng' }).click();
    await e.page.getByRole('button', { name: 'Duyệt và gửi' }).click();
    await e.page.getByText('Đã duyệt và gửi bản đăng ký.').waitFor();
    expect(e.confirmations.at(-1)).toContain('Duyệt và gửi bản đăng ký lên cấp trên');
    expect(await e.page.getByTestId('registration-status').textContent()).toContain('Đã gửi');
  });

  it('lets the district aggregator find it without diacritics, accept it and forward the list to Sở Nội vụ', async () => {
    await signInAs('pnv.gr');
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}/tong-hop-huyen`);
    await e.page.getByTestId('district-progress').getByText('1/19 đơn vị cấp xã đã đăng ký').waitFor();
    await e.page.getByLabel('Tìm xã, phường, thị trấn').fill('thi tran giong');
    const table = e.page.getByTestId('district-communes');
    await table.getByText('1 đơn vị cấp xã').waitFor();
    await table.getByRole('link', { name: 'Thị trấn Giồng Riềng' }).click();
    await e.page.getByRole('button', { name: 'Tiếp nhận' }).click();
    await e.page.getByTestId('registration-status').getByText('Đã tiếp nhận').waitFor();

    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}/tong-hop-huyen`);
    await e.page.getByLabel('Ghi chú gửi kèm').fill('Tổng hợp đăng ký thi đua của cấp xã, đợt 1');
    await e.page.getByRole('button', { name: 'Chuyển Sở Nội vụ' }).click();
    await e.page.getByText('Đã chuyển 1 bản đăng ký về Sở Nội vụ.').waitFor();
    expect(e.confirmations.at(-1)).toContain('Chuyển Sở Nội vụ');
  });

  it('shows Sở Nội vụ the forwarded registration in the province consolidation', async () => {
    await signInAs('snv.cchc');
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await e.page.getByRole('link', { name: 'Tổng hợp đăng ký toàn tỉnh' }).click();
    const row = e.page.getByTestId('province-districts').getByRole('row', { name: /Huyện Giồng Riềng/ });
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['Huyện Giồng Riềng', '1/19', '1']);
    expect(cells[4]).toBe('20/03/2020 09:00');
    await row.getByRole('link', { name: 'Huyện Giồng Riềng' }).click();
    const line = e.page.getByTestId('district-communes').getByRole('row', { name: /Thị trấn Giồng Riềng/ });
    await line.getByText('Đã chuyển Sở Nội vụ').waitFor();
  });
});
