import { describe, expect, it } from 'vitest';
import { checkStatusFact, statusFromFacts, type StatusFacts } from './statusFacts';

const facts: StatusFacts = {
  year: 2020,
  registrationDeadline: { date: '2020-03-31', ref: { clause: 'Điểm b, Khoản 3, Mục II', source: 'Kế hoạch số 34/KH-UBND ngày 03/3/2020' } },
  rankingPublication: null,
};
const published = { ...facts, rankingPublication: { decisionNumber: '123/QĐ-UBND', decisionDate: '2021-03-15' as const } };
const lastSecond = new Date('2020-03-31T23:59:59+07:00');
const closing = new Date('2020-04-01T00:00:00+07:00');

describe('statusFromFacts', () => {
  it.each([
    ['registration_open', facts, lastSecond, null],
    ['registration_open', facts, closing, 'registration_closed'],
    ['registration_open', published, lastSecond, 'ranking_published'],
    ['registration_closed', published, closing, 'ranking_published'],
    ['registration_closed', facts, closing, null],
    ['draft', published, closing, null],
    ['ranking_published', published, closing, null],
    ['dossiers', published, closing, null],
  ] as const)('%s with %o at %s → %s', (status, f, asOf, expected) => {
    expect(statusFromFacts(status, f, asOf)).toBe(expected);
  });
});

describe('checkStatusFact', () => {
  it('refuses "ranking published" until the year is published, naming the year and where it is done', () => {
    const check = checkStatusFact('registration_closed', 'ranking_published', facts, closing);
    expect(check).toEqual({ allowed: false, reason: expect.stringContaining('kết quả xếp hạng Chỉ số CCHC năm 2020 chưa được công bố') });
    expect(checkStatusFact('registration_closed', 'ranking_published', published, closing)).toEqual({ allowed: true });
  });

  it('refuses closing registration before the deadline, citing II.3.b', () => {
    const check = checkStatusFact('registration_open', 'registration_closed', facts, lastSecond);
    expect(check).toEqual({ allowed: false, reason: expect.stringContaining('đến hết ngày 31/03/2020 (Điểm b, Khoản 3, Mục II') });
    expect(checkStatusFact('registration_open', 'registration_closed', facts, closing)).toEqual({ allowed: true });
  });

  it('refuses reopening registration once the ranking is published', () => {
    expect(checkStatusFact('registration_closed', 'registration_open', published, closing).allowed).toBe(false);
    expect(checkStatusFact('registration_closed', 'registration_open', facts, closing).allowed).toBe(true);
  });

  it('leaves moves without a fact to the transition rules', () => {
    expect(checkStatusFact('draft', 'registration_open', facts, lastSecond)).toEqual({ allowed: true });
  });
});
