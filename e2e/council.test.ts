import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilSessions, dossiers, orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { canonicalJson } from '../src/domain/council/canonicalJson';
import { docxText } from '../src/documents/testing/extractText';
import { hashPassword } from '../src/server/kit/passwords';
import { acceptedDossier } from '../src/server/kit/testing/councilFixtures';
import { kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { createHash } from 'node:crypto';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'HoiDong@2021';
const NOW = new Date('2021-06-15T03:00:00Z');
let e: E2E;
let campaignId: string;
let commune: string;
let person: { dossierId: string };
let communeDossier: { dossierId: string };

/**
 * Issue 11 §2 in Chromium: Sở Nội vụ opens a council session for the campaign, lists its members (one from the
 * district that proposed the commune, so recused from it), puts the two accepted dossiers on the agenda, records the
 * votes from paper (radio groups, one by keyboard), closes the session after confirming, and downloads the Biên bản.
 * The accepted dossiers are written straight to the database (the appraisal is its own feature).
 */
beforeAll(async () => {
  e = await startE2E({ now: () => NOW });
  const db = e.database.db;
  const unit = async (code: string) => (await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code))))[0];
  const secretariat = await unit('SNV-CCHC');
  await db.insert(users).values({ username: 'snv.hoidong', fullName: 'Trần Thị Hoa', role: 'province_secretariat', orgUnitId: secretariat.id, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  campaignId = await kh34CampaignId(db);
  const tt = await unit('30904');
  commune = tt.name;
  communeDossier = await acceptedDossier(db, { campaignId, nomineeUnitId: tt.id, proposingUnitId: (await unit('906')).id });
  person = await acceptedDossier(db, { campaignId, nomineeUnitId: (await unit('STP')).id, proposingUnitId: (await unit('STP')).id, personName: 'Nguyễn Thị Bích' });
}, 120_000);
afterAll(async () => e?.close());

async function download(href: string): Promise<Buffer> {
  const bytes = await e.page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), href);
  return Buffer.from(bytes);
}

describe('the secretariat runs a council session, in Chromium', () => {
  it('creates it, lists members, picks the agenda, records votes, closes it and downloads the minutes', async () => {
    const { page } = e;
    await login(e, 'snv.hoidong', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await page.getByRole('link', { name: /Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh' }).waitFor();

    // Bad input: the error summary names each field.
    const create = page.getByTestId('create-session-form');
    await create.getByLabel('Ngày họp', { exact: true }).fill('31/02/2021');
    await create.getByRole('button', { name: 'Tạo phiên họp' }).click();
    await page.getByTestId('error-summary').getByText('Tên phiên họp: không được để trống').waitFor();
    await page.getByTestId('error-summary').getByText('Ngày họp: nhập theo dạng dd/mm/yyyy').waitFor();
    await create.getByLabel('Tên phiên họp', { exact: true }).fill('Phiên họp xét Bằng khen CCHC năm 2020');
    await create.getByLabel('Ngày họp', { exact: true }).fill('15/06/2021');
    await create.getByLabel('Giờ bắt đầu', { exact: true }).fill('08:00');
    await create.getByLabel('Địa điểm họp', { exact: true }).fill('Hội trường UBND tỉnh');
    await create.getByRole('button', { name: 'Tạo phiên họp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Phiên họp Hội đồng Thi đua – Khen thưởng: Phiên họp xét Bằng khen CCHC năm 2020' }).waitFor();

    // Members: the chair from the province, a vice-chair, a member from the district (recused from its commune), the secretary.
    const editor = page.getByTestId('members-editor');
    const members = [
      ['Lê Văn Chủ', 'Chủ tịch UBND tỉnh', 'Chủ tịch Hội đồng (chủ trì)', 'Tỉnh Kiên Giang', 'Có mặt'],
      ['Trần Văn Phó', 'Giám đốc Sở Nội vụ', 'Phó Chủ tịch Hội đồng', 'Sở Nội vụ', 'Có mặt'],
      ['Phạm Văn Huyện', 'Chủ tịch UBND huyện Giồng Riềng', 'Ủy viên', 'Huyện Giồng Riềng', 'Vắng, có ý kiến bằng văn bản'],
      ['Đỗ Thị Thư', 'Trưởng phòng Thi đua, khen thưởng', 'Ủy viên kiêm Thư ký', 'Sở Nội vụ', 'Có mặt'],
    ];
    for (const [i, [name, position, role, unitName, attendance]] of members.entries()) {
      if (i > 0) await editor.getByRole('button', { name: 'Thêm thành viên' }).click();
      const n = i + 1;
      await editor.getByLabel(`Họ và tên (thành viên ${n})`, { exact: true }).fill(name);
      await editor.getByLabel(`Chức vụ (thành viên ${n})`, { exact: true }).fill(position);
      await editor.getByLabel(`Vai trò trong Hội đồng (thành viên ${n})`, { exact: true }).selectOption({ label: role });
      await editor.getByLabel(`Đơn vị công tác (thành viên ${n})`, { exact: true }).selectOption({ label: unitName });
      await editor.getByLabel(`Tình hình tham dự (thành viên ${n})`, { exact: true }).selectOption({ label: attendance });
    }
    await editor.getByRole('button', { name: 'Lưu danh sách thành viên' }).click();
    await page.getByRole('status').getByText('Đã lưu danh sách thành viên.').waitFor();
    await page.getByTestId('quorum').getByText(/Dự họp 4\/4 thành viên \(có mặt 3, có ý kiến bằng văn bản 1\)/).waitFor();

    const agenda = page.getByTestId('agenda-picker');
    await agenda.getByLabel(`${commune} — Huyện Giồng Riềng đề nghị`).check();
    await agenda.getByLabel('Nguyễn Thị Bích — Sở Tư pháp đề nghị').check();
    await agenda.getByRole('button', { name: 'Lưu danh sách hồ sơ' }).click();
    await page.getByRole('status').getByText('Đã lưu danh sách hồ sơ đưa ra xét.').waitFor();

    // The district's member is recused from its commune: no radio group for them there.
    const communeSection = page.getByTestId(`nominee-${communeDossier.dossierId}`);
    await communeSection.getByText('Không tham gia (cùng đơn vị)').waitFor();
    await expect(communeSection.getByRole('group', { name: `Ý kiến của Phạm Văn Huyện về ${commune}` }).count()).resolves.toBe(0);
    const vote = async (member: string, nominee: string, choice: string) => page.getByRole('group', { name: `Ý kiến của ${member} về ${nominee}` }).getByLabel(choice, { exact: true }).check();
    await vote('Lê Văn Chủ', commune, 'Đồng ý');
    await vote('Trần Văn Phó', commune, 'Đồng ý');
    await vote('Đỗ Thị Thư', commune, 'Không đồng ý');
    // A radio group by keyboard: focus "Đồng ý", the arrow key moves the choice to "Không đồng ý".
    await page.getByRole('group', { name: 'Ý kiến của Lê Văn Chủ về Nguyễn Thị Bích' }).getByLabel('Đồng ý', { exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('group', { name: 'Ý kiến của Lê Văn Chủ về Nguyễn Thị Bích' }).getByLabel('Không đồng ý', { exact: true }).isChecked()).resolves.toBe(true);
    await vote('Trần Văn Phó', 'Nguyễn Thị Bích', 'Đồng ý');
    await vote('Phạm Văn Huyện', 'Nguyễn Thị Bích', 'Đồng ý');
    await vote('Đỗ Thị Thư', 'Nguyễn Thị Bích', 'Không biểu quyết');
    await page.getByRole('button', { name: 'Lưu biểu quyết' }).click();
    await page.getByRole('status').getByText('Đã lưu biểu quyết.').waitFor();
    // The commune: 2 of 4 − 1 recused agree → passes; the person: 2 of 4 is a tie → fails.
    await page.getByTestId(`result-${communeDossier.dossierId}`).getByText('Được đề nghị khen thưởng').waitFor();
    await page.getByTestId(`result-${communeDossier.dossierId}`).getByText(/đã trừ 1 thành viên cùng đơn vị/).waitFor();
    await page.getByTestId(`result-${person.dossierId}`).getByText(/bằng đúng một nửa/).waitFor();

    await page.getByRole('button', { name: 'Kết thúc phiên họp và chốt kết quả' }).click();
    await page.getByRole('status').getByText('Đã kết thúc phiên họp và chốt kết quả.').waitFor();
    expect(e.confirmations.at(-1)).toContain('Kết thúc phiên họp «Phiên họp xét Bằng khen CCHC năm 2020»');
    await page.getByTestId('session-status').getByText('Đã kết thúc').waitFor();
    await page.getByTestId('snapshot').getByText('Khớp với bản ghi lưu trữ').waitFor();
    // Read only now: no editor, no vote form, no close button.
    await expect(page.getByTestId('members-editor').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Lưu biểu quyết' }).count()).resolves.toBe(0);

    const db = e.database.db;
    const statuses = await db.select({ id: dossiers.id, status: dossiers.status }).from(dossiers);
    expect(statuses.find((d) => d.id === communeDossier.dossierId)?.status).toBe('council_passed');
    expect(statuses.find((d) => d.id === person.dossierId)?.status).toBe('council_failed');
    const [session] = await db.select().from(councilSessions);
    expect(createHash('sha256').update(canonicalJson(session.snapshot)).digest('hex')).toBe(session.snapshotSha256);
    await page.getByTestId('snapshot').getByText(session.snapshotSha256!).waitFor();

    const text = await docxText(await download((await page.getByTestId('minutes').getAttribute('href'))!));
    for (const expected of ['BIÊN BẢN', 'Hội trường UBND tỉnh', 'Chủ trì: Lê Văn Chủ', 'Thư ký: Đỗ Thị Thư', 'Phạm Văn Huyện', `${commune} (Huyện Giồng Riềng đề nghị)`, 'Đề nghị khen thưởng', 'Không đề nghị']) expect(text).toContain(expected);

    // On a phone the vote tables scroll inside their frame, not the page.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).resolves.toBe(true);
    expect(await e.accessibility.flush()).toEqual([]);
  });
});
