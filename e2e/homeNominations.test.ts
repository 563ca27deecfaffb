import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nominations, orgUnits, users } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { hashPassword } from '../src/server/kit/passwords';
import { kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { makeEligibleUnit } from '../src/server/kit/testing/nominationFixtures';
import { login, startE2E, type E2E } from './support';

const PASSWORD = 'GiongRieng@2021';
let e: E2E;
let campaignId: string;
let personNomination: string;

/**
 * A commune officer's "Việc cần làm" after the 2020 ranking's publication (07/5/2021, the fixtures' decision): Huyện
 * Giồng Riềng proposed Thị trấn Giồng Riềng and the commune proposed its individual, so the officer is told to
 * complete and submit that dossier by the dossier deadline (15 days, Điểm c, Khoản 3, Mục II: Saturday 22/5 moves to
 * Monday 24/5/2021), with the countdown on the server's clock (10/5/2021 09:00). Set-up straight in the database.
 */
beforeAll(async () => {
  e = await startE2E({ now: () => new Date('2021-05-10T09:00:00+07:00') });
  const db = e.database.db;
  const unitOf = async (code: string) => (await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code))))[0].id;
  const [commune, district] = [await unitOf('30904'), await unitOf('906')];
  await db.insert(users).values({ username: 'canbo.ttgr', fullName: 'Ngô Thị Cán Bộ', role: 'unit_officer', orgUnitId: commune, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false });
  campaignId = await kh34CampaignId(db);
  const [person] = await makeEligibleUnit(db, { campaignId, unitId: commune, people: ['Lê Văn Một'] });
  await db.insert(nominations).values({ campaignId, nomineeKind: 'unit', nomineeUnitId: commune, proposingUnitId: district, quotaKey: `commune_per_district:${district}` });
  const [row] = await db
    .insert(nominations)
    .values({ campaignId, nomineeKind: 'person', nomineeUnitId: commune, nomineePersonId: person, proposingUnitId: commune, quotaKey: `individuals_per_collective:${commune}` })
    .returning({ id: nominations.id });
  personNomination = row.id;
});
afterAll(async () => e?.close());

describe("a commune officer's tasks with their deadlines, in Chromium", () => {
  it('lists the dossier to complete and submit first, with its deadline, countdown and clause, linking to the dossier page', async () => {
    await login(e, 'canbo.ttgr', PASSWORD);
    const list = e.page.getByTestId('task-list');
    await list.waitFor();
    const first = list.getByRole('listitem').first();
    const text = (await first.textContent()) ?? '';
    expect(text).toContain('Hoàn thiện và nộp hồ sơ: Lê Văn Một');
    expect(text).toContain('Kế hoạch 34/KH-UBND (2020) · Điểm c, Khoản 4, Mục III');
    expect(text).toContain('Hạn: hạn chót 24/05/2021 23:59');
    expect(text).toContain('Còn 14 ngày');
    // The registration sent earlier is listed as done, below.
    await e.page.getByRole('heading', { name: 'Đã xong' }).waitFor();
    expect(await e.page.getByText('Đã gửi bản đăng ký thi đua').count()).toBe(1);
    await first.getByRole('link', { name: 'Hoàn thiện và nộp hồ sơ: Lê Văn Một' }).click();
    await e.page.waitForURL(new RegExp(`/ho-so-khen-thuong/${personNomination}$`));
    await e.page.getByRole('heading', { level: 1, name: /^Hồ sơ khen thưởng: Lê Văn Một/ }).waitFor();
    expect(await e.accessibility.flush()).toEqual([]);
  });

  it('fits a phone', async () => {
    await e.page.setViewportSize({ width: 390, height: 800 });
    await e.page.goto(`${e.baseUrl}/`);
    await e.page.getByTestId('task-list').waitFor();
    expect(await e.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});
