import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { campaigns, orgUnits, people, ratings, registrations, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { docxText } from '../src/documents/testing/extractText';
import { hashPassword } from '../src/server/kit/passwords';
import { ADMIN_PASSWORD, login, startE2E, type E2E } from './support';

/**
 * The steps that existed only in the API, done on screen by the role that owns them, with the server's clock on
 * 02/04/2020 (after the II.3.b deadline of 31/03/2020): Sở Nội vụ accepts Thị trấn Hòn Đất late, its officer then
 * registers (on a 390 px phone) and stays NGƯỜI LẬP BIỂU on the printed form; another commune's form is read-only
 * with the reason in view; Sở Nội vụ rates an individual and imports a paper form for the unit; the administrator
 * moves a district account from the district's Phòng Nội vụ to the district.
 */
const PASSWORD = 'ThiDua@2020';
const ACCOUNTS = [
  { username: 'snv.cchc', fullName: 'Đặng Văn Sở', role: 'province_secretariat', unitCode: 'SNV-CCHC' },
  { username: 'canbo.hd', fullName: 'Lê Thị Lập Biểu', role: 'unit_officer', unitCode: '30817' },
  { username: 'canbo.ttgr', fullName: 'Lý Thị Cán Bộ', role: 'unit_officer', unitCode: '30904' },
  // An account created before the form explained it: the district role on the district's Phòng Nội vụ.
  { username: 'pnv.gr', fullName: 'Võ Thị Nội Vụ', role: 'district_aggregator', unitCode: '906-PNV' },
] as const;

let e: E2E;
let campaignId: string;
const unitIds = new Map<string, string>();

async function signInAs(username: string, password = PASSWORD) {
  await e.context.clearCookies();
  await login(e, username, password);
  await e.page.getByTestId('current-user').waitFor();
}

const focusedId = () => e.page.evaluate(() => document.activeElement?.id ?? '');

beforeAll(async () => {
  e = await startE2E({ now: () => new Date('2020-04-02T09:00:00+07:00') });
  const db = e.database.db;
  const passwordHash = await hashPassword(PASSWORD);
  for (const code of ['30817', '30904', '906', '906-PNV', 'SNV-CCHC']) {
    const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code)));
    unitIds.set(code, unit.id);
  }
  for (const a of ACCOUNTS) {
    await db.insert(users).values({ username: a.username, fullName: a.fullName, role: a.role, orgUnitId: unitIds.get(a.unitCode)!, passwordHash, mustChangePassword: false });
  }
  [{ id: campaignId }] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.planNumber, '34/KH-UBND'));
  // Thị trấn Giồng Riềng drafted its form in time and never sent it.
  const [officer] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'canbo.ttgr'));
  await db.insert(registrations).values({ campaignId, orgUnitId: unitIds.get('30904')!, content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020', createdById: officer.id });
  // A person of the commune, to be rated.
  await db.insert(people).values({ orgUnitId: unitIds.get('30904')!, fullName: 'Trần Thị Bích Ngọc', position: 'Công chức Tư pháp - Hộ tịch', searchText: 'tran thi bich ngoc', sortKey: 'tran thi bich ngoc' });
});
afterAll(async () => e?.close());

describe('after the registration deadline, in Chromium', () => {
  it('shows a commune officer its unsent form read-only, with the reason in view, instead of refusing on save', async () => {
    await signInAs('canbo.ttgr');
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await e.page.getByRole('link', { name: 'Thị trấn Giồng Riềng' }).click();
    const closed = e.page.getByTestId('registration-closed');
    await closed.waitFor();
    const text = await closed.textContent();
    expect(text).toContain('Bản đăng ký chỉ xem');
    expect(text).toContain('Đã hết thời hạn đăng ký thi đua');
    expect(text).toContain('Chỉ Sở Nội vụ được chấp nhận đăng ký muộn');
    expect(await e.page.getByRole('button', { name: 'Lưu bản đăng ký' }).count()).toBe(0);
    expect(await e.page.getByRole('button', { name: 'Thêm cá nhân' }).count()).toBe(0);
  });

  it('lets Sở Nội vụ accept Thị trấn Hòn Đất late on the province consolidation page, with a reason and a confirmation', async () => {
    await signInAs('snv.cchc');
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await e.page.getByRole('link', { name: 'Tổng hợp đăng ký toàn tỉnh' }).click();
    const panel = e.page.getByTestId('late-acceptance');
    await panel.getByRole('button', { name: 'Chấp nhận đăng ký muộn' }).click();
    const summary = panel.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Đơn vị: chưa chọn đơn vị được chấp nhận đăng ký muộn');

    await panel.getByLabel('Đơn vị').fill('thi tran hon dat');
    await panel.getByRole('button', { name: /Thị trấn Hòn Đất.*30817/ }).click();
    await panel.getByLabel('Lý do chấp nhận đăng ký muộn').fill('Đơn vị gửi văn bản qua bưu điện ngày 30/3/2020');
    await panel.getByRole('button', { name: 'Chấp nhận đăng ký muộn' }).click();
    await panel.getByText('Đã chấp nhận đăng ký muộn cho Thị trấn Hòn Đất.').waitFor();
    expect(e.confirmations.at(-1)).toContain('Chấp nhận đăng ký muộn cho Thị trấn Hòn Đất');
    const [reg] = await e.database.db.select().from(registrations).where(eq(registrations.orgUnitId, unitIds.get('30817')!));
    expect([reg.lateOverrideReason, reg.createdById]).toEqual(['Đơn vị gửi văn bản qua bưu điện ngày 30/3/2020', null]);
  });

  it('offers Sở Nội vụ the same acceptance on a unit’s unsent registration after the deadline', async () => {
    const [reg] = await e.database.db.select({ id: registrations.id }).from(registrations).where(eq(registrations.orgUnitId, unitIds.get('30904')!));
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}/dang-ky/${reg.id}`);
    const panel = e.page.getByTestId('late-acceptance');
    expect(await panel.textContent()).toContain('Đơn vị: Thị trấn Giồng Riềng');
    await panel.getByLabel('Lý do chấp nhận đăng ký muộn').fill('Bản đăng ký đã lập trong hạn, chưa kịp gửi do mất điện');
    await panel.getByRole('button', { name: 'Chấp nhận đăng ký muộn' }).click();
    await e.page.getByText('Đã chấp nhận đăng ký muộn cho Thị trấn Giồng Riềng').waitFor();
    expect(e.confirmations.at(-1)).toContain('Chấp nhận đăng ký muộn cho Thị trấn Giồng Riềng');
    expect(await e.page.getByTestId('registration-window').textContent()).toContain('Sở Nội vụ chấp nhận đăng ký muộn, lý do: Bản đăng ký đã lập trong hạn');
    expect(await panel.count()).toBe(0);
  });

  it('lets the unit’s officer then register on a 390 px phone, told the head must now approve and send; the printed form names the officer as NGƯỜI LẬP BIỂU', async () => {
    await e.page.setViewportSize({ width: 390, height: 844 });
    try {
      await signInAs('canbo.hd');
      await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
      await e.page.getByRole('link', { name: 'Thị trấn Hòn Đất' }).click();
      await e.page.getByRole('heading', { level: 1, name: 'Bản đăng ký thi đua chuyên đề' }).waitFor();
      expect(await e.page.getByTestId('registration-window').textContent()).toContain('Sở Nội vụ chấp nhận đăng ký muộn');

      // Focus goes to the new row, then to the row that takes the place of a removed one.
      await e.page.getByRole('button', { name: 'Thêm cá nhân' }).click();
      expect(await focusedId()).toBe('individual-0-pick');
      await e.page.getByRole('button', { name: 'Thêm cá nhân' }).click();
      expect(await focusedId()).toBe('individual-1-pick');
      await e.page.getByRole('button', { name: 'Xóa cá nhân 1' }).click();
      expect(await focusedId()).toBe('individual-0-heading');

      await e.page.getByLabel('Họ và tên').fill('Phạm Văn Muộn');
      await e.page.getByLabel('Chức vụ, đơn vị công tác').fill('Công chức Văn phòng - Thống kê');
      await e.page.getByRole('button', { name: 'Lưu bản đăng ký' }).click();
      const saved = e.page.getByRole('status').filter({ hasText: 'Đã lưu bản đăng ký.' });
      await saved.waitFor();
      expect(await saved.textContent()).toContain('Thủ trưởng đơn vị đăng nhập, xem lại và bấm «Duyệt và gửi»');
      expect(await e.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

      // The signed-scan upload speaks Vietnamese like the imports.
      const docs = e.page.getByTestId('registration-documents');
      expect(await docs.getByText('Chọn tệp', { exact: true }).isVisible()).toBe(true);
      expect(await docs.getByTestId('signed-scan-file-name').textContent()).toBe('Chưa chọn tệp');

      const href = await docs.getByRole('link', { name: 'Tải bản đăng ký (Word)' }).getAttribute('href');
      const form = await e.page.request.get(e.baseUrl + href);
      expect(form.status()).toBe(200);
      const text = await docxText(await form.body());
      expect(text.slice(text.indexOf('NGƯỜI LẬP BIỂU'))).toContain('Lê Thị Lập Biểu');
      expect(text).not.toContain('Đặng Văn Sở');
    } finally {
      await e.page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('lets Sở Nội vụ import the unit’s paper form, dry run first, recording the officer named on it as preparer', async () => {
    await signInAs('snv.cchc');
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    const panel = e.page.locator('section', { has: e.page.getByRole('heading', { name: 'Nhập bản đăng ký của các đơn vị từ tệp' }) });
    const csv = [
      'Mã đơn vị,Tên đơn vị,Nội dung đăng ký tập thể,Họ và tên,Chức vụ,Nội dung đăng ký cá nhân,Người lập biểu',
      '30817,Thị trấn Hòn Đất,,Phạm Văn Muộn,Công chức Văn phòng - Thống kê,,Lê Thị Lập Biểu',
      '30817,Thị trấn Hòn Đất,,Ngô Thị Giấy,Công chức Tư pháp - Hộ tịch,,',
    ].join('\n');
    await panel.getByLabel('Tệp đăng ký (.xlsx hoặc .csv)').setInputFiles({ name: 'ban-giay-hon-dat.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await panel.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click();
    await panel.getByText('Kiểm tra xong: tệp hợp lệ, có thể nhập dữ liệu').waitFor();
    await panel.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await panel.getByText('Đã nhập dữ liệu').waitFor();
    const [reg] = await e.database.db.select().from(registrations).where(eq(registrations.orgUnitId, unitIds.get('30817')!));
    const [officer] = await e.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'canbo.hd'));
    expect(reg.createdById).toBe(officer.id);
    const named = await e.database.db.select({ fullName: people.fullName }).from(people).where(eq(people.orgUnitId, unitIds.get('30817')!));
    expect(named.map((p) => p.fullName).sort()).toEqual(['Ngô Thị Giấy', 'Phạm Văn Muộn']);
  });

  it('lets Sở Nội vụ rate an individual from the Cá nhân tab', async () => {
    await e.page.goto(`${e.baseUrl}/xep-loai/2020`);
    await e.page.getByLabel('Đối tượng').selectOption('person');
    const form = e.page.getByTestId('person-rating-form');
    await form.getByRole('heading', { name: 'Nhập xếp loại cá nhân năm 2020' }).waitFor();
    await form.getByLabel('Cá nhân').fill('bich ngoc');
    await form.getByRole('button', { name: /Trần Thị Bích Ngọc.*Thị trấn Giồng Riềng/ }).click();
    await form.getByLabel('Xếp loại chất lượng').selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
    await form.getByRole('button', { name: 'Lưu xếp loại' }).click();
    await form.getByText('Đã lưu xếp loại năm 2020 của Trần Thị Bích Ngọc (Thị trấn Giồng Riềng).').waitFor();
    const rows = await e.database.db.select({ rating: ratings.rating, personId: ratings.personId }).from(ratings).where(and(eq(ratings.year, 2020), eq(ratings.orgUnitId, unitIds.get('30904')!)));
    expect(rows.filter((r) => r.personId !== null).map((r) => r.rating)).toEqual(['good']);
  });

  it('lets the administrator move a district account to the district, the form saying why its Phòng Nội vụ is refused', async () => {
    await signInAs('admin', ADMIN_PASSWORD);
    await e.page.goto(`${e.baseUrl}/tai-khoan`);
    const row = e.page.getByTestId('user-table').getByRole('row', { name: /pnv\.gr/ });
    await row.getByRole('button', { name: /Sửa vai trò, đơn vị/ }).click();
    const form = e.page.getByTestId('user-edit-form');
    await form.waitFor();
    expect(await focusedId()).toBe('edit-user-title');
    expect(await form.textContent()).toContain('không gắn với Phòng Nội vụ của huyện');
    expect(await form.getByTestId('edit-current-unit').textContent()).toContain('Phòng Nội vụ huyện Giồng Riềng');

    await form.getByLabel('Đơn vị mới (để trống nếu giữ nguyên)').fill('phong noi vu huyen hon dat');
    await form.getByRole('button', { name: /Phòng Nội vụ huyện Hòn Đất/ }).click();
    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const summary = form.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('không gắn với «Phòng Nội vụ huyện Hòn Đất»; hãy chọn «Huyện Hòn Đất»');

    await form.getByRole('button', { name: 'Đổi đơn vị' }).click();
    await form.getByLabel('Đơn vị mới (để trống nếu giữ nguyên)').fill('huyen giong rieng');
    await form.getByRole('button', { name: /^Huyện Giồng Riềng/ }).click();
    await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await e.page.getByText('Đã lưu tài khoản pnv.gr: Phòng Nội vụ cấp huyện, Huyện Giồng Riềng.').waitFor();
    const [account] = await e.database.db.select({ orgUnitId: users.orgUnitId }).from(users).where(eq(users.username, 'pnv.gr'));
    expect(account.orgUnitId).toBe(unitIds.get('906'));
  });
});
