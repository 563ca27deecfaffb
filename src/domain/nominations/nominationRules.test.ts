import { describe, expect, it } from 'vitest';
import { kh34Campaign } from '../campaigns/kh34Campaign';
import { buildCollective, buildIndividual, buildUnitSummary } from '../eligibility/eligibilityFactories';
import { evaluateEligibility } from '../eligibility/evaluateEligibility';
import { kh34RuleSet } from '../eligibility/kh34RuleSet';
import {
  collectiveChosen,
  collectiveKindOf,
  decideProposal,
  eligibleByThisProposal,
  failingConditions,
  nomineeName,
  proposerOf,
  quotaGaugeText,
  type ActiveNomination,
  type NominationUnit,
  type Nominee,
  type ProposalFacts,
  type ProposerAndQuota,
} from './nominationRules';

const district = (code: string, name: string) => ({ id: `d-${code}`, code, name, kind: 'district' as const });
const GR = district('906', 'Huyện Giồng Riềng');
const HD = district('903', 'Huyện Hòn Đất');
const CT = district('905', 'Huyện Châu Thành');

const unit = (overrides: Partial<NominationUnit> = {}): NominationUnit => ({
  id: 'x-ban-tan-dinh',
  code: '30907',
  name: 'Xã Bàn Tân Định',
  kind: 'commune',
  parUnitLevel: null,
  parent: GR,
  ...overrides,
});
const communeOf = (parent: NominationUnit['parent'], name = 'Xã Bàn Tân Định'): Nominee => ({ kind: 'unit', unit: unit({ parent, name }) });
const person = (u: Partial<NominationUnit> = {}): Nominee => ({ kind: 'person', personId: 'p1', fullName: 'Nguyễn Văn A', unit: unit(u) });

const COMMUNE_REF = { clause: 'Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III', source: 'Kế hoạch số 34/KH-UBND ngày 03/3/2020' };
const INDIVIDUAL_REF = { clause: 'Điểm b, Khoản 4, Mục III', source: 'Kế hoạch số 34/KH-UBND ngày 03/3/2020' };

const proposer = (nominee: Nominee) => {
  const p = proposerOf(kh34Campaign, nominee);
  if (!p.ok) throw new Error(p.message);
  return p;
};

describe('proposerOf: who proposes whom, against which quota (III.4.a–b)', () => {
  it.each([
    ['Giồng Riềng', GR, 2],
    ['Hòn Đất', HD, 2],
    ['Châu Thành', CT, 1],
  ] as const)('a commune of %s is proposed by its district, quota %i', (_name, parent, limit) => {
    const p = proposer(communeOf(parent));
    expect(p).toEqual({ ok: true, proposingUnit: parent && { id: parent.id, code: parent.code, name: parent.name }, quota: { kind: 'commune_per_district', limit, ref: COMMUNE_REF }, quotaKey: `commune_per_district:${parent.id}` });
  });

  it.each([
    ['commune', null, 1],
    ['department', null, 2],
    ['district', null, 2],
    ['par_unit', 'province', 2],
    ['par_unit', 'district', 2],
  ] as const)('a person of a %s (%s) is proposed by that collective, quota %i', (kind, parUnitLevel, limit) => {
    const p = proposer(person({ id: 'u1', kind, parUnitLevel, name: 'Đơn vị' }));
    expect(p.proposingUnit.id).toBe('u1');
    expect(p.quota).toEqual({ kind: 'individuals_per_collective', limit, ref: INDIVIDUAL_REF });
    expect(p.quotaKey).toBe('individuals_per_collective:u1');
  });

  it.each([
    ['department', 'Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III', /do Sở Nội vụ chọn/],
    ['district', 'Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III', /không phải đơn vị hành chính cấp xã/],
    ['par_unit', 'Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III', /không phải đơn vị hành chính cấp xã/],
  ] as const)('refuses a %s as a unit nominee: other collectives are chosen by Sở Nội vụ', (kind, clause, message) => {
    const p = proposerOf(kh34Campaign, { kind: 'unit', unit: unit({ kind, name: 'Đơn vị X' }) });
    expect(p).toMatchObject({ ok: false, ref: { clause } });
    expect(p.ok || p.message).toMatch(message);
  });

  it.each([
    ['no parent', null],
    ['a province parent (two-tier)', { id: 'p', code: '91', name: 'Tỉnh', kind: 'province' as const }],
  ])('refuses a commune with %s: no district proposes it', (_label, parent) => {
    const p = proposerOf(kh34Campaign, communeOf(parent));
    expect(p).toMatchObject({ ok: false, ref: COMMUNE_REF });
    expect(p.ok || p.message).toMatch(/không trực thuộc huyện/);
  });

  describe('a two-tier campaign (commune quota province-wide)', () => {
    const twoTier = { quotas: { ...kh34Campaign.quotas, communeQuotaScope: 'province_wide' as const, communesPerDistrict: { ...kh34Campaign.quotas.communesPerDistrict, limit: 17 } } };
    const AG = { id: 'p-ag', code: '89', name: 'Tỉnh An Giang', kind: 'province' as const };

    it('the province proposes a commune under it, against the one quota', () => {
      expect(proposerOf(twoTier, communeOf(AG))).toMatchObject({ ok: true, proposingUnit: { id: 'p-ag' }, quota: { limit: 17 }, quotaKey: 'commune_per_district:p-ag' });
    });

    it.each([
      ['under a district (overrides do not apply either)', GR],
      ['without a parent', null],
    ])('refuses a commune %s', (_label, parent) => {
      const p = proposerOf(twoTier, communeOf(parent));
      expect(p).toMatchObject({ ok: false, ref: COMMUNE_REF });
      expect(p.ok || p.message).toMatch(/chỉ tiêu xã toàn tỉnh/);
    });

    it('names the province in the quota refusal', () => {
      const decision = decideProposal({ ...facts(), nominee: communeOf(AG), proposer: proposerOf(twoTier, communeOf(AG)) as ProposerAndQuota, quotaUsedBy: used(17) });
      expect(decision.allowed || decision.message).toMatch(/^Tỉnh An Giang đã đề nghị 17\/17 xã/);
    });
  });

  it.each([
    ['province', null],
    ['central_agency', null],
    ['par_unit', null],
  ] as const)('refuses a person of a %s unit (level %s): not a participating collective', (kind, parUnitLevel) => {
    expect(proposerOf(kh34Campaign, person({ kind, parUnitLevel }))).toMatchObject({ ok: false, ref: INDIVIDUAL_REF });
  });
});

describe('collectiveKindOf', () => {
  it.each([
    ['department', null, 'department'],
    ['district', null, 'district'],
    ['commune', null, 'commune'],
    ['par_unit', 'province', 'par_unit_province'],
    ['par_unit', 'district', 'par_unit_district'],
    ['par_unit', null, null],
    ['province', null, null],
    ['central_agency', null, null],
  ] as const)('%s (%s) → %s', (kind, parUnitLevel, expected) => {
    expect(collectiveKindOf({ kind, parUnitLevel })).toBe(expected);
  });
});

const eligibleCommune = evaluateEligibility(kh34RuleSet, {
  kind: 'collective',
  collective: buildCollective({ orgUnitId: 'x', name: 'Xã Bàn Tân Định', unitKind: 'commune', districtRecognisedBestCommune: true }),
});
const eligiblePerson = evaluateEligibility(kh34RuleSet, { kind: 'individual', individual: buildIndividual({ unit: buildUnitSummary({ unitKind: 'commune', districtRecognisedBestCommune: true }) }) });
const used = (n: number, prefix = 'Xã'): ActiveNomination[] =>
  Array.from({ length: n }, (_, i) => ({ id: `n${i}`, nomineeName: `${prefix} số ${i + 1}`, proposingUnitName: 'Huyện Giồng Riềng' }));

function facts(overrides: Partial<ProposalFacts> & { nominee?: Nominee } = {}): ProposalFacts {
  const nominee = overrides.nominee ?? communeOf(GR);
  return {
    nominee,
    eligibility: nominee.kind === 'unit' ? eligibleCommune : eligiblePerson,
    collectiveChosen: { chosen: true, why: 'đã được huyện đề nghị' },
    existing: null,
    proposer: proposer(nominee) as ProposerAndQuota,
    quotaUsedBy: [],
    ...overrides,
  };
}

describe('decideProposal: quotas and their boundaries (SPEC §4.3)', () => {
  it.each([
    ['Giồng Riềng, 0 used', GR, 0, true],
    ['Giồng Riềng, 1 used', GR, 1, true],
    ['Giồng Riềng, 2 used', GR, 2, false],
    ['Hòn Đất, 1 used', HD, 1, true],
    ['Hòn Đất, 2 used', HD, 2, false],
    ['Châu Thành, 0 used', CT, 0, true],
    ['Châu Thành, 1 used', CT, 1, false],
  ] as const)('commune quota: %s → allowed %s', (_label, parent, n, allowed) => {
    expect(decideProposal(facts({ nominee: communeOf(parent), quotaUsedBy: used(n) })).allowed).toBe(allowed);
  });

  it.each([
    ['commune', 0, true],
    ['commune', 1, false],
    ['department', 1, true],
    ['department', 2, false],
    ['district', 2, false],
  ] as const)('individuals of a %s with %i used → allowed %s', (kind, n, allowed) => {
    expect(decideProposal(facts({ nominee: person({ kind, id: 'u1' }), quotaUsedBy: used(n, 'Cá nhân') })).allowed).toBe(allowed);
  });

  it('names the quota, its clause and the nominations already using it', () => {
    const decision = decideProposal(facts({ quotaUsedBy: used(2) }));
    expect(decision).toMatchObject({ allowed: false, reason: 'quota', quota: { used: 2, limit: 2, remaining: 0 } });
    expect(decision.allowed || decision.message).toBe(
      'Huyện Giồng Riềng đã đề nghị 2/2 xã (chỉ tiêu: số đơn vị hành chính cấp xã mỗi huyện, thành phố được đề nghị khen thưởng — ' +
        'Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III Kế hoạch số 34/KH-UBND ngày 03/3/2020); không thể đề nghị thêm. Đã đề nghị: Xã số 1, Xã số 2.',
    );
  });

  it('words the individuals quota of a commune with its own clause', () => {
    const decision = decideProposal(facts({ nominee: person({ name: 'Xã Bàn Tân Định' }), quotaUsedBy: used(1, 'Cá nhân') }));
    expect(decision.allowed || decision.message).toMatch(/^Xã Bàn Tân Định đã đề nghị 1\/1 cá nhân .*Điểm b, Khoản 4, Mục III.*Đã đề nghị: Cá nhân số 1\.$/);
  });

  it('says how many places are left when allowed', () => {
    const decision = decideProposal(facts({ quotaUsedBy: used(1) }));
    expect(decision).toMatchObject({ allowed: true, quota: { used: 1, limit: 2, remaining: 0 } });
  });

  it('an over-full quota (limit lowered later) is refused too', () => {
    expect(decideProposal(facts({ nominee: communeOf(CT), quotaUsedBy: used(3) }))).toMatchObject({ allowed: false, reason: 'quota' });
  });
});

describe('decideProposal: the nominee', () => {
  it('refuses the same nominee twice in a campaign, naming who proposed it', () => {
    const existing = { id: 'n1', nomineeName: 'Xã Bàn Tân Định', proposingUnitName: 'Huyện Giồng Riềng' };
    const decision = decideProposal(facts({ existing }));
    expect(decision).toMatchObject({ allowed: false, reason: 'duplicate', existing });
    expect(decision.allowed || decision.message).toMatch(/đã được Huyện Giồng Riềng đề nghị .* chỉ được đề nghị một lần/);
  });

  it('checks the duplicate before the quota (a full quota does not hide it)', () => {
    const existing = { id: 'n1', nomineeName: 'Xã Bàn Tân Định', proposingUnitName: 'Huyện Giồng Riềng' };
    expect(decideProposal(facts({ existing, quotaUsedBy: used(2) }))).toMatchObject({ reason: 'duplicate' });
  });

  it('refuses a nominee not registered in the campaign, with the clause', () => {
    const decision = decideProposal(facts({ eligibility: null }));
    expect(decision).toMatchObject({ allowed: false, reason: 'notRegistered', ref: { clause: 'Điểm a, Khoản 1, Mục III' } });
  });

  it.each([
    ['attestation refused', { attestations: { compliance: false, solidarity: true } }, 'fail', /không đạt \(Tiết 1, Điểm a, Khoản 1, Mục III\)|không đạt \(Điểm a, Khoản 1, Mục III\)/],
    ['attestation missing', { attestations: { compliance: null, solidarity: true } }, 'unknown', /chưa có dữ liệu/],
    ['not recognised by the district', { districtRecognisedBestCommune: false }, 'fail', /Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III/],
    ['PAR class unknown', { parClassification: null }, 'unknown', /Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III/],
  ] as const)('refuses an ineligible commune (%s), listing its failing conditions with clauses', (_label, patch, verdict, clause) => {
    const eligibility = evaluateEligibility(kh34RuleSet, {
      kind: 'collective',
      collective: buildCollective({ orgUnitId: 'x', name: 'Xã Bàn Tân Định', unitKind: 'commune', districtRecognisedBestCommune: true, ...patch }),
    });
    const decision = decideProposal(facts({ eligibility }));
    expect(decision).toMatchObject({ allowed: false, reason: 'ineligible' });
    if (decision.allowed || decision.reason !== 'ineligible') throw new Error('expected ineligible');
    expect(decision.conditions.length).toBeGreaterThan(0);
    expect(decision.conditions.some((c) => c.verdict === verdict)).toBe(true);
    expect(decision.message).toMatch(/^Xã Bàn Tân Định chưa đủ tiêu chuẩn Bằng khen nên không thể đề nghị: “/);
    expect(decision.message).toMatch(clause);
  });

  it.each([
    ['rating below good', { rating: 'adequate' as const }],
    ['PAR tasks not confirmed', { parTasksExcellent: null }],
  ])('refuses an ineligible person (%s) with the conditions and clauses of III.1.b', (_label, patch) => {
    const eligibility = evaluateEligibility(kh34RuleSet, { kind: 'individual', individual: buildIndividual(patch) });
    const decision = decideProposal(facts({ nominee: person({ kind: 'department' }), eligibility }));
    expect(decision).toMatchObject({ allowed: false, reason: 'ineligible' });
    expect(decision.allowed || decision.message).toMatch(/Điểm b, Khoản 1, Mục III/);
  });

  it.each([
    ['not chosen', { chosen: false, why: 'Xã Bàn Tân Định chưa được huyện đề nghị khen thưởng' }],
    ['unknown', null],
  ])('refuses a person whose collective is %s (III.4.b)', (_label, chosen) => {
    const decision = decideProposal(facts({ nominee: person(), collectiveChosen: chosen }));
    expect(decision).toMatchObject({ allowed: false, reason: 'collectiveNotChosen', ref: { clause: 'Điểm b, Khoản 4, Mục III' } });
  });

  it('refuses an eligible person of an unselected department with the selection clause (III.4.a, first bullet), before eligibility', () => {
    const notSelected = collectiveChosen({ unit: { kind: 'department', name: 'Sở Tư pháp' }, communeProposed: false, selected: false });
    const decision = decideProposal(facts({ nominee: person({ kind: 'department', name: 'Sở Tư pháp' }), collectiveChosen: notSelected }));
    expect(decision).toMatchObject({ allowed: false, reason: 'collectiveNotChosen' });
    expect(decision.allowed || decision.message).toBe(
      'Sở Tư pháp chưa là tập thể được chọn nên chưa đề nghị cá nhân (Điểm b, Khoản 4, Mục III Kế hoạch số 34/KH-UBND ngày 03/3/2020): Sở Tư pháp chưa được Sở Nội vụ chọn là tập thể tiêu biểu trong nhóm xếp hạng xuất sắc của đợt thi đua này (Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III).',
    );
    // An ineligible person of an unselected unit is told about the selection first.
    const ineligible = evaluateEligibility(kh34RuleSet, { kind: 'individual', individual: buildIndividual({ rating: 'adequate' }) });
    expect(decideProposal(facts({ nominee: person({ kind: 'department' }), eligibility: ineligible, collectiveChosen: notSelected }))).toMatchObject({ reason: 'collectiveNotChosen' });
  });

  it('allows an eligible person of a selected department', () => {
    const selected = collectiveChosen({ unit: { kind: 'department', name: 'Sở Tư pháp' }, communeProposed: false, selected: true });
    expect(decideProposal(facts({ nominee: person({ kind: 'department', id: 'u1' }), collectiveChosen: selected }))).toMatchObject({ allowed: true });
  });

  it('ignores the collective choice for a unit nominee', () => {
    expect(decideProposal(facts({ collectiveChosen: null })).allowed).toBe(true);
  });
});

describe('decideProposal: a PAR unit\'s individuals and "có đề nghị" (III.1.b, third bullet; III.4.b)', () => {
  const parUnit = (level: 'province' | 'district', patch: Partial<Parameters<typeof buildUnitSummary>[0]> = {}) =>
    buildUnitSummary({
      name: level === 'province' ? 'Phòng Cải cách hành chính, Sở Nội vụ' : 'Phòng Nội vụ huyện Giồng Riềng',
      unitKind: 'par_unit',
      parUnitLevel: level,
      parClassification: null,
      rating: 'good',
      parTaskRating: level === 'province' ? 'outstanding' : null,
      previousParTaskRating: level === 'province' ? 'good' : null,
      districtParClassification: level === 'district' ? 'excellent' : null,
      ...patch,
    });
  // The unit's choice is Sở Nội vụ's selection (Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III).
  const chosen = collectiveChosen({ unit: { kind: 'par_unit', name: 'Đơn vị' }, communeProposed: false, selected: true });
  const notChosen = collectiveChosen({ unit: { kind: 'par_unit', name: 'Đơn vị' }, communeProposed: false, selected: false });

  it.each([
    // [label, unit, unitProposed, person patch, collective chosen, allowed]
    ['C1 unit not yet proposed, chosen: this proposal is its proposal → allowed', parUnit('province'), false, {}, chosen, true],
    ['C2 unit not yet proposed, chosen → allowed', parUnit('district'), false, {}, chosen, true],
    ['C2 unit, proposal unknown, chosen → allowed', parUnit('district'), null, {}, chosen, true],
    ['C2 unit already proposed → allowed', parUnit('district'), true, {}, chosen, true],
    ['C2 unit not proposed, not selected → refused (the selection is not waived)', parUnit('district'), false, {}, notChosen, false],
    ['C2 unit already proposed, not selected → refused (a proposal is not a selection)', parUnit('district'), true, {}, notChosen, false],
    ['C1 unit not yet proposed, not selected → refused', parUnit('province'), false, {}, notChosen, false],
    ['C2 unit of a good district, chosen: the basis still fails → refused', parUnit('district', { districtParClassification: 'good' }), false, {}, chosen, false],
    ['C1 unit without progress, chosen → refused', parUnit('province', { parTaskRating: 'good' }), false, {}, chosen, false],
    ['C1 unit, person rated adequate, chosen: other conditions still count → refused', parUnit('province'), false, { rating: 'adequate' as const }, chosen, false],
    ['C1 unit, person PAR tasks unconfirmed, chosen → refused', parUnit('province'), false, { parTasksExcellent: null }, chosen, false],
    ['good department, chosen: A is not helped by a proposal → refused', buildUnitSummary({ parClassification: 'good' }), false, {}, chosen, false],
  ] as const)('%s', (_label, unitSummary, unitProposed, patch, collective, allowed) => {
    const eligibility = evaluateEligibility(kh34RuleSet, { kind: 'individual', individual: buildIndividual({ unit: unitSummary, unitProposed, ...patch }) });
    const nominee = person({ kind: unitSummary.unitKind, parUnitLevel: unitSummary.parUnitLevel ?? null, id: 'u1' });
    const decision = decideProposal(facts({ nominee, eligibility, collectiveChosen: collective }));
    expect(decision.allowed).toBe(allowed);
    if (!allowed) expect(decision).toMatchObject({ reason: collective.chosen ? 'ineligible' : 'collectiveNotChosen' });
  });

  it.each([
    ['selected', true, true],
    ['not selected', false, false],
  ] as const)('eligibleByThisProposal: a C2 person whose only shortfall is "có đề nghị", unit %s → %s', (_label, selected, expected) => {
    const eligibility = evaluateEligibility(kh34RuleSet, { kind: 'individual', individual: buildIndividual({ unit: parUnit('district'), unitProposed: false }) });
    const collective = collectiveChosen({ unit: { kind: 'par_unit', name: 'Đơn vị' }, communeProposed: false, selected });
    expect(eligibility.eligible).toBe(false);
    expect(eligibleByThisProposal({ nominee: person({ kind: 'par_unit', parUnitLevel: 'district' }), eligibility, collectiveChosen: collective })).toBe(expected);
  });

  it('never helps a collective nominee', () => {
    const commune = evaluateEligibility(kh34RuleSet, { kind: 'collective', collective: buildCollective({ unitKind: 'commune', districtRecognisedBestCommune: false }) });
    expect(eligibleByThisProposal({ nominee: communeOf(GR), eligibility: commune, collectiveChosen: chosen })).toBe(false);
  });
});

describe('failingConditions', () => {
  it('is empty for an eligible nominee', () => {
    expect(failingConditions(eligibleCommune)).toEqual([]);
  });

  it('lists every basis when none holds, not when one does', () => {
    const noBasis = evaluateEligibility(kh34RuleSet, { kind: 'collective', collective: buildCollective({ parClassification: 'good' }) });
    expect(failingConditions(noBasis).map((c) => c.clause)).toContain('Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III');
    const basisButNoAttestation = evaluateEligibility(kh34RuleSet, { kind: 'collective', collective: buildCollective({ attestations: { compliance: true, solidarity: null } }) });
    const listed = failingConditions(basisButNoAttestation);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ verdict: 'unknown' });
  });
});

describe('collectiveChosen (III.4.b: the collectives chosen under III.4.a)', () => {
  const SELECTION = 'Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III';
  const COMMUNE = 'Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III';
  it.each([
    // [label, kind, communeProposed, selected by Sở Nội vụ, chosen, clause in why]
    ['a commune its district proposed', 'commune', true, false, true, COMMUNE],
    ['a commune its district proposed (a selection is irrelevant)', 'commune', true, true, true, COMMUNE],
    ['a commune not proposed', 'commune', false, false, false, COMMUNE],
    ['a commune not proposed, even if "selected" (Sở Nội vụ does not choose communes)', 'commune', false, true, false, COMMUNE],
    ['a department Sở Nội vụ selected', 'department', false, true, true, SELECTION],
    ['a department not selected (eligible or not: eligibility is not selection)', 'department', false, false, false, SELECTION],
    ['a district Sở Nội vụ selected', 'district', false, true, true, SELECTION],
    ['a district not selected', 'district', false, false, false, SELECTION],
    ['a specialised CCHC unit Sở Nội vụ selected', 'par_unit', false, true, true, SELECTION],
    ['a specialised CCHC unit not selected', 'par_unit', false, false, false, SELECTION],
  ] as const)('%s → %s', (_label, kind, communeProposed, selected, chosen, clause) => {
    const result = collectiveChosen({ unit: { kind, name: 'Đơn vị' }, communeProposed, selected });
    expect(result.chosen).toBe(chosen);
    expect(result.why).toContain(clause);
  });

  it('says Sở Nội vụ has not selected the unit, with the clause', () => {
    expect(collectiveChosen({ unit: { kind: 'department', name: 'Sở Tư pháp' }, communeProposed: false, selected: false }).why).toBe(
      'Sở Tư pháp chưa được Sở Nội vụ chọn là tập thể tiêu biểu trong nhóm xếp hạng xuất sắc của đợt thi đua này (Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III)',
    );
  });
});

describe('names and gauge', () => {
  it.each([
    [communeOf(GR), 'Xã Bàn Tân Định'],
    [person(), 'Nguyễn Văn A (Xã Bàn Tân Định)'],
  ])('nomineeName', (nominee, name) => expect(nomineeName(nominee)).toBe(name));

  it.each([
    [{ kind: 'commune_per_district', limit: 2, ref: COMMUNE_REF }, 1, 'Đã đề nghị 1/2 xã — Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III'],
    [{ kind: 'individuals_per_collective', limit: 1, ref: INDIVIDUAL_REF }, 0, 'Đã đề nghị 0/1 cá nhân — Điểm b, Khoản 4, Mục III'],
    [{ kind: 'excellent_group', limit: null, ref: COMMUNE_REF }, 3, 'Đã đề nghị 3 tập thể — Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III'],
  ] as const)('quotaGaugeText %#', (quota, n, text) => expect(quotaGaugeText(quota, n)).toBe(text));
});
