import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits, parPublications, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { buildUnsignedTestPdf } from '../src/documents/signatures/testing/signTestPdf';
import { hashPassword } from '../src/server/kit/passwords';
import { kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { createCommunes, makeEligibleUnit } from '../src/server/kit/testing/nominationFixtures';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'GiongRieng@2021';
const NOW = new Date('2021-04-20T03:00:00Z');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('anh quet')]);
let e: E2E;
let campaignId: string;
const nominee = { returned: { id: '', nominationId: '', name: 'Thị trấn Giồng Riềng' }, accepted: { id: '', nominationId: '', name: 'Xã Thẩm Định 01' } };
type Session = { cookie: string; csrf: string };
let district: Session;

async function session(username: string): Promise<Session> {
  const res = await e.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  return { cookie: `thidua_sid=${res.cookies.find((c) => c.name === 'thidua_sid')!.value}`, csrf: res.json().csrfToken };
}
async function call(as: Session, method: 'POST' | 'PUT', url: string, payload?: unknown, headers: Record<string, string> = {}) {
  const res = await e.app.inject({ method, url, payload: payload as string, headers: { cookie: as.cookie, 'x-csrf-token': as.csrf, ...headers } });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res;
}
const scan = (nominationId: string, kind: string, bytes: Buffer | Uint8Array, fileName: string) =>
  call(district, 'POST', `/api/nominations/${nominationId}/dossier/documents/${kind}/scans?fileName=${encodeURIComponent(fileName)}`, Buffer.from(bytes), { 'content-type': 'application/octet-stream' });

/**
 * Sở Nội vụ appraises in Chromium (Khoản 3, Mục IV): two communes of Huyện Giồng Riềng have submitted their dossiers
 * (prepared through the API as in the dossiers test); the secretariat opens the queue, sees each checklist, returns one
 * for supplement (an empty reason is refused in the error summary) and accepts the other; after the unit resubmits,
 * the dossier page lists both versions and shows what changed.
 */
beforeAll(async () => {
  e = await startE2E({ now: () => NOW });
  const db = e.database.db;
  const unit = async (code: string) => (await db.select().from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code))))[0];
  const gr = await unit('906');
  const snv = await unit('SNV-CCHC');
  await db.insert(users).values([
    { username: 'pnv.giongrieng', fullName: 'Lê Văn Riềng', role: 'district_aggregator', orgUnitId: gr.id, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false },
    { username: 'snv.thamdinh', fullName: 'Trần Thị Thẩm', role: 'province_secretariat', orgUnitId: snv.id, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false },
  ]);
  campaignId = await kh34CampaignId(db);
  nominee.returned.id = (await unit('30904')).id;
  [nominee.accepted.id] = await createCommunes(db, gr.id, 1, 'Xã Thẩm Định');
  for (const n of Object.values(nominee)) await makeEligibleUnit(db, { campaignId, unitId: n.id });
  await db.update(parPublications).set({ decisionDate: '2021-04-16' }).where(eq(parPublications.year, 2020));
  district = await session('pnv.giongrieng');
  for (const n of Object.values(nominee)) {
    n.nominationId = (await call(district, 'POST', `/api/campaigns/${campaignId}/nominations`, { nomineeKind: 'unit', nomineeId: n.id })).json().id;
    const meeting = {
      startsAt: '2021-04-19T01:00:00.000Z',
      endsAt: '2021-04-19T02:30:00.000Z',
      place: 'Hội trường UBND huyện Giồng Riềng',
      chair: 'Nguyễn Văn An',
      secretary: 'Trần Thị Bình',
      membersTotal: 5,
      membersPresent: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'],
      tallies: [{ nomineeName: n.name, agree: 4, disagree: 0 }],
    };
    await call(district, 'PUT', `/api/nominations/${n.nominationId}/dossier/council-meeting`, meeting);
    await scan(n.nominationId, 'submission_letter', buildUnsignedTestPdf('To trinh'), 'to-trinh.pdf');
    await scan(n.nominationId, 'council_minutes', buildUnsignedTestPdf('Bien ban'), 'bien-ban.pdf');
    await scan(n.nominationId, 'achievement_report', PNG, 'bao-cao.png');
    await call(district, 'POST', `/api/nominations/${n.nominationId}/dossier/submit`);
  }
}, 180_000);
afterAll(async () => e?.close());

describe('Sở Nội vụ appraises submitted dossiers, in Chromium', () => {
  it('opens the queue, sees the checklist, returns one with a reason and accepts the other; versions compared after resubmission', async () => {
    const { page } = e;
    await login(e, 'snv.thamdinh', PASSWORD);
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${e.baseUrl}/thi-dua/${campaignId}/ho-so-khen-thuong`);
    const queue = page.getByTestId('dossier-queue');
    await queue.getByText(nominee.accepted.name).waitFor();

    // Return the first for supplement.
    await queue.getByRole('link', { name: `Thẩm định: ${nominee.returned.name}` }).click();
    await page.getByRole('heading', { level: 1, name: `Thẩm định hồ sơ: ${nominee.returned.name}` }).waitFor();
    const checklist = page.getByTestId('appraisal-checklist');
    for (const code of ['documents', 'signatures', 'eligibility', 'quota', 'onTime']) {
      await expect(checklist.getByTestId(`check-${code}`).getAttribute('data-verdict')).resolves.toBe('pass');
    }
    await checklist.getByTestId('check-quota').getByText(/Huyện Giồng Riềng đang đề nghị 2\/2/).waitFor();
    await checklist.getByTestId('check-onTime').getByText(/Điểm c, Khoản 3, Mục II/).waitFor();
    const giveBack = page.getByRole('button', { name: 'Trả lại hồ sơ' });
    await giveBack.click();
    await page.getByTestId('error-summary').getByText('Nội dung cần bổ sung: không được để trống').waitFor();
    await page.getByLabel('Ghi chú: Đủ thành phần hồ sơ').fill('Biên bản thiếu chữ ký thư ký ở trang 2.');
    await page.getByLabel('Nội dung cần bổ sung').fill('Bổ sung biên bản họp có đủ chữ ký.');
    await giveBack.click();
    await page.getByRole('status').getByText('Đã trả lại hồ sơ cho đơn vị để bổ sung.').waitFor();
    expect(e.confirmations.at(-1)).toContain(`Trả lại hồ sơ của ${nominee.returned.name} cho Huyện Giồng Riềng để bổ sung`);
    await page.getByTestId('appraisal-status').getByText('Bị trả lại, cần bổ sung').waitFor();
    await checklist.getByText('Ghi chú: Biên bản thiếu chữ ký thư ký ở trang 2.').waitFor();
    await page.getByTestId('appraisal-versions').getByText(/Trả lại để bổ sung .* Bổ sung biên bản họp có đủ chữ ký\./).waitFor();

    // Accept the second.
    await page.getByRole('link', { name: '‹ Hàng đợi thẩm định' }).click();
    await queue.getByRole('link', { name: `Thẩm định: ${nominee.accepted.name}` }).click();
    await page.getByRole('heading', { level: 1, name: `Thẩm định hồ sơ: ${nominee.accepted.name}` }).waitFor();
    await page.getByRole('button', { name: 'Thẩm định đạt' }).click();
    await page.getByRole('status').getByText('Đã thẩm định đạt hồ sơ.').waitFor();
    expect(e.confirmations.at(-1)).toContain(`Thẩm định đạt hồ sơ của ${nominee.accepted.name} (phiên bản 1)`);
    await page.getByTestId('appraisal-status').getByText('Đã thẩm định, đủ điều kiện trình Hội đồng').waitFor();
    await expect(page.getByRole('button', { name: 'Thẩm định đạt' }).count()).resolves.toBe(0);

    // The unit supplements and resubmits; the dossier page lists both versions and what changed.
    await scan(nominee.returned.nominationId, 'council_minutes', buildUnsignedTestPdf('Bien ban bo sung'), 'bien-ban-bo-sung.pdf');
    await call(district, 'POST', `/api/nominations/${nominee.returned.nominationId}/dossier/submit`);
    await page.goto(`${e.baseUrl}/ho-so-khen-thuong/${nominee.returned.nominationId}`);
    const versions = page.getByTestId('dossier-versions');
    await versions.getByText(/Phiên bản 2: gửi lúc/).waitFor();
    await versions.getByText(/Phiên bản 1: .*Trả lại để bổ sung: Bổ sung biên bản họp có đủ chữ ký\./).waitFor();
    const changes = page.getByTestId('version-changes');
    await changes.getByText('Biên bản họp Hội đồng Thi đua – Khen thưởng: bản đã ký').waitFor();
    await changes.getByText(/bien-ban-bo-sung\.pdf/).waitFor();
    await expect(changes.locator('tbody tr').count()).resolves.toBe(1);
    expect(await e.accessibility.flush()).toEqual([]);
  });
});
