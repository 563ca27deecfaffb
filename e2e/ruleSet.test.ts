import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attestations, orgUnits, ratings, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { hashPassword } from '../src/server/kit/passwords';
import { kh34CampaignId, register } from '../src/server/kit/testing/eligibilityFixtures';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'SoNoiVu@2021';
let e: E2E;
let campaignId: string;

async function unitId(code: string): Promise<string> {
  const [u] = await e.database.db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code)));
  return u.id;
}

const snvCchcRow = () => e.page.getByTestId('eligibility-list').locator('[data-testid="eligibility-row"][data-kind="collective"][data-code="SNV-CCHC"]');

/**
 * Sở Nội vụ changes a threshold of the 34/KH-UBND rule set on its screen and the eligibility board follows.
 * Set-up straight in the database: a secretariat account; Phòng CCHC và TCPCP (SNV-CCHC, the provincial specialised
 * PAR unit) registered and attested, rated "Hoàn thành tốt nhiệm vụ" for 2020 with its PAR-task rating up from
 * "Hoàn thành nhiệm vụ" in 2019 — so it meets basis C1 (Tiết 3, Điểm a, Khoản 1, Mục III) without any PAR ranking.
 */
beforeAll(async () => {
  e = await startE2E({ now: () => new Date('2021-03-01T09:00:00+07:00') });
  const db = e.database.db;
  await db.insert(users).values({ username: 'nv.tieuchuan', fullName: 'Lê Thị Tiêu Chuẩn', role: 'province_secretariat', orgUnitId: await unitId('SNV-CCHC'), passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  campaignId = await kh34CampaignId(db);
  const unit = await unitId('SNV-CCHC');
  await register(db, { campaignId, orgUnitId: unit, status: 'accepted' });
  await db.insert(attestations).values({ campaignId, orgUnitId: unit, compliance: true, solidarity: true });
  await db.insert(ratings).values([
    { year: 2020, kind: 'overall', orgUnitId: unit, rating: 'good' },
    { year: 2020, kind: 'par_task', orgUnitId: unit, rating: 'good' },
    { year: 2019, kind: 'par_task', orgUnitId: unit, rating: 'adequate' },
  ]);
});
afterAll(async () => e?.close());

describe('the rule-set screen of Sở Nội vụ, in Chromium', () => {
  it('shows the provincial PAR unit eligible under C1 with rule-set version 1', async () => {
    await login(e, 'nv.tieuchuan', PASSWORD);
    await e.page.getByTestId('current-user').waitFor();
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}/du-dieu-kien`);
    await snvCchcRow().waitFor();
    expect(await snvCchcRow().getByTestId('eligibility-verdict').textContent()).toBe('Đủ điều kiện');
    expect(await e.page.getByTestId('eligibility-rule-set-version').textContent()).toContain('phiên bản 1');
  });

  it('opens the rule set from the campaign page and reads each basis with its clause and threshold', async () => {
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}`);
    await e.page.getByRole('link', { name: 'Bộ tiêu chuẩn xét Bằng khen (Khoản 1, Mục III)' }).click();
    await e.page.getByRole('heading', { level: 1, name: 'Bộ tiêu chuẩn xét Bằng khen năm 2020' }).waitFor();
    expect(await e.page.getByTestId('rule-set-version').textContent()).toBe('1');
    const c1 = e.page.getByTestId('rule-set-view').locator('[data-testid="rule-set-basis"][data-basis="C1"]');
    const text = (await c1.textContent()) ?? '';
    expect(text).toContain('Tiết 3, Điểm a, Khoản 1, Mục III');
    expect(text).toContain('Xếp loại tối thiểu: “Hoàn thành tốt nhiệm vụ” trở lên');
    expect(await e.page.getByTestId('rule-set-versions').textContent()).toContain('Hệ thống');
  });

  it('refuses an emptied clause in the error summary, naming the basis, and the link leads to the field', async () => {
    await e.page.getByRole('button', { name: 'Sửa bộ tiêu chuẩn' }).click();
    const c1 = e.page.getByRole('group', { name: 'Tiêu chuẩn C1', exact: true });
    await c1.getByLabel('Điều khoản').first().fill('');
    await e.page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    const summary = e.page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Tiêu chuẩn “C1”: thiếu điều khoản trích dẫn.');
    await summary.getByRole('link', { name: /Tiêu chuẩn “C1”/ }).click();
    expect(await e.page.evaluate(() => document.activeElement?.id)).toBe('rs-collective-bases-2-ref-clause');
    await c1.getByLabel('Điều khoản').first().fill('Tiết 3, Điểm a, Khoản 1, Mục III');
  });

  it('raises the C1 rating threshold and saves it as version 2, with who and when', async () => {
    const rating = e.page.getByRole('group', { name: 'Tiêu chuẩn C1, điều kiện 1' }).getByLabel('Xếp loại tối thiểu');
    expect(await rating.inputValue()).toBe('good');
    await rating.selectOption('outstanding');
    await e.page.getByLabel('Ghi chú thay đổi (không bắt buộc)').fill('Nâng ngưỡng xếp loại của tiêu chuẩn C1');
    await e.page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    await e.page.getByTestId('rule-set-saved').waitFor();
    expect(await e.page.getByTestId('rule-set-saved').textContent()).toContain('Đã lưu phiên bản 2');
    await expect.poll(() => e.page.getByTestId('rule-set-version').textContent()).toBe('2');
    const c1 = e.page.getByTestId('rule-set-view').locator('[data-testid="rule-set-basis"][data-basis="C1"]');
    expect(await c1.textContent()).toContain('Xếp loại tối thiểu: “Hoàn thành xuất sắc nhiệm vụ” trở lên');

    const versions = e.page.getByTestId('rule-set-versions');
    await versions.locator('tr[data-version="2"]').waitFor();
    const v2 = (await versions.locator('tr[data-version="2"]').textContent()) ?? '';
    expect(v2).toContain('Lê Thị Tiêu Chuẩn');
    expect(v2).toContain('01/03/2021');
    expect(v2).toContain('Nâng ngưỡng xếp loại của tiêu chuẩn C1');
    expect(v2).toContain('mức xếp loại tối thiểu: Hoàn thành tốt nhiệm vụ → Hoàn thành xuất sắc nhiệm vụ');
    // Version 1 stays readable.
    await versions.getByRole('button', { name: 'Xem phiên bản 1' }).click();
    const old = e.page.getByTestId('rule-set-version-view').locator('[data-testid="rule-set-basis"][data-basis="C1"]');
    await old.waitFor();
    expect(await old.textContent()).toContain('“Hoàn thành tốt nhiệm vụ” trở lên');
  });

  it('shows the eligibility board following version 2: the unit rated "tốt" no longer meets C1', async () => {
    await e.page.getByRole('link', { name: 'Xem kết quả xét điều kiện theo bộ tiêu chuẩn này' }).click();
    await snvCchcRow().waitFor();
    expect(await e.page.getByTestId('eligibility-rule-set-version').textContent()).toContain('phiên bản 2');
    expect(await snvCchcRow().getByTestId('eligibility-verdict').textContent()).toBe('Không đủ điều kiện');
    // The what-if panel reads the thresholds in force from the rule set: C1's is now "xuất sắc".
    const whatIf = e.page.getByTestId('what-if');
    expect(await whatIf.getByLabel(/^Tiêu chuẩn C1: Được cấp trên trực tiếp xếp loại/).inputValue()).toBe('outstanding');
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await e.page.setViewportSize({ width: 375, height: 740 });
    await e.page.goto(`${e.baseUrl}/thi-dua/${campaignId}/bo-tieu-chuan`);
    await e.page.getByRole('heading', { level: 1 }).waitFor();
    await e.page.waitForTimeout(500);
    const overflow = await e.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await e.page.setViewportSize({ width: 1280, height: 800 });
  });
});
