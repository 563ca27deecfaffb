import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { eligibilityStale, orgUnits, ratings } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { mayProposeFor } from '../../../domain/access/policies/nomination';
import { scopeOf } from '../../../domain/access/scope';
import { collectiveChosen, eligibleByThisProposal, failingConditions, proposerOf, quotaGaugeText, type Nominee } from '../../../domain/nominations/nominationRules';
import { foldDiacritics } from '../../../domain/text/foldDiacritics';
import type { Candidate, Nomination, NominationOverview, QuotaUse } from '../../../shared/contracts/nominations';
import { kh34CampaignId } from '../../kit/testing/eligibilityFixtures';
import { makeEligibleUnit, setPublishedClass, unrecognise } from '../../kit/testing/nominationFixtures';
import { createTestApp, FIXTURE_USERS, type FixtureName, type Session, type TestApp } from '../../kit/testing/testApp';
import { loadCampaign } from '../campaigns/campaignQueries';
import { campaignEligibility } from '../eligibility/campaignEligibility';
import { presentNomination } from './listNominations';
import { listCampaignNominations, loadNominationUnits, quotaUseCounts, type LoadedUnit } from './nominationQueries';
import { selectedCollectives } from './selectCollectives';

// The nominations page reads its candidates from the stored verdicts, chosen, counted and paged in SQL, and explains
// only the page; its nominations are paged in SQL too. Every page put together must be the page as it was computed
// before (every nominee in the scope evaluated now, the candidates chosen here in memory): the oracle below is that
// former listNominations, kept as it was.

/** The former answer: the nominations in scope, every candidate the actor may propose, and their quotas. */
async function formerOverview(db: TestApp['database']['db'], campaignId: string, actor: Actor) {
  const campaign = await loadCampaign(db, campaignId);
  const scope = scopeOf(actor);
  const [rows, eligibility, selections] = await Promise.all([
    listCampaignNominations(db, campaign.id, scope, { page: 1, pageSize: 100_000 }),
    campaignEligibility(db, campaign, scope),
    selectedCollectives(db, campaign.id),
  ]);
  const selected = new Set(selections.map((s) => s.id));
  const proposedUnits = new Set(rows.filter((r) => r.nomination.status === 'proposed' && r.nomination.nomineeKind === 'unit').map((r) => r.nomineeUnit.id));
  const evaluated = eligibility.items.filter((i) => i.kind === 'individual' || i.orgUnit.kind === 'commune');
  const units = await loadNominationUnits(db, [...evaluated.map((i) => i.orgUnit.id), ...rows.map((r) => r.nomineeUnit.id)]);
  const proposingUnitOf = (nominee: Nominee, unit: LoadedUnit) => (nominee.kind === 'unit' && unit.parent ? { id: unit.parent.id, path: unit.parentPath ?? '', kind: unit.parent.kind } : unit);
  const active = new Set(rows.filter((r) => r.nomination.status === 'proposed').map((r) => (r.nomination.nomineeKind === 'unit' ? `unit:${r.nomineeUnit.id}` : `person:${r.person?.id}`)));
  const quotas = new Map<string, { quota: Parameters<typeof quotaGaugeText>[0] & { kind: QuotaUse['kind']; limit: number | null; ref: QuotaUse['ref'] }; proposingUnit: QuotaUse['proposingUnit'] }>();
  const candidates: Candidate[] = [];
  for (const item of evaluated) {
    const unit = units.get(item.orgUnit.id);
    if (!unit) continue;
    const nominee: Nominee = item.kind === 'collective' ? { kind: 'unit', unit } : { kind: 'person', personId: item.person!.id, fullName: item.person!.fullName, unit };
    const proposer = proposerOf(campaign.definition, nominee);
    if (!proposer.ok) continue;
    if (!mayProposeFor(actor, proposingUnitOf(nominee, unit))) continue;
    quotas.set(proposer.quotaKey, { quota: proposer.quota, proposingUnit: proposer.proposingUnit });
    const nomineeId = nominee.kind === 'unit' ? unit.id : nominee.personId;
    const chosen = nominee.kind === 'person' ? collectiveChosen({ unit, communeProposed: proposedUnits.has(unit.id), selected: selected.has(unit.id) }) : null;
    const eligible = item.result.eligible || eligibleByThisProposal({ nominee, eligibility: item.result, collectiveChosen: chosen });
    candidates.push({
      nomineeKind: nominee.kind,
      nomineeId,
      nomineeName: item.kind === 'collective' ? unit.name : `${item.person!.fullName} (${unit.name})`,
      unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
      proposingUnit: proposer.proposingUnit,
      quotaKey: proposer.quotaKey,
      eligible,
      summary: item.result.summary,
      failing: eligible ? [] : failingConditions(item.result),
      alreadyProposed: active.has(`${nominee.kind}:${nomineeId}`),
    });
  }
  for (const row of rows) {
    if (quotas.has(row.nomination.quotaKey)) continue;
    const unit = units.get(row.nomineeUnit.id)!;
    const nominee: Nominee = row.person ? { kind: 'person', personId: row.person.id, fullName: row.person.fullName, unit } : { kind: 'unit', unit };
    const proposer = proposerOf(campaign.definition, nominee);
    if (proposer.ok && proposer.quotaKey === row.nomination.quotaKey) quotas.set(proposer.quotaKey, { quota: proposer.quota, proposingUnit: proposer.proposingUnit });
  }
  const used = await quotaUseCounts(db, campaign.id, [...quotas.keys()]);
  const quotaUses: QuotaUse[] = [...quotas.entries()].map(([quotaKey, { quota, proposingUnit }]) => ({
    quotaKey,
    kind: quota.kind,
    proposingUnit,
    limit: quota.limit,
    used: used.get(quotaKey) ?? 0,
    ref: quota.ref,
    gauge: quotaGaugeText(quota, used.get(quotaKey) ?? 0),
  }));
  return { items: rows.map((row) => presentNomination(actor, row)), quotas: quotaUses, candidates };
}

const NOW = new Date('2021-05-10T03:00:00Z');
let t: TestApp;
let campaignId: string;
const sessions = {} as Record<FixtureName, Session>;
const actors = {} as Record<FixtureName, Actor>;

const get = async (as: Session, query: Record<string, string>) => {
  const res = await t.req(as, { method: 'GET', url: `/api/campaigns/${campaignId}/nominations`, query });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as NominationOverview;
};

/** Every page of both lists, each paged through on its own (the other on its first page), put together, with the quotas of every page by key. */
async function allPages(as: Session, pageSize: number, q?: string) {
  const ask = (page: number, candidatePage: number) =>
    get(as, { page: String(page), pageSize: String(pageSize), candidatePage: String(candidatePage), candidatePageSize: String(pageSize), ...(q ? { q } : {}) });
  const first = await ask(1, 1);
  const items: Nomination[] = [];
  const candidates: Candidate[] = [];
  const quotas = new Map<string, QuotaUse>();
  const keep = (body: NominationOverview) => {
    for (const quota of body.quotas) {
      if (quotas.has(quota.quotaKey)) expect(quota).toEqual(quotas.get(quota.quotaKey));
      quotas.set(quota.quotaKey, quota);
    }
  };
  const pages = (total: number) => Math.max(1, Math.ceil(total / pageSize));
  const size = (total: number, page: number) => Math.max(0, Math.min(pageSize, total - (page - 1) * pageSize));
  for (let page = 1; page <= pages(first.total); page++) {
    const body = await ask(page, 1);
    expect([body.total, body.page, body.pageSize, body.items.length]).toEqual([first.total, page, pageSize, size(first.total, page)]);
    items.push(...body.items);
    keep(body);
  }
  for (let page = 1; page <= pages(first.candidates.total); page++) {
    const { candidates: list, ...body } = await ask(1, page);
    expect([list.total, list.page, list.pageSize, list.items.length]).toEqual([first.candidates.total, page, pageSize, size(first.candidates.total, page)]);
    candidates.push(...list.items);
    keep({ ...body, candidates: list });
  }
  return { items, candidates, quotas, total: first.total, candidateTotal: first.candidates.total };
}

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  const db = t.database.db;
  campaignId = await kh34CampaignId(db);
  for (const [name, f] of Object.entries(FIXTURE_USERS) as [FixtureName, (typeof FIXTURE_USERS)[FixtureName]][]) {
    sessions[name] = await t.login(name);
    const unit = await t.unit(f.unitCode);
    actors[name] = { userId: t.users[name], role: f.role, unitId: unit.id, unitPath: unit.path };
  }
  const unitId = async (code: string) => (await t.unit(code)).id;
  const communesOf = async (code: string, n: number) =>
    (await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.parentId, await unitId(code)), eq(orgUnits.kind, 'commune'))).orderBy(asc(orgUnits.code)).limit(n)).map((c) => c.id);
  // Giồng Riềng: Thị trấn Giồng Riềng and five more communes (two with people, one not recognised, one not in the
  // excellent group), the district itself and its Phòng Nội vụ with people; Châu Thành's and Hòn Đất's communes;
  // departments with people (Sở Nội vụ selected, Sở Tư pháp not; one person rated too low).
  const ttgr = await unitId('30904');
  const gr = (await communesOf('906', 7)).filter((id) => id !== ttgr).slice(0, 5);
  await makeEligibleUnit(db, { campaignId, unitId: ttgr, people: ['Lê Văn Một', 'Lê Thị Hai'] });
  for (const [i, id] of gr.entries()) await makeEligibleUnit(db, { campaignId, unitId: id, people: i < 2 ? [`Đặng Văn Xã ${i}`, `Đặng Thị Xã ${i}`] : [] });
  await unrecognise(db, campaignId, gr[2]);
  await setPublishedClass(db, gr[3], 'good');
  for (const id of [...(await communesOf('905', 2)), await unitId('30817')]) await makeEligibleUnit(db, { campaignId, unitId: id, people: ['Hồ Văn Huyện'] });
  await makeEligibleUnit(db, { campaignId, unitId: await unitId('906'), people: ['Phan Văn Huyện', 'Phan Thị Huyện'] });
  await makeEligibleUnit(db, { campaignId, unitId: await unitId('906-PNV'), people: ['Vũ Văn Phòng', 'Vũ Thị Phòng'] });
  const snv = await makeEligibleUnit(db, { campaignId, unitId: await unitId('SNV'), people: ['Trần Văn Ba', 'Trần Thị Bốn', 'Trần Văn Năm'] });
  const stp = await makeEligibleUnit(db, { campaignId, unitId: await unitId('STP'), people: ['Võ Văn Bảy', 'Võ Thị Tám'] });
  await db.update(ratings).set({ rating: 'adequate' }).where(eq(ratings.personId, stp[1]));
  // Nominations: communes proposed (one withdrawn), a commune's person and Sở Nội vụ's people (selected first).
  const propose = async (as: FixtureName, nomineeKind: 'unit' | 'person', nomineeId: string) => {
    const res = await t.req(sessions[as], { method: 'POST', url: `/api/campaigns/${campaignId}/nominations`, payload: { nomineeKind, nomineeId } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  await propose('aggregatorGR', 'unit', ttgr);
  const withdrawn = await propose('aggregatorGR', 'unit', gr[0]);
  expect((await t.req(sessions.aggregatorGR, { method: 'POST', url: `/api/nominations/${withdrawn}/withdraw`, payload: { reason: 'Chọn xã khác' } })).statusCode).toBe(200);
  await propose('aggregatorGR', 'unit', gr[1]);
  await propose('officerTTGR', 'person', (await db.select({ personId: ratings.personId }).from(ratings).where(eq(ratings.orgUnitId, ttgr)).limit(1))[0].personId!);
  expect((await t.req(sessions.secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/selections`, payload: { unitIds: [await unitId('SNV')] } })).statusCode).toBe(201);
  await propose('officerSNV', 'person', snv[0]);
  await propose('secretariat', 'unit', (await communesOf('905', 1))[0]);
});
afterAll(async () => t?.close());

describe('every page of the nominations page put together is the page as it was computed whole', () => {
  it.each(Object.keys(FIXTURE_USERS) as FixtureName[])('for %s', async (name) => {
    const former = await formerOverview(t.database.db, campaignId, actors[name]);
    const paged = await allPages(sessions[name], 4);
    expect(paged.total).toBe(former.items.length);
    expect(paged.items).toEqual(JSON.parse(JSON.stringify(former.items)));
    expect(paged.candidateTotal).toBe(former.candidates.length);
    expect(paged.candidates).toEqual(JSON.parse(JSON.stringify(former.candidates)));
    // Each former quota, the same; a quota besides them is the actor's own unit's, shown on every page.
    for (const quota of former.quotas) expect(paged.quotas.get(quota.quotaKey)).toEqual(quota);
    const extra = [...paged.quotas.values()].filter((q) => !former.quotas.some((f) => f.quotaKey === q.quotaKey));
    expect(extra.every((q) => q.proposingUnit.id === actors[name].unitId)).toBe(true);
  });

  it('covers what it claims: candidates for the proposing roles, eligible and not, proposed and not; none for the readers', async () => {
    const secretariat = await formerOverview(t.database.db, campaignId, actors.secretariat);
    expect(secretariat.candidates.length).toBeGreaterThan(12);
    expect(new Set(secretariat.candidates.map((c) => `${c.nomineeKind}:${c.eligible}:${c.alreadyProposed}`))).toEqual(
      new Set(['unit:true:true', 'unit:true:false', 'unit:false:false', 'person:true:true', 'person:true:false', 'person:false:false']),
    );
    for (const name of ['aggregatorGR', 'officerTTGR', 'officerSNV', 'officerHD'] as const) expect((await formerOverview(t.database.db, campaignId, actors[name])).candidates.length, name).toBeGreaterThan(0);
    for (const name of ['admin', 'approver', 'council', 'headTTGR'] as const) expect((await get(sessions[name], {})).candidates).toEqual({ items: [], total: 0, page: 1, pageSize: 50 });
  });

  it('searches the candidates by unit or person name, without diacritics', async () => {
    const former = await formerOverview(t.database.db, campaignId, actors.secretariat);
    for (const q of ['giong rieng', 'Trần', 'phong']) {
      const wanted = former.candidates.filter((c) => foldDiacritics(c.nomineeName).includes(foldDiacritics(q)));
      expect(wanted.length, q).toBeGreaterThan(0);
      const paged = await allPages(sessions.secretariat, 3, q);
      expect(paged.candidates, q).toEqual(JSON.parse(JSON.stringify(wanted)));
    }
  });

  it('a reader who may not propose evaluates nothing: the stored verdicts are not even brought up to date', async () => {
    const db = t.database.db;
    await get(sessions.secretariat, {});
    await db.insert(eligibilityStale).values({ campaignId, orgUnitId: null });
    await get(sessions.approver, {});
    expect(await db.select().from(eligibilityStale).where(eq(eligibilityStale.campaignId, campaignId))).toHaveLength(1);
    await get(sessions.secretariat, {});
    expect(await db.select().from(eligibilityStale).where(eq(eligibilityStale.campaignId, campaignId))).toHaveLength(0);
  });
});
