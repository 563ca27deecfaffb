import { describe, expect, it } from 'vitest';
import { achievementText, canonicalJson, decisionSnapshot, proposalSnapshot, sortAwardEntries, type AwardEntry } from './awardSnapshot';
import { proposalTransition, type ProposalEvent, type ProposalStatus } from './proposalLifecycle';

const entry = (over: Partial<AwardEntry>): AwardEntry => ({
  dossierId: '00000000-0000-0000-0000-000000000001',
  nomineeKind: 'person',
  orgUnitId: 'u1',
  personId: 'p1',
  name: 'Lê Thị Hoa',
  position: 'Trưởng phòng',
  unitName: 'Sở Nội vụ',
  achievement: 'Đã có thành tích xuất sắc',
  ...over,
});

describe('canonicalJson (snapshot bytes, issue 11 §8)', () => {
  it.each([
    ['keys sorted at every depth', { b: 1, a: { d: [1, 2], c: null } }, '{"a":{"c":null,"d":[1,2]},"b":1}'],
    ['undefined members dropped', { a: 1, b: undefined }, '{"a":1}'],
    ['strings to NFC (decomposed ư̛ → composed)', { n: 'Nguye\u0302\u0303n' }, '{"n":"Nguyễn"}'],
    ['arrays keep their order', [3, 1, 2], '[3,1,2]'],
    ['no white space', { a: 'x y' }, '{"a":"x y"}'],
  ])('%s', (_label, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same bytes for the same content whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: [{ p: 'a', q: 'b' }] })).toBe(canonicalJson({ y: [{ q: 'b', p: 'a' }], x: 1 }));
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});

describe('building the frozen list', () => {
  const collective = entry({ dossierId: 'd-c', nomineeKind: 'unit', personId: null, name: 'Xã Minh Lương', position: null, unitName: 'Xã Minh Lương' });
  const personB = entry({ dossierId: 'd-b', name: 'Trần Văn Bình', unitName: 'Sở Nội vụ' });
  const personA = entry({ dossierId: 'd-a', name: 'Âu Thị An', unitName: 'Sở Nội vụ' });

  it('lists collectives first, then individuals by unit and name in Vietnamese order (Â after A, before B)', () => {
    expect(sortAwardEntries([personB, collective, personA]).map((e) => e.dossierId)).toEqual(['d-c', 'd-a', 'd-b']);
  });

  it('is the same snapshot whatever order the rows were read in', () => {
    expect(canonicalJson(proposalSnapshot('c1', [personB, collective, personA]))).toBe(canonicalJson(proposalSnapshot('c1', [personA, personB, collective])));
  });

  it('keeps only the entry fields, trimmed and NFC; an empty position is null', () => {
    const extra = { ...entry({ name: '  Le\u0302 Văn   ', position: ' ' }), createdAt: 'x' } as AwardEntry;
    const [e] = proposalSnapshot('c1', [extra]).entries;
    expect(e).toEqual({ ...entry({}), name: 'Lê Văn', position: null });
    expect(Object.keys(e)).not.toContain('createdAt');
  });

  it('covers the decision number, date and signer: changing any changes the bytes', () => {
    const header = { number: '123/QĐ-UBND', decisionDate: '2021-05-20', signerName: 'Lâm Minh Thành', signerPosition: 'Chủ tịch' };
    const base = canonicalJson(decisionSnapshot({ campaignId: 'c1', proposalId: 'p1', header, entries: [personA] }));
    expect(canonicalJson(decisionSnapshot({ campaignId: 'c1', proposalId: 'p1', header: { ...header, number: '124/QĐ-UBND' }, entries: [personA] }))).not.toBe(base);
    expect(canonicalJson(decisionSnapshot({ campaignId: 'c1', proposalId: 'p1', header, entries: [{ ...personA, unitName: 'Sở Tư pháp' }] }))).not.toBe(base);
  });

  it('words the achievement as Mục IV.3 of the plan, with the PAR class when published', () => {
    expect(achievementText(2020, null)).toBe('Đã có thành tích xuất sắc trong phong trào thi đua chuyên đề về thực hiện nhiệm vụ cải cách hành chính năm 2020');
    expect(achievementText(2020, 'Xuất sắc')).toContain('(Chỉ số cải cách hành chính xếp loại Xuất sắc)');
  });
});

describe('Tờ trình lifecycle (Khoản 3, Mục IV, KH 34)', () => {
  const cases: [ProposalStatus, ProposalEvent, ProposalStatus | null][] = [
    ['draft', 'edit', 'draft'],
    ['returned', 'edit', 'draft'],
    ['submitted', 'edit', null],
    ['approved', 'edit', null],
    ['draft', 'submit', 'submitted'],
    ['returned', 'submit', 'submitted'],
    ['submitted', 'submit', null],
    ['approved', 'submit', null],
    ['submitted', 'approve', 'approved'],
    ['draft', 'approve', null],
    ['returned', 'approve', null],
    ['approved', 'approve', null],
    ['submitted', 'return', 'returned'],
    ['draft', 'return', null],
    ['approved', 'return', null],
    ['approved', 'issueDecision', 'approved'],
    ['draft', 'issueDecision', null],
    ['submitted', 'issueDecision', null],
    ['returned', 'issueDecision', null],
  ];
  it.each(cases)('%s --%s--> %s', (from, event, to) => {
    const r = proposalTransition(from, event);
    if (to === null) {
      expect(r.allowed).toBe(false);
      if (!r.allowed) expect(r.message).toContain('Khoản 3, Mục IV');
    } else {
      expect(r).toEqual({ allowed: true, to });
    }
  });
});
