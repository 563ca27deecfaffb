import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { orgUnits, parResults, ratings, attestations } from '../../../db/schema';
import { campaigns, communeRecognitions, districtParPublications, eligibilityStale, eligibilityVerdicts, nominations, parPublications, parTaskConfirmations, people, registrationIndividuals, registrations } from '../../../db/schema';
import { ERA_KG_2020 } from '../../../db/seed/orgTreeSeed';
import { scopeOf } from '../../../domain/access/scope';
import { createPerson, kh34CampaignId, register } from '../../kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';
import { loadCampaign } from '../campaigns/campaignQueries';
import { campaignEligibility } from './campaignEligibility';
import type { EligibilityItem } from './campaignEligibility';
import type { EligibilityFilters } from './storedVerdictQueries';

// The list counts, filters and pages in SQL on stored verdicts and explains only the nominees of its page: each page
// must be the same slice of the full evaluation (every nominee explained now, filtered here in memory) with the same
// filters, and the counts the same.

/** The board's filters applied to the full evaluation: the oracle the SQL filters are compared with. */
async function filterItems(districtSubtree: (districtId: string) => Promise<Set<string>>, items: EligibilityItem[], f: EligibilityFilters) {
  const inDistrict = f.districtId ? await districtSubtree(f.districtId) : null;
  return items.filter(
    (i) =>
      (!f.kind || i.kind === f.kind) &&
      (!f.verdict || i.result.verdict === f.verdict) &&
      (!f.group || (f.group === 'individual' ? i.kind === 'individual' : i.kind === 'collective' && i.orgUnit.kind === f.group)) &&
      (!inDistrict || inDistrict.has(i.orgUnit.id)),
  );
}

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
  const districtSubtree = async (id: string) => {
    const [district] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, id));
    const units = await db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.eraId, campaign.eraId));
    return new Set(units.filter((u) => u.path.startsWith(district.path)).map((u) => u.id));
  };
  return { all: items, filtered: await filterItems(districtSubtree, items, filters) };
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

// The list reads verdicts stored and refreshed from marks that the input tables' triggers write (migration 0013).
// Each change below is made in the database as any import, route or script would, and the whole board must then be
// the full evaluation of the current data again: a trigger missing for one input would leave its verdicts stale.
describe('stored verdicts follow every input that changes', () => {
  async function boardMatchesFullEvaluation() {
    const { all } = await fullEvaluation({});
    const res = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/eligibility`, query: { pageSize: '500' } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.total).toBe(all.length);
    expect(body.items).toEqual(JSON.parse(JSON.stringify(all)));
    return all;
  }
  const db = () => t.database.db;
  const firstOf = async (kind: 'collective' | 'individual', verdict?: 'pass' | 'fail' | 'unknown') => {
    const { all } = await fullEvaluation({});
    const found = all.find((i) => i.kind === kind && (!verdict || i.result.verdict === verdict));
    expect(found, `a ${kind} ${verdict ?? ''}`).toBeDefined();
    return found!;
  };

  const changes: [string, () => Promise<void>][] = [
    ['a person’s rating', async () => {
      const item = await firstOf('individual', 'pass');
      await db().update(ratings).set({ rating: 'failed' }).where(and(eq(ratings.personId, item.person!.id), eq(ratings.year, 2020)));
    }],
    ['a Phòng Nội vụ’s ratings removed (basis C reads them)', async () => {
      const item = (await fullEvaluation({})).all.find((i) => i.kind === 'collective' && i.orgUnit.kind === 'par_unit')!;
      await db().delete(ratings).where(and(eq(ratings.orgUnitId, item.orgUnit.id), isNull(ratings.personId)));
    }],
    ['an attestation', async () => {
      const item = await firstOf('collective', 'pass');
      await db().update(attestations).set({ compliance: false }).where(eq(attestations.orgUnitId, item.orgUnit.id));
    }],
    ['a registration sent back', async () => {
      const item = await firstOf('collective', 'pass');
      await db().update(registrations).set({ status: 'returned' }).where(eq(registrations.id, item.registrationId));
    }],
    ['a registered individual’s attested CCHC tasks', async () => {
      const item = await firstOf('individual');
      await db().update(registrationIndividuals).set({ parTasksExcellent: false }).where(eq(registrationIndividuals.personId, item.person!.id));
    }],
    ['an individual taken off a registration', async () => {
      const item = await firstOf('individual');
      await db().delete(registrationIndividuals).where(eq(registrationIndividuals.personId, item.person!.id));
    }],
    ['a head’s confirmation of CCHC tasks', async () => {
      const item = await firstOf('individual', 'fail');
      await db().insert(parTaskConfirmations).values({ year: 2020, personId: item.person!.id, orgUnitId: item.orgUnit.id, excellent: true });
    }],
    ['a person renamed (name and order)', async () => {
      const item = await firstOf('individual');
      await db().update(people).set({ fullName: 'Ân Thị Đầu', sortKey: '0000 renamed' }).where(eq(people.id, item.person!.id));
    }],
    ['a unit renamed (name and order)', async () => {
      const item = await firstOf('collective');
      await db().update(orgUnits).set({ name: 'Ấp Đầu Tiên', sortKey: '0000 renamed' }).where(eq(orgUnits.id, item.orgUnit.id));
    }],
    ['a nomination proposing a unit (its people’s “unit proposed”)', async () => {
      const item = await firstOf('individual');
      await db().insert(nominations).values({ campaignId, nomineeKind: 'unit', nomineeUnitId: item.orgUnit.id, proposingUnitId: item.orgUnit.id, quotaKey: `test:${item.orgUnit.id}` });
    }],
    ['a district recognising its best commune', async () => {
      const [commune] = await db().select({ id: orgUnits.id, parentId: orgUnits.parentId }).from(orgUnits).innerJoin(registrations, eq(registrations.orgUnitId, orgUnits.id)).where(and(eq(registrations.campaignId, campaignId), eq(orgUnits.kind, 'commune')));
      await db().insert(communeRecognitions).values({ campaignId, districtUnitId: commune.parentId!, communeUnitId: commune.id });
    }],
    ['a district publishing its communes’ classes', async () => {
      const communes = await db().select({ id: orgUnits.id, parentId: orgUnits.parentId, code: orgUnits.code, name: orgUnits.name }).from(orgUnits).innerJoin(registrations, eq(registrations.orgUnitId, orgUnits.id)).where(and(eq(registrations.campaignId, campaignId), eq(orgUnits.kind, 'commune')));
      const districtUnitId = communes[0].parentId!;
      const snapshot = communes.filter((c) => c.parentId === districtUnitId).map((c, i) => ({ communeUnitId: c.id, code: c.code, name: c.name, totalPoints: null, classification: 'weak', rank: i + 1 }));
      await db().insert(districtParPublications).values({ year: 2020, districtUnitId, decisionNumber: '9/QĐ-UBND', decisionDate: '2021-05-08', signer: 'Chủ tịch UBND huyện', snapshot });
    }],
    ['the province’s PAR publication withdrawn', async () => {
      await db().delete(parPublications).where(eq(parPublications.year, 2020));
    }],
    ['the campaign’s rule set', async () => {
      const [campaign] = await db().select({ ruleSet: campaigns.ruleSet }).from(campaigns).where(eq(campaigns.id, campaignId));
      const ruleSet = campaign.ruleSet as { individual: { conditions: unknown[] } };
      await db().update(campaigns).set({ ruleSet: { ...ruleSet, individual: { ...ruleSet.individual, conditions: ruleSet.individual.conditions.slice(1) } } }).where(eq(campaigns.id, campaignId));
    }],
  ];

  it.each(changes)('%s', async (_name, change) => {
    const before = JSON.stringify(await boardMatchesFullEvaluation());
    await change();
    const after = await boardMatchesFullEvaluation();
    expect(JSON.stringify(after), 'the change must change the board, or it proves nothing').not.toBe(before);
  });

  it('reads marks only: a read after a read evaluates nothing and leaves nothing marked', async () => {
    await boardMatchesFullEvaluation();
    expect(await db().select().from(eligibilityStale).where(eq(eligibilityStale.campaignId, campaignId))).toEqual([]);
    const stored = await db().select().from(eligibilityVerdicts).where(eq(eligibilityVerdicts.campaignId, campaignId));
    expect(stored.length).toBe((await fullEvaluation({})).all.length);
  });
});
