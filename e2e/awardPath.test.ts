import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossiers, orgUnits, parPublications, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { pdfPages } from '../src/documents/testing/extractText';
import { buildUnsignedTestPdf } from '../src/documents/signatures/testing/signTestPdf';
import { hashPassword } from '../src/server/kit/passwords';
import { kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { makeEligibleUnit } from '../src/server/kit/testing/nominationFixtures';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'TronVen@2021';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('anh quet')]);
// The server's clock moves forward with the file: submitted and appraised in April, the council in June, the decision after.
let clock = new Date('2021-04-20T03:00:00Z');
let e: E2E;
let campaignId: string;
let communeId: string;
let nominationId: string;
const COMMUNE = 'Thị trấn Giồng Riềng';

/**
 * Issue 11's whole path in Chromium, each actor through the login page: Huyện Giồng Riềng has submitted Thị trấn
 * Giồng Riềng's dossier (through the API, as in the appraisal test); Sở Nội vụ accepts it on the appraisal screen,
 * holds the council session (members, agenda, votes, close), drafts and submits the Tờ trình; the chairman's office
 * approves it; Sở Nội vụ records the decision, publishes it and downloads the certificate; a visitor without an
 * account sees the decision on /cong-khai and the district sees the award in the commune's history.
 */
beforeAll(async () => {
  e = await startE2E({ now: () => clock });
  const db = e.database.db;
  const unit = async (code: string) => (await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code))))[0].id;
  const account = async (username: string, fullName: string, role: 'district_aggregator' | 'province_secretariat' | 'province_approver', code: string) => ({
    username,
    fullName,
    role,
    orgUnitId: await unit(code),
    passwordHash: await hashPassword(PASSWORD),
    mustChangePassword: false,
  });
  await db.insert(users).values([
    await account('pnv.giongrieng', 'Lê Văn Riềng', 'district_aggregator', '906'),
    await account('snv.cchc', 'Trần Thị Hoa', 'province_secretariat', 'SNV-CCHC'),
    await account('vp.ubnd', 'Phạm Văn Duyệt', 'province_approver', '91'),
  ]);
  campaignId = await kh34CampaignId(db);
  communeId = await unit('30904');
  await makeEligibleUnit(db, { campaignId, unitId: communeId });
  await db.update(parPublications).set({ decisionDate: '2021-04-16' }).where(eq(parPublications.year, 2020));

  // The district proposes the commune and submits its dossier (the dossier screens have their own tests).
  const res = await e.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'pnv.giongrieng', password: PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  const headers = { cookie: `thidua_sid=${res.cookies.find((c) => c.name === 'thidua_sid')!.value}`, 'x-csrf-token': res.json().csrfToken as string };
  const call = async (method: 'POST' | 'PUT', url: string, payload?: unknown, extra: Record<string, string> = {}) => {
    const r = await e.app.inject({ method, url, payload: payload as string, headers: { ...headers, ...extra } });
    expect(r.statusCode, `${method} ${url}: ${r.body}`).toBeLessThan(300);
    return r;
  };
  const scan = (kind: string, bytes: Buffer | Uint8Array, fileName: string) =>
    call('POST', `/api/nominations/${nominationId}/dossier/documents/${kind}/scans?fileName=${encodeURIComponent(fileName)}`, Buffer.from(bytes), { 'content-type': 'application/octet-stream' });
  nominationId = (await call('POST', `/api/campaigns/${campaignId}/nominations`, { nomineeKind: 'unit', nomineeId: communeId })).json().id;
  await call('PUT', `/api/nominations/${nominationId}/dossier/council-meeting`, {
    startsAt: '2021-04-19T01:00:00.000Z',
    endsAt: '2021-04-19T02:30:00.000Z',
    place: 'Hội trường UBND huyện Giồng Riềng',
    chair: 'Nguyễn Văn An',
    secretary: 'Trần Thị Bình',
    membersTotal: 5,
    membersPresent: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'],
    tallies: [{ nomineeName: COMMUNE, agree: 4, disagree: 0 }],
  });
  await scan('submission_letter', buildUnsignedTestPdf('To trinh'), 'to-trinh.pdf');
  await scan('council_minutes', buildUnsignedTestPdf('Bien ban'), 'bien-ban.pdf');
  await scan('achievement_report', PNG, 'bao-cao.png');
  await call('POST', `/api/nominations/${nominationId}/dossier/submit`);
}, 180_000);
afterAll(async () => e?.close());

/** Downloads a link's file in the page's session; a refused download fails with the server's answer. */
async function download(href: string): Promise<{ bytes: Buffer; type: string }> {
  const { status, type, bytes } = await e.page.evaluate(async (url) => {
    const res = await fetch(url);
    return { status: res.status, type: res.headers.get('content-type') ?? '', bytes: Array.from(new Uint8Array(await res.arrayBuffer())) };
  }, href);
  const buffer = Buffer.from(bytes);
  if (status !== 200) throw new Error(`${href} → ${status}: ${buffer.toString('utf8').slice(0, 500)}`);
  return { bytes: buffer, type };
}

/** Logs out whoever is signed in (if anyone) and logs in through the login page. */
async function signIn(username: string): Promise<void> {
  const logout = e.page.getByRole('button', { name: 'Đăng xuất' });
  if (await logout.count()) {
    await logout.click();
    await e.page.getByLabel('Tên đăng nhập').waitFor();
  }
  await login(e, username, PASSWORD);
  await e.page.getByTestId('current-user').waitFor();
}

const dossierStatus = async () => (await e.database.db.select({ status: dossiers.status }).from(dossiers).where(eq(dossiers.nominationId, nominationId)))[0].status;

describe('from a submitted dossier to a published decision and a downloaded certificate, in Chromium', () => {
  it('Sở Nội vụ accepts the dossier on the appraisal screen', async () => {
    const { page } = e;
    await signIn('snv.cchc');
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await page.getByRole('link', { name: /Hồ sơ khen thưởng đã gửi Sở Nội vụ/ }).click();
    await page.getByTestId('dossier-queue').getByRole('link', { name: `Thẩm định: ${COMMUNE}` }).click();
    await page.getByRole('heading', { level: 1, name: `Thẩm định hồ sơ: ${COMMUNE}` }).waitFor();
    const checklist = page.getByTestId('appraisal-checklist');
    for (const code of ['documents', 'signatures', 'eligibility', 'quota', 'onTime']) {
      await expect(checklist.getByTestId(`check-${code}`).getAttribute('data-verdict')).resolves.toBe('pass');
    }
    await page.getByRole('button', { name: 'Thẩm định đạt' }).click();
    await page.getByRole('status').getByText('Đã thẩm định đạt hồ sơ.').waitFor();
    expect(e.confirmations.at(-1)).toContain(`Thẩm định đạt hồ sơ của ${COMMUNE} (phiên bản 1)`);
    await page.getByTestId('appraisal-status').getByText('Đã thẩm định, đủ điều kiện trình Hội đồng').waitFor();
    await expect(dossierStatus()).resolves.toBe('accepted');
  });

  it('Sở Nội vụ holds the council session: members, agenda, votes, close', async () => {
    const { page } = e;
    clock = new Date('2021-06-15T03:00:00Z');
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await page.getByRole('link', { name: /Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh' }).waitFor();
    const create = page.getByTestId('create-session-form');
    await create.getByLabel('Tên phiên họp', { exact: true }).fill('Phiên họp xét Bằng khen CCHC năm 2020');
    await create.getByLabel('Ngày họp', { exact: true }).fill('15/06/2021');
    await create.getByLabel('Giờ bắt đầu', { exact: true }).fill('08:00');
    await create.getByLabel('Địa điểm họp', { exact: true }).fill('Hội trường UBND tỉnh');
    await create.getByRole('button', { name: 'Tạo phiên họp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Phiên họp Hội đồng Thi đua – Khen thưởng: Phiên họp xét Bằng khen CCHC năm 2020' }).waitFor();

    const editor = page.getByTestId('members-editor');
    const members = [
      ['Lê Văn Chủ', 'Chủ tịch UBND tỉnh', 'Chủ tịch Hội đồng (chủ trì)', 'Tỉnh Kiên Giang'],
      ['Trần Văn Phó', 'Giám đốc Sở Nội vụ', 'Phó Chủ tịch Hội đồng', 'Sở Nội vụ'],
      ['Đỗ Thị Thư', 'Trưởng phòng Thi đua, khen thưởng', 'Ủy viên kiêm Thư ký', 'Sở Nội vụ'],
    ];
    for (const [i, [name, position, role, unitName]] of members.entries()) {
      if (i > 0) await editor.getByRole('button', { name: 'Thêm thành viên' }).click();
      const n = i + 1;
      await editor.getByLabel(`Họ và tên (thành viên ${n})`, { exact: true }).fill(name);
      await editor.getByLabel(`Chức vụ (thành viên ${n})`, { exact: true }).fill(position);
      await editor.getByLabel(`Vai trò trong Hội đồng (thành viên ${n})`, { exact: true }).selectOption({ label: role });
      await editor.getByLabel(`Đơn vị công tác (thành viên ${n})`, { exact: true }).selectOption({ label: unitName });
      await editor.getByLabel(`Tình hình tham dự (thành viên ${n})`, { exact: true }).selectOption({ label: 'Có mặt' });
    }
    await editor.getByRole('button', { name: 'Lưu danh sách thành viên' }).click();
    await page.getByRole('status').getByText('Đã lưu danh sách thành viên.').waitFor();
    await page.getByTestId('quorum').getByText(/Dự họp 3\/3 thành viên/).waitFor();

    const agenda = page.getByTestId('agenda-picker');
    await agenda.getByLabel(`${COMMUNE} — Huyện Giồng Riềng đề nghị`).check();
    await agenda.getByRole('button', { name: 'Lưu danh sách hồ sơ' }).click();
    await page.getByRole('status').getByText('Đã lưu danh sách hồ sơ đưa ra xét.').waitFor();

    for (const [name] of members) await page.getByRole('group', { name: `Ý kiến của ${name} về ${COMMUNE}` }).getByLabel('Đồng ý', { exact: true }).check();
    await page.getByRole('button', { name: 'Lưu biểu quyết' }).click();
    await page.getByRole('status').getByText('Đã lưu biểu quyết.').waitFor();
    await page.getByText('Được đề nghị khen thưởng').first().waitFor();

    await page.getByRole('button', { name: 'Kết thúc phiên họp và chốt kết quả' }).click();
    await page.getByRole('status').getByText('Đã kết thúc phiên họp và chốt kết quả.').waitFor();
    expect(e.confirmations.at(-1)).toContain('Kết thúc phiên họp «Phiên họp xét Bằng khen CCHC năm 2020»');
    await page.getByTestId('session-status').getByText('Đã kết thúc').waitFor();
    await expect(dossierStatus()).resolves.toBe('council_passed');
  });

  it('Sở Nội vụ drafts and submits the Tờ trình; the chairman’s office approves it', async () => {
    const { page } = e;
    clock = new Date('2021-06-20T03:00:00Z');
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await page.getByRole('link', { name: /Tờ trình và Quyết định khen thưởng/ }).click();
    await page.getByTestId('unlisted-count').getByText('Có 1 hồ sơ').waitFor();
    await page.getByRole('button', { name: 'Lập Tờ trình' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tờ trình đề nghị tặng Bằng khen' }).waitFor();
    await page.getByTestId('proposal-entries').getByText(COMMUNE).first().waitFor();
    const form = page.getByTestId('proposal-form');
    await form.getByLabel('Số Tờ trình', { exact: true }).fill('52/TTr-SNV');
    await form.getByLabel('Ngày Tờ trình', { exact: true }).fill('18/06/2021');
    await form.getByLabel('Họ và tên người ký', { exact: true }).fill('Trần Văn Nam');
    await form.getByLabel('Chức vụ người ký', { exact: true }).fill('Giám đốc Sở Nội vụ');
    await form.getByRole('button', { name: 'Lưu Tờ trình' }).click();
    await page.getByRole('status').getByText('Đã lưu Tờ trình.').waitFor();
    await page.getByRole('button', { name: 'Trình Chủ tịch UBND tỉnh' }).click();
    await page.getByRole('status').getByText('Đã trình Tờ trình.').waitFor();
    await page.getByTestId('proposal-status').getByText('Đã trình, chờ phê duyệt').waitFor();

    // The chairman's office finds it from the campaign page.
    await signIn('vp.ubnd');
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await page.getByRole('link', { name: /Tờ trình và Quyết định khen thưởng/ }).click();
    await page.getByTestId('award-proposals').getByRole('link', { name: 'Tờ trình số 52/TTr-SNV' }).click();
    await page.getByRole('button', { name: 'Phê duyệt Tờ trình' }).click();
    await page.getByRole('status').getByText('Đã phê duyệt Tờ trình; danh sách đã được chốt.').waitFor();
    expect(e.confirmations.at(-1)).toContain('Phê duyệt Tờ trình: danh sách 1 tập thể, cá nhân được chốt');
  });

  it('Sở Nội vụ records the decision, publishes it and downloads the certificate', async () => {
    const { page } = e;
    clock = new Date('2021-06-25T03:00:00Z');
    await signIn('snv.cchc');
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}/khen-thuong`);
    await page.getByTestId('award-proposals').getByRole('link', { name: 'Tờ trình số 52/TTr-SNV' }).click();
    const decision = page.getByTestId('decision-form');
    await decision.getByLabel('Số quyết định', { exact: true }).fill('1520/QĐ-UBND');
    await decision.getByLabel('Ngày quyết định', { exact: true }).fill('25/06/2021');
    await decision.getByLabel('Họ và tên người ký', { exact: true }).fill('Lê Thị Minh Phụng');
    await decision.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quyết định khen thưởng số 1520/QĐ-UBND' }).waitFor();
    await page.getByTestId('hash-check').getByText('Khớp', { exact: true }).waitFor();
    await expect(dossierStatus()).resolves.toBe('awarded');

    await page.getByRole('button', { name: 'Công bố quyết định' }).click();
    await page.getByRole('status').getByText('Đã công bố quyết định.').waitFor();
    await page.getByTestId('decision-status').getByText('Đã công bố').waitFor();

    const link = page.getByTestId('decision-entries').getByRole('link', { name: `Bằng khen của ${COMMUNE} (PDF)` });
    const certificate = await download((await link.getAttribute('href'))!);
    expect(certificate.type).toContain('application/pdf');
    expect(certificate.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPages(certificate.bytes);
    expect(pages).toHaveLength(1);
    const text = pages[0].normalize('NFC').replace(/\s+/g, ' ');
    expect(text).toContain(COMMUNE);
    expect(text).toContain('TẶNG BẰNG KHEN');
    expect(text).toContain('Quyết định số 1520/QĐ-UBND ngày 25 tháng 6 năm 2021');
    expect(await e.accessibility.flush()).toEqual([]);
  });

  it('a visitor without login sees the decision on /cong-khai; the district sees the award in the commune’s history', async () => {
    const { page } = e;
    await e.context.clearCookies();
    await page.goto(`${e.baseUrl}/cong-khai`);
    await page.getByRole('heading', { level: 1, name: 'Công khai thi đua, khen thưởng' }).waitFor();
    const published = page.getByTestId('public-decision');
    // Counted once the list has arrived: the page's heading shows before its decisions are fetched.
    await published.getByRole('heading', { name: /1520\/QĐ-UBND/ }).waitFor();
    await expect(published.count()).resolves.toBe(1);
    await published.getByText(COMMUNE).first().waitFor();

    await signIn('pnv.giongrieng');
    await page.goto(`${e.baseUrl}/don-vi/${communeId}`);
    const history = page.getByTestId('award-history');
    const row = history.getByRole('row').filter({ hasText: 'Số 1520/QĐ-UBND ngày 25/06/2021' });
    await row.getByRole('rowheader', { name: COMMUNE }).waitFor();
    await expect(row.textContent()).resolves.not.toContain('chưa công bố');
    expect(await e.accessibility.flush()).toEqual([]);
  });
});
