import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { orgUnits, parResults, ratings, attestations } from '../../../db/schema';
import { ERA_KG_2020 } from '../../../db/seed/orgTreeSeed';
import { scopeOf } from '../../../domain/access/scope';
import { createPerson, kh34CampaignId, register } from '../../kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';
import { loadCampaign } from '../campaigns/campaignQueries';
import { campaignEligibility } from './campaignEligibility';
import { filterEligibilityItems, type EligibilityFilters } from './filterEligibilityItems';

// The list explains only the nominees of its page and counts, filters and pages on verdicts alone: each page must
// be the same slice of the full evaluation (every nominee explained) with the same filters, and the counts the same.

const NOW = new Date('2021-05-10T03:00:00Z');
const RATINGS = ['outstanding', 'good', 'adequate', 'failed', null] as const;
const STATUSES = ['submitted', 'accepted', 'forwarded', 'draft', 'returned'] as const;

let t: TestApp;
let secretariat: Session;
let campaignId: string;
let districtId: string;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  const db = t.database.db;
  secretariat = await t.login('secretariat');
  campaignId = await kh34CampaignId(db);
  // A varied board: departments, districts, their communes and Phòng Nội vụ, with every status, some attestations,
  // PAR scores and unit ratings, and 0–3 people each with varied ratings and confirmations.
  const units = await db
    .select({ id: orgUnits.id, kind: orgUnits.kind, parentId: orgUnits.parentId })
    .from(orgUnits)
    .where(and(eq(orgUnits.eraId, ERA_KG_2020), inArray(orgUnits.kind, ['department', 'district', 'commune', 'par_unit'])))
    .orderBy(asc(orgUnits.code));
  const chosen = [...units.filter((u) => u.kind !== 'commune').slice(0, 24), ...units.filter((u) => u.kind === 'commune').slice(0, 24)];
  districtId = units.find((u) => u.kind === 'district' && chosen.some((c) => c.parentId === u.id))?.id ?? units.find((u) => u.kind === 'district')!.id;
  for (const [n, unit] of chosen.entries()) {
    // Every sixth unit has everything in order (excellent, attested, outstanding), so some nominees pass.
    const star = n % 6 === 0;
    const people: { personId: string; parTasksExcellent: boolean | null }[] = [];
    for (let p = 0; p < n % 4; p++) {
      const personId = await createPerson(db, unit.id, `Nguyễn Văn ${String.fromCharCode(65 + ((n + p) % 26))}${n}`);
      people.push({ personId, parTasksExcellent: star || [true, false, null][(n + p) % 3] });
      const rating = star ? 'outstanding' : RATINGS[(n + p) % RATINGS.length];
      if (rating) await db.insert(ratings).values({ year: 2020, kind: 'overall', orgUnitId: unit.id, personId, rating });
    }
    await register(db, { campaignId, orgUnitId: unit.id, status: star ? 'submitted' : STATUSES[n % STATUSES.length], individuals: people });
    if (star || n % 3 !== 2) await db.insert(attestations).values({ campaignId, orgUnitId: unit.id, compliance: star || n % 7 !== 0, solidarity: star || n % 5 !== 0 });
    const unitRating = star ? 'outstanding' : RATINGS[n % RATINGS.length];
    if (unitRating) await db.insert(ratings).values({ year: 2020, kind: 'overall', orgUnitId: unit.id, personId: null, rating: unitRating });
    const parTask = star ? 'outstanding' : RATINGS[(n + 1) % RATINGS.length];
    if (parTask) await db.insert(ratings).values({ year: 2020, kind: 'par_task', orgUnitId: unit.id, personId: null, rating: parTask });
    if (unit.kind === 'district' || unit.kind === 'commune' || unit.kind === 'department') {
      await db.insert(parResults).values({ year: 2020, blockCode: unit.kind, orgUnitId: unit.id, appraisedScore: String(star ? 68 : 50 + ((n * 7) % 20)), surveyScore: String(star ? 27 : 12 + ((n * 3) % 18)) });
    }
  }
  const published = await t.req(secretariat, { method: 'POST', url: '/api/par-results/2020/publication', payload: { decisionNumber: '1234/QĐ-UBND', decisionDate: '2021-05-07', signer: 'Phó Chủ tịch UBND tỉnh' } });
  expect(published.statusCode, published.body).toBe(201);
});
afterAll(async () => t?.close());

async function fullEvaluation(filters: EligibilityFilters) {
  const db = t.database.db;
  const campaign = await loadCampaign(db, campaignId);
  const { items } = await campaignEligibility(db, campaign, scopeOf({ role: 'province_secretariat', unitId: '', unitPath: '/' } as never));
  return { all: items, filtered: await filterEligibilityItems(db, campaign.eraId, items, filters) };
}

describe('an eligibility page is the same slice of the full evaluation', () => {
  const cases: EligibilityFilters[] = [{}, { kind: 'individual' }, { kind: 'collective', verdict: 'fail' }, { verdict: 'unknown' }, { verdict: 'pass' }, { group: 'commune' }, { group: 'individual', verdict: 'fail' }];
  it.each(cases)('with the filters %o: every page, the total and the counts', async (filters) => {
    const { all, filtered } = await fullEvaluation(filters);
    expect(all.length).toBeGreaterThan(50);
    const pageSize = 7;
    const pages = Math.max(1, Math.ceil(filtered.length / pageSize));
    for (const page of [...new Set([1, 2, Math.ceil(pages / 2), pages])]) {
      const res = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility`, query: { ...filters, page: String(page), pageSize: String(pageSize) } as Record<string, string> });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.total).toBe(filtered.length);
      expect(body.items).toEqual(JSON.parse(JSON.stringify(filtered.slice((page - 1) * pageSize, page * pageSize))));
      const counts = { collective: { pass: 0, fail: 0, unknown: 0 }, individual: { pass: 0, fail: 0, unknown: 0 } };
      for (const item of all) counts[item.kind][item.result.verdict] += 1;
      expect(body.counts).toEqual(counts);
    }
  });

  it('with a district filter', async () => {
    const { filtered } = await fullEvaluation({ districtId });
    expect(filtered.length).toBeGreaterThan(0);
    const res = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility`, query: { districtId, pageSize: '500' } });
    expect(res.json().items).toEqual(JSON.parse(JSON.stringify(filtered)));
  });

  it('gives every verdict somewhere on the board, so the comparison covers pass, fail and unknown', async () => {
    const { all } = await fullEvaluation({});
    expect(new Set(all.map((i) => `${i.kind}:${i.result.verdict}`))).toEqual(new Set(['collective:pass', 'collective:fail', 'collective:unknown', 'individual:pass', 'individual:fail', 'individual:unknown']));
  });
});
