import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson';
import { councilQuorum, isRecused, requiredAttending, tallyCouncilSession, type Attendance, type TallyMember, type VoteChoice } from './councilTally';

const members = (attendance: Attendance[]): TallyMember[] => attendance.map((a, i) => ({ id: `m${i + 1}`, fullName: `Thành viên ${i + 1}`, attendance: a }));
const votes = (list: (VoteChoice | null)[]): Record<string, VoteChoice> => Object.fromEntries(list.flatMap((v, i) => (v ? [[`m${i + 1}`, v]] : [])));
const P = 'present' as const;
const W = 'written' as const;
const A = 'absent' as const;

describe('quorum: members present plus written opinions against all members (Điều 8 of the council rules, ≥ 80% for award sessions)', () => {
  it.each([
    // total, percent, required
    [5, 80, 4],
    [10, 80, 8],
    [11, 80, 9],
    [7, 80, 6],
    [9, 67, 7],
    [3, 100, 3],
  ])('%i members at %i%% need %i attending', (total, percent, required) => {
    expect(requiredAttending(total, percent)).toBe(required);
  });

  it.each([
    ['4 present of 5', [P, P, P, P, A], true],
    ['3 present and 1 written of 5: written opinions count', [P, P, P, W, A], true],
    ['3 present of 5', [P, P, P, A, A], false],
    ['no members at all', [], false],
  ] as const)('%s → quorum %s', (_name, attendance, met) => {
    const q = councilQuorum(members([...attendance]), 80);
    expect(q.met).toBe(met);
    expect(q.ref.clause).toContain('80%');
    expect(q.explanation).toContain(met ? 'đủ số thành viên dự họp' : 'không đủ số thành viên dự họp');
  });
});

describe('each nominee’s result (Điều 8: biểu quyết theo đa số; a tie is not a majority)', () => {
  const base = { quorumPercent: 80, passRule: 'majority_of_members' as const };
  it.each([
    // name, attendance, votes, pass rule, recused, outcome, agree, denominator
    ['3 of 5 members agree', [P, P, P, P, A], ['agree', 'agree', 'agree', 'disagree', null], 'majority_of_members', [], 'passed', 3, 5],
    ['2 of 5 members agree (majority of present 4 would also fail)', [P, P, P, P, A], ['agree', 'agree', 'disagree', 'abstain', null], 'majority_of_members', [], 'failed', 2, 5],
    ['a tie: 2 of 4 present agree', [P, P, P, P, A], ['agree', 'agree', 'disagree', 'disagree', null], 'majority_of_present', [], 'failed', 2, 4],
    ['3 of 4 present agree, majority of present', [P, P, P, P, A], ['agree', 'agree', 'agree', 'disagree', null], 'majority_of_present', [], 'passed', 3, 4],
    ['a written opinion counts as a vote', [P, P, P, W, A], ['agree', 'agree', 'disagree', 'agree', null], 'majority_of_members', [], 'passed', 3, 5],
    ['a recused member leaves the denominator: 3 of 5−1 agree', [P, P, P, P, P], ['agree', 'agree', 'agree', 'disagree', null], 'majority_of_members', ['m5'], 'passed', 3, 4],
    ['with the recusal a 2–2 is a tie and fails', [P, P, P, P, P], ['agree', 'agree', 'disagree', 'disagree', 'agree'], 'majority_of_members', ['m5'], 'failed', 2, 4],
  ] as const)('%s', (_name, attendance, list, passRule, recused, outcome, agree, denominator) => {
    const tally = tallyCouncilSession({ ...base, passRule, members: members([...attendance]), nominees: [{ dossierId: 'd1', nomineeName: 'Xã Bình An', recusedMemberIds: recused, votes: votes([...list]) }] });
    const r = tally.results[0];
    expect(r).toMatchObject({ outcome, agree, denominator });
    expect(r.explanation).toContain(`${agree}`);
    expect(r.ref.clause).toContain('đa số');
    if (recused.length > 0) expect(r.explanation).toContain('cùng đơn vị');
    if (agree * 2 === denominator) expect(r.explanation).toContain('bằng đúng một nửa');
  });

  it('quorum not met: no result for anyone, saying why', () => {
    const tally = tallyCouncilSession({
      ...base,
      members: members([P, P, P, A, A]),
      nominees: [
        { dossierId: 'd1', nomineeName: 'Xã Bình An', recusedMemberIds: [], votes: votes(['agree', 'agree', 'agree']) },
        { dossierId: 'd2', nomineeName: 'Nguyễn Văn B', recusedMemberIds: [], votes: votes(['agree', 'agree', 'agree']) },
      ],
    });
    expect(tally.quorum.met).toBe(false);
    expect(tally.results.map((r) => r.outcome)).toEqual([null, null]);
    expect(tally.results[0].explanation).toContain('Không đủ số thành viên dự họp (3/5, cần 4)');
    expect(tally.results[0].ref.clause).toContain('80%');
  });

  it('an absent member’s vote and a recused member’s vote are not counted; missing votes are reported', () => {
    const tally = tallyCouncilSession({ ...base, members: members([P, P, P, P, A]), nominees: [{ dossierId: 'd1', nomineeName: 'X', recusedMemberIds: ['m1'], votes: votes(['agree', 'agree', null, null, 'agree']) }] });
    expect(tally.results[0]).toMatchObject({ agree: 1, recused: 1, notVoted: 2, denominator: 4, outcome: 'failed' });
    expect(tally.results[0].explanation).toContain('2 thành viên chưa biểu quyết');
  });
});

describe('recusal of a member from the nominee’s own unit', () => {
  const province = { id: 'p', path: '/p/', kind: 'province' };
  const district = { id: 'd', path: '/p/d/', kind: 'district' };
  const commune = { id: 'c', path: '/p/d/c/', kind: 'commune' };
  const otherCommune = { id: 'o', path: '/p/x/o/', kind: 'commune' };
  const department = { id: 's', path: '/p/s/', kind: 'department' };
  const office = { id: 'sp', path: '/p/s/sp/', kind: 'par_unit' };
  it.each([
    ['the same unit', commune, commune, true],
    ['the district of a commune nominee (it proposed it)', district, commune, true],
    ['a Phòng of the nominated Sở', office, department, true],
    ['the Sở of a nominated Phòng', department, office, true],
    ['the province (above every unit)', province, commune, false],
    ['another district’s commune', otherCommune, commune, false],
    ['another department', department, commune, false],
    ['no unit recorded', null, commune, false],
  ] as const)('member from %s → recused %s', (_name, member, nominee, recused) => {
    expect(isRecused(member, nominee)).toBe(recused);
  });
});

describe('canonical JSON (the snapshot that is hashed)', () => {
  it('sorts keys at every depth, keeps array order and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: 'ý' }], c: undefined } })).toBe('{"a":{"d":[2,{"y":"ý","z":null}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});
