import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attestations, ratings } from '../../../db/schema';
import { createPerson, kh34CampaignId, register } from '../../kit/testing/eligibilityFixtures';
import { makeEligibleUnit, setPublishedClass } from '../../kit/testing/nominationFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

/**
 * "Có đề nghị Chủ tịch UBND tỉnh xét tặng Bằng khen" (Gạch đầu dòng 3, Điểm b, Khoản 1, Mục III) read from the
 * campaign's active nominations: a district PAR unit meeting C2 (Phòng Nội vụ huyện Giồng Riềng) and its people.
 */

const NOW = new Date('2021-05-10T03:00:00Z');

let t: TestApp;
let campaignId: string;
let aggregatorGR: Session;
let secretariat: Session;
let pnvPeople: string[];
let ttgrPeople: string[];

type Outcome = { code: string; verdict: string; explanation: string; inputs: Record<string, unknown> };
type Item = { kind: string; person: { id: string } | null; orgUnit: { code: string }; result: { eligible: boolean; verdict: string; conditions: Outcome[]; bases: { basis: string; verdict: string }[] } };

const eligibilityOf = async (personId: string): Promise<Item> => {
  const res = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility`, query: { pageSize: '500' } });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as Item[]).find((i) => i.kind === 'individual' && i.person?.id === personId)!;
};
const qualifyingUnit = (item: Item) => item.result.conditions.find((c) => c.code === 'individual.qualifyingUnit')!;
const propose = (as: Session, nomineeKind: 'unit' | 'person', nomineeId: string) =>
  t.req(as, { method: 'POST', url: `/api/campaigns/${campaignId}/nominations`, payload: { nomineeKind, nomineeId } });

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  const db = t.database.db;
  campaignId = await kh34CampaignId(db);
  [aggregatorGR, secretariat] = await Promise.all([t.login('aggregatorGR'), t.login('secretariat')]);
  // Phòng Nội vụ huyện Giồng Riềng: registered, attested, "Hoàn thành tốt nhiệm vụ", and Giồng Riềng in the
  // excellent group → C2 (Tiết 3, Điểm a, Khoản 1, Mục III); its three people meet every other condition.
  const pnv = (await t.unit('906-PNV')).id;
  pnvPeople = [];
  for (const name of ['Phạm Văn Một', 'Phạm Thị Hai', 'Phạm Văn Ba']) pnvPeople.push(await createPerson(db, pnv, name));
  await register(db, { campaignId, orgUnitId: pnv, status: 'submitted', individuals: pnvPeople.map((personId) => ({ personId, parTasksExcellent: true, directlyDoesParWork: true })) });
  await db.insert(attestations).values({ campaignId, orgUnitId: pnv, compliance: true, solidarity: true });
  await db.insert(ratings).values([
    { year: 2020, kind: 'overall', orgUnitId: pnv, personId: null, rating: 'good' },
    ...pnvPeople.map((personId) => ({ year: 2020, kind: 'overall', orgUnitId: pnv, personId, rating: 'good' })),
  ]);
  await setPublishedClass(db, (await t.unit('906')).id, 'excellent');
  ttgrPeople = await makeEligibleUnit(db, { campaignId, unitId: (await t.unit('30904')).id, people: ['Lê Văn Một'] });
});
afterAll(async () => t?.close());

describe('proposed, from the active nominations (III.1.b, third bullet)', () => {
  it('before any proposal the PAR unit is known not proposed: its people fail that condition, no longer unknown', async () => {
    const item = await eligibilityOf(pnvPeople[1]);
    expect(qualifyingUnit(item)).toMatchObject({ verdict: 'fail', inputs: { unitProposed: false, basisC2: 'pass', verdictIfUnitProposed: 'pass' } });
    expect(qualifyingUnit(item).explanation).toContain('đơn vị không đề nghị xét tặng Bằng khen');
    expect(item.result).toMatchObject({ eligible: false, verdict: 'fail' });
  });

  it('the unit is not chosen until Sở Nội vụ selects it (Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III); it meets Tiết 3, so it may be selected', async () => {
    const candidate = async () => {
      const res = await t.req(aggregatorGR, { method: 'GET', url: `/api/campaigns/${campaignId}/nominations`, query: { candidatePageSize: '200' } });
      return (res.json().candidates.items as { nomineeId: string; eligible: boolean; failing: unknown[] }[]).find((c) => c.nomineeId === pnvPeople[0])!;
    };
    // Not selected: the form does not offer the person ("có đề nghị" fails and the unit is not chosen).
    expect(await candidate()).toMatchObject({ eligible: false });
    const refused = await propose(aggregatorGR, 'person', pnvPeople[0]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/chưa được Sở Nội vụ chọn là tập thể tiêu biểu .*\(Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III\)\.$/);
    const overview = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/selections` });
    expect(overview.json().candidates.map((c: { code: string }) => c.code)).toContain('906-PNV');
    const selected = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/selections`, payload: { unitIds: [(await t.unit('906-PNV')).id] } });
    expect(selected.statusCode, selected.body).toBe(201);
    // Selected: the form offers the person, since the unit's own proposal supplies "có đề nghị".
    expect(await candidate()).toMatchObject({ eligible: true, failing: [] });
  });

  it('the selected unit proposing its first individual is not blocked by "có đề nghị" (no circularity), and then its people are evaluated as proposed', async () => {
    const first = await propose(aggregatorGR, 'person', pnvPeople[0]);
    expect(first.statusCode, first.body).toBe(201);
    const second = await eligibilityOf(pnvPeople[1]);
    expect(qualifyingUnit(second)).toMatchObject({ verdict: 'pass', inputs: { unitProposed: true } });
    expect(qualifyingUnit(second).explanation).toContain('đơn vị có đề nghị xét tặng Bằng khen');
    expect(second.result).toMatchObject({ eligible: true, verdict: 'pass' });
    expect((await propose(aggregatorGR, 'person', pnvPeople[1])).statusCode).toBe(201);
  });

  it('withdrawn nominations do not count: withdrawing both makes the unit not proposed again', async () => {
    const list = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/nominations` });
    const active = (list.json().items as { id: string; status: string; nomineeUnit: { code: string } }[]).filter((n) => n.status === 'proposed' && n.nomineeUnit.code === '906-PNV');
    expect(active).toHaveLength(2);
    for (const n of active) {
      const res = await t.req(aggregatorGR, { method: 'POST', url: `/api/nominations/${n.id}/withdraw`, payload: { reason: 'Đơn vị rút đề nghị' } });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect(qualifyingUnit(await eligibilityOf(pnvPeople[2]))).toMatchObject({ verdict: 'fail', inputs: { unitProposed: false } });
  });

  it('a commune its district proposed is proposed for its people too (B needs no proposal, but the input is known)', async () => {
    expect(qualifyingUnit(await eligibilityOf(ttgrPeople[0])).inputs).toMatchObject({ unitProposed: false, basisB: 'pass' });
    expect((await propose(aggregatorGR, 'unit', (await t.unit('30904')).id)).statusCode).toBe(201);
    const after = await eligibilityOf(ttgrPeople[0]);
    expect(qualifyingUnit(after)).toMatchObject({ verdict: 'pass', inputs: { unitProposed: true } });
  });
});
