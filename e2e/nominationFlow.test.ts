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
const PERSON = 'Nguyễn Thị Mai';
const STP_PERSON = 'Võ Văn Bảy';
let e: E2E;
let campaignId: string;
let communes: { id: string; name: string }[];
let signedPdf: Uint8Array;

/**
 * Issue 10's browser criterion end to end, on a clock after the 2020 ranking's publication (07/5/2021):
 * Phòng Nội vụ of Huyện Châu Thành (quota: 1 commune) proposes its commune; the commune, now chosen (Gạch đầu dòng 2,
 * Điểm a, Khoản 4, Mục III), proposes one individual (communes propose their own individuals, III.4.b — the access
 * policy `mayProposeFor`); the district drafts the three documents from a recorded council meeting, downloads each,
 * uploads the signed scans (the Tờ trình signed with ký số by a CA the administrator trusts) and submits; a second
 * commune is then refused with the quota message. Second test: the selection gate on the nomination form — an
 * eligible department Sở Nội vụ has not selected is refused, Sở Nội vụ selects it on screen, then it proposes.
 * Set-up straight in the database: the accounts, eligible units and people, the trusted CA.
 */
beforeAll(async () => {
  e = await startE2E({ now: () => NOW });
  const db = e.database.db;
  const unitOf = async (code: string) => (await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code))))[0].id;
  const [district, secretariat, stp] = [await unitOf('905'), await unitOf('SNV-CCHC'), await unitOf('STP')];
  communes = await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(and(eq(orgUnits.parentId, district), eq(orgUnits.kind, 'commune'))).orderBy(asc(orgUnits.code)).limit(2);
  const account = async (username: string, fullName: string, role: typeof users.$inferInsert.role, orgUnitId: string) =>
    db.insert(users).values({ username, fullName, role, orgUnitId, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  await account('pnv.chauthanh', 'Lê Văn Thành', 'district_aggregator', district);
  await account('canbo.xa', 'Đỗ Thị Xã', 'unit_officer', communes[0].id);
  await account('snv.thidua', 'Trần Thị Hoa', 'province_secretariat', secretariat);
  await account('canbo.stp', 'Phan Văn Pháp', 'unit_officer', stp);
  campaignId = await kh34CampaignId(db);
  await makeEligibleUnit(db, { campaignId, unitId: communes[0].id, people: [PERSON] });
  await makeEligibleUnit(db, { campaignId, unitId: communes[1].id });
  await makeEligibleUnit(db, { campaignId, unitId: stp, people: [STP_PERSON] });
  const root = await issueTestCertificate({ commonName: 'Test Root CA', organization: 'Ban Cơ yếu Chính phủ (thử)', notBefore: new Date('2019-01-01'), notAfter: new Date('2030-01-01'), isCa: true });
  const signer = await issueTestCertificate({ commonName: 'Lê Văn Thành', organization: 'UBND huyện Châu Thành', notBefore: new Date('2020-01-01'), notAfter: new Date('2023-01-01'), issuer: root });
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  await addTrustedCertificate(db, { actorUserId: null, actorUsername: 'e2e', actorUnitId: null, ip: null, userAgent: null }, { bytes: Buffer.from(root.pem), userId: admin.id, asOf: NOW });
  signedPdf = await signTestPdf({ signer, chain: [root], signingTime: new Date('2021-05-09T02:00:00Z') });
}, 120_000);
afterAll(async () => e?.close());

/** Downloads a link's file in the page's session and returns its bytes. */
async function download(href: string): Promise<Buffer> {
  const bytes = await e.page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), href);
  return Buffer.from(bytes);
}

async function signIn(username: string): Promise<void> {
  if ((await e.page.getByRole('button', { name: 'Đăng xuất' }).count()) > 0) {
    await e.page.getByRole('button', { name: 'Đăng xuất' }).click();
    await e.page.getByLabel('Tên đăng nhập').waitFor();
  }
  await login(e, username, PASSWORD);
  await e.page.getByTestId('current-user').waitFor();
}

async function openNominations(): Promise<void> {
  await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}/de-nghi-khen-thuong`);
  await e.page.getByRole('heading', { level: 1, name: 'Đề nghị khen thưởng' }).waitFor();
}

/** Chooses a candidate in the nomination form and sends it. */
async function propose(optionLabel: string): Promise<void> {
  await e.page.getByLabel('Tập thể, cá nhân được đề nghị').selectOption({ label: optionLabel });
  await e.page.getByRole('button', { name: 'Đề nghị khen thưởng' }).click();
}

describe('a district proposes its commune, the commune its individual, and the district submits the dossier, in Chromium', () => {
  it('proposes, drafts the three documents, uploads the signed scans, submits, and is refused a second commune by the quota', async () => {
    const { page } = e;
    const [commune, second] = communes;
    const gauge = page.getByTestId('quota-gauge');

    // 1. The district proposes its commune (Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III).
    await signIn('pnv.chauthanh');
    await openNominations();
    await gauge.getByText('Đã đề nghị 0/1 xã — Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III').waitFor();
    await propose(`${commune.name} — Huyện Châu Thành đề nghị`);
    await page.getByRole('status').getByText(`Đã đề nghị khen thưởng ${commune.name}.`).waitFor();
    await gauge.getByText('Đã đề nghị 1/1 xã — Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III').waitFor();

    // 2. The commune, chosen by its district's proposal, proposes its one individual (Điểm b, Khoản 4, Mục III).
    await signIn('canbo.xa');
    await openNominations();
    await propose(`${PERSON} (${commune.name}) — ${commune.name} đề nghị`);
    await page.getByRole('status').getByText(`Đã đề nghị khen thưởng ${PERSON} (${commune.name}).`).waitFor();
    await page.getByTestId('quota-gauge').getByText('Đã đề nghị 1/1 cá nhân — Điểm b, Khoản 4, Mục III').waitFor();

    // 3. The district opens its commune's dossier, records the council meeting and drafts the three documents.
    await signIn('pnv.chauthanh');
    await openNominations();
    const communeRow = page.getByTestId('nominations').locator('tr', { has: page.getByRole('rowheader', { name: commune.name, exact: true }) });
    await communeRow.getByRole('link', { name: 'Hồ sơ khen thưởng' }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ khen thưởng: ${commune.name}` }).waitFor();
    await expect(page.getByTestId('dossier-checklist').getByText('Còn thiếu').count()).resolves.toBeGreaterThan(0);

    await saveCouncilMeeting(page, {
      date: '08/05/2021',
      start: '14:00',
      end: '15:00',
      place: 'Phòng họp UBND huyện Châu Thành',
      chair: 'Nguyễn Văn An',
      secretary: 'Trần Thị Bình',
      memberCount: 5,
      present: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Huỳnh Văn Em'],
      votesFor: 5,
      votesAgainst: 0,
    });
    await page.getByRole('status').getByText('Đã lưu biên bản họp Hội đồng.').waitFor();
    await page.getByTestId('quorum').getByText(/Có mặt 5\/5 thành viên/).waitFor();

    // Each draft is a DOCX drafted from the records: the Tờ trình, the Biên bản from the meeting, the Mẫu 07 report.
    const communeWords = commune.name.replace(/^(Xã|Thị trấn|Phường) /, '');
    const drafts = {
      submission_letter: ['TỜ TRÌNH', 'ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH'],
      council_minutes: ['BIÊN BẢN', 'Phòng họp UBND huyện Châu Thành', '5/5 thành viên', 'Trần Thị Bình'],
      achievement_report: ['BÁO CÁO THÀNH TÍCH', 'Kế hoạch số 34/KH-UBND'],
    };
    for (const [kind, expected] of Object.entries(drafts)) {
      const href = await page.getByTestId(`draft-${kind}`).getAttribute('href');
      const text = await docxText(await download(href!));
      for (const words of expected) expect(text, kind).toContain(words);
      expect(text, kind).toContain(communeWords);
    }

    // 4. The signed scans: the Tờ trình with ký số, the others as plain PDFs.
    const scans = [
      ['submission_letter', { name: 'to-trinh-ky-so.pdf', mimeType: 'application/pdf', buffer: Buffer.from(signedPdf) }],
      ['council_minutes', { name: 'bien-ban-hop.pdf', mimeType: 'application/pdf', buffer: Buffer.from(buildUnsignedTestPdf('Bien ban hop Hoi dong')) }],
      ['achievement_report', { name: 'bao-cao-thanh-tich.pdf', mimeType: 'application/pdf', buffer: Buffer.from(buildUnsignedTestPdf('Bao cao thanh tich')) }],
    ] as const;
    await uploadSignedScans(page, scans);
    await page.getByTestId('dossier-document-submission_letter').getByText('Chữ ký số hợp lệ').waitFor();
    await expect(page.getByTestId('dossier-checklist').getByText('Còn thiếu').count()).resolves.toBe(0);

    // 5. Submitted to Sở Nội vụ within the deadline; the unit can no longer change it.
    await page.getByRole('button', { name: 'Gửi hồ sơ về Sở Nội vụ' }).click();
    await page.getByRole('status').getByText('Đã gửi hồ sơ về Sở Nội vụ.').waitFor();
    await page.getByTestId('dossier-status').getByText('Đã gửi Sở Nội vụ').waitFor();
    expect(e.confirmations.at(-1)).toContain(`Gửi hồ sơ của ${commune.name} về Sở Nội vụ`);
    await expect(page.getByRole('button', { name: 'Tải lên bản đã ký' }).count()).resolves.toBe(0);

    // 6. A second commune: Châu Thành's quota is 1, so the refusal names it, its clause and the commune using it.
    await openNominations();
    await propose(`${second.name} — Huyện Châu Thành đề nghị`);
    const summary = page.getByTestId('error-summary');
    await summary.getByText(/Huyện Châu Thành đã đề nghị 1\/1 xã/).waitFor();
    const message = await summary.innerText();
    expect(message).toContain('Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III');
    expect(message).toContain(`Đã đề nghị: ${commune.name}.`);
    await expect(page.getByTestId('nominations').getByRole('rowheader', { name: second.name, exact: true }).count()).resolves.toBe(0);
    expect(await e.accessibility.flush()).toEqual([]);
  });

  it('refuses an eligible department Sở Nội vụ has not selected, on the nomination form; once Sở Nội vụ selects it on screen, it proposes', async () => {
    const { page } = e;
    const option = `${STP_PERSON} (Sở Tư pháp) — Sở Tư pháp đề nghị`;
    await signIn('canbo.stp');
    await openNominations();
    await propose(option);
    const summary = page.getByTestId('error-summary');
    await summary.getByText(/Sở Tư pháp chưa được Sở Nội vụ chọn là tập thể tiêu biểu/).waitFor();
    expect(await summary.innerText()).toContain('(Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III)');
    await expect(page.getByText('Chưa có đề nghị nào trong phạm vi của bạn.').count()).resolves.toBe(1);

    // Sở Nội vụ picks it from the excellent group (Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III).
    await signIn('snv.thidua');
    await openNominations();
    await page.getByRole('link', { name: 'Chọn tập thể tiêu biểu trong nhóm xuất sắc' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chọn tập thể tiêu biểu' }).waitFor();
    await page.getByLabel('Sở Tư pháp', { exact: true }).check();
    await page.getByRole('button', { name: 'Chọn và thông báo cho đơn vị' }).click();
    await page.getByRole('status').getByText('Đã chọn Sở Tư pháp; đơn vị đã được thông báo lập hồ sơ khen thưởng.').waitFor();

    await signIn('canbo.stp');
    await openNominations();
    await propose(option);
    await page.getByRole('status').getByText(`Đã đề nghị khen thưởng ${STP_PERSON} (Sở Tư pháp).`).waitFor();
    await page.getByTestId('quota-gauge').getByText('Đã đề nghị 1/2 cá nhân — Điểm b, Khoản 4, Mục III').waitFor();
    expect(await e.accessibility.flush()).toEqual([]);
  });
});
