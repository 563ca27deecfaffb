import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { buildUnsignedTestPdf, issueTestCertificate, signTestPdf } from '../src/documents/signatures/testing/signTestPdf';
import { docxText } from '../src/documents/testing/extractText';
import { hashPassword } from '../src/server/kit/passwords';
import { kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { makeEligibleUnit } from '../src/server/kit/testing/nominationFixtures';
import { addTrustedCertificate } from '../src/server/features/trustedCertificates/addTrustedCertificate';
import { login, saveCouncilMeeting, startE2E, uploadSignedScans, type E2E } from './support';

const PASSWORD = 'ChauThanh@2021';
const NOW = new Date('2021-05-10T03:00:00Z');
let e: E2E;
let campaignId: string;
let commune: { id: string; name: string };
let signedPdf: Uint8Array;

/**
 * Issue 10's dossier in Chromium: Phòng Nội vụ of Huyện Châu Thành proposes its commune, opens the nomination's
 * dossier, records the council meeting, downloads the three drafts, uploads the signed scans (the Tờ trình signed
 * with ký số by a CA the administrator trusts) and submits it to Sở Nội vụ before the deadline.
 */
beforeAll(async () => {
  e = await startE2E({ now: () => NOW });
  const db = e.database.db;
  const [district] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, '905')));
  await db.insert(users).values({ username: 'pnv.chauthanh', fullName: 'Lê Văn Thành', role: 'district_aggregator', orgUnitId: district.id, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  const [secretariat] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, 'SNV-CCHC')));
  await db.insert(users).values({ username: 'snv.thidua', fullName: 'Trần Thị Hoa', role: 'province_secretariat', orgUnitId: secretariat.id, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  campaignId = await kh34CampaignId(db);
  [commune] = await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(and(eq(orgUnits.parentId, district.id), eq(orgUnits.kind, 'commune'))).orderBy(asc(orgUnits.code)).limit(1);
  await makeEligibleUnit(db, { campaignId, unitId: commune.id });
  const root = await issueTestCertificate({ commonName: 'Test Root CA', organization: 'Ban Cơ yếu Chính phủ (thử)', notBefore: new Date('2019-01-01'), notAfter: new Date('2030-01-01'), isCa: true });
  const signer = await issueTestCertificate({ commonName: 'Lê Văn Thành', organization: 'UBND huyện Châu Thành', notBefore: new Date('2020-01-01'), notAfter: new Date('2023-01-01'), issuer: root });
  const ctx = { actorUserId: null, actorUsername: 'e2e', actorUnitId: null, ip: null, userAgent: null };
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  await addTrustedCertificate(db, ctx, { bytes: Buffer.from(root.pem), userId: admin.id, asOf: NOW });
  signedPdf = await signTestPdf({ signer, chain: [root], signingTime: new Date('2021-05-09T02:00:00Z') });
}, 120_000);
afterAll(async () => e?.close());

/** Downloads a link's file in the page's session and returns its bytes. */
async function download(href: string): Promise<Buffer> {
  const bytes = await e.page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), href);
  return Buffer.from(bytes);
}

describe('a district prepares and submits its commune’s dossier, in Chromium', () => {
  it('records the council meeting, downloads the drafts, uploads the signed scans and submits', async () => {
    const { page } = e;
    await login(e, 'pnv.chauthanh', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}/de-nghi-khen-thuong`);
    await page.getByLabel('Tập thể, cá nhân được đề nghị').selectOption({ label: `${commune.name} — Huyện Châu Thành đề nghị` });
    await page.getByRole('button', { name: 'Đề nghị khen thưởng' }).click();
    await page.getByRole('status').getByText(`Đã đề nghị khen thưởng ${commune.name}.`).waitFor();

    await page.getByTestId('nominations').getByRole('link', { name: 'Hồ sơ khen thưởng' }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ khen thưởng: ${commune.name}` }).waitFor();
    await page.getByTestId('dossier-summary').getByText('hết ngày 24/05/2021').waitFor();
    await page.getByTestId('deadline-countdown').waitFor();

    const form = await saveCouncilMeeting(page, {
      date: '08/05/2021',
      start: '08:00',
      end: '09:30',
      place: 'Hội trường UBND huyện Châu Thành',
      chair: 'Nguyễn Văn An',
      secretary: 'Trần Thị Bình',
      memberCount: 5,
      present: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'],
      votesFor: 3,
      votesAgainst: 0,
    });
    // 3 of 5 present is short of the quorum: refused with the rule, on the members field.
    await page.getByTestId('error-summary').getByText(/cần ít nhất 4 \(80% tổng số thành viên\): không đủ/).first().waitFor();
    await form.getByLabel(/Thành viên có mặt/).fill('Nguyễn Văn An\nTrần Thị Bình\nLê Văn Cường\nPhạm Thị Dung');
    await form.getByLabel('Số phiếu đồng ý', { exact: true }).fill('4');
    await form.getByRole('button', { name: 'Lưu biên bản họp' }).click();
    await page.getByRole('status').getByText('Đã lưu biên bản họp Hội đồng.').waitFor();
    await page.getByTestId('quorum').getByText(/Có mặt 4\/5 thành viên/).waitFor();

    const drafts = { submission_letter: 'TỜ TRÌNH', council_minutes: 'Hội trường UBND huyện Châu Thành', achievement_report: 'BÁO CÁO THÀNH TÍCH' };
    for (const [kind, expected] of Object.entries(drafts)) {
      const href = await page.getByTestId(`draft-${kind}`).getAttribute('href');
      const text = await docxText(await download(href!));
      expect(text).toContain(expected);
      expect(text).toContain(commune.name.replace(/^(Xã|Thị trấn|Phường) /, ''));
    }

    const scans = [
      ['submission_letter', { name: 'to-trinh-ky-so.pdf', mimeType: 'application/pdf', buffer: Buffer.from(signedPdf) }],
      ['council_minutes', { name: 'bien-ban.pdf', mimeType: 'application/pdf', buffer: Buffer.from(buildUnsignedTestPdf('Bien ban hop')) }],
      ['achievement_report', { name: 'bao-cao.png', mimeType: 'image/png', buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('anh quet')]) }],
    ] as const;
    await uploadSignedScans(page, scans);
    const letter = page.getByTestId('dossier-document-submission_letter');
    await letter.getByText('Chữ ký số hợp lệ').waitFor();
    await letter.getByTestId('signature-report').getByText('Lê Văn Thành').waitFor();
    await expect(page.getByTestId('dossier-checklist').getByText('Còn thiếu').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Gửi hồ sơ về Sở Nội vụ' }).click();
    await page.getByRole('status').getByText('Đã gửi hồ sơ về Sở Nội vụ.').waitFor();
    await page.getByTestId('dossier-status').getByText('Đã gửi Sở Nội vụ').waitFor();
    expect(e.confirmations.at(-1)).toContain(`Gửi hồ sơ của ${commune.name} về Sở Nội vụ`);
    // Submitted: no more forms to change it.
    await expect(page.getByTestId('council-meeting-form').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Tải lên bản đã ký' }).count()).resolves.toBe(0);

    // Sở Nội vụ returns it for supplement: the reason is required, the action asks first, the unit may edit again.
    const dossierUrl = page.url();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();
    await login(e, 'snv.thidua', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(dossierUrl);
    const giveBack = page.getByRole('button', { name: 'Trả lại hồ sơ' });
    await giveBack.click();
    await page.getByText('Nội dung cần bổ sung: không được để trống').first().waitFor();
    await page.getByLabel('Nội dung cần bổ sung').fill('Bổ sung biên bản họp có chữ ký thư ký.');
    await giveBack.click();
    await page.getByRole('status').getByText('Đã trả lại hồ sơ cho đơn vị.').waitFor();
    expect(e.confirmations.at(-1)).toContain(`Trả lại hồ sơ của ${commune.name} cho Huyện Châu Thành để bổ sung.`);
    expect(await e.accessibility.flush()).toEqual([]);
  });
});
