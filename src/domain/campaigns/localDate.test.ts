import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endOfLocalDay,
  formatDateVi,
  formatDocumentDate,
  isIsoDate,
  isLeapYear,
  shiftIsoDateYears,
  startOfNextLocalDay,
} from './localDate';

describe('isIsoDate', () => {
  it.each([
    ['2020-03-31', true],
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2020-04-31', false],
    ['2020-13-01', false],
    ['2020-00-10', false],
    ['2020-3-31', false],
    ['31/03/2020', false],
    ['', false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('isLeapYear', () => {
  it.each([
    [2020, true],
    [2021, false],
    [2100, false],
    [2000, true],
  ])('%i → %s', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });
});

describe('startOfNextLocalDay / endOfLocalDay', () => {
  it('returns 01/04/2020 00:00 +07:00 for 2020-03-31', () => {
    expect(startOfNextLocalDay('2020-03-31').toISOString()).toBe('2020-03-31T17:00:00.000Z');
  });
  it('returns 31/03/2020 23:59:59 +07:00 as the end of 2020-03-31', () => {
    expect(endOfLocalDay('2020-03-31').getTime()).toBe(new Date('2020-03-31T23:59:59+07:00').getTime());
  });
  it('rolls over the end of a year', () => {
    expect(startOfNextLocalDay('2020-12-31').getTime()).toBe(new Date('2021-01-01T00:00:00+07:00').getTime());
  });
  it('throws on an impossible date', () => {
    expect(() => startOfNextLocalDay('2021-02-29')).toThrow(RangeError);
  });
});

describe('formatDateVi / formatDocumentDate', () => {
  it.each([
    ['2020-03-31', '31/03/2020', '31/3/2020'],
    ['2020-03-03', '03/03/2020', '03/3/2020'],
    ['2016-02-04', '04/02/2016', '04/02/2016'],
    ['2019-12-09', '09/12/2019', '09/12/2019'],
  ])('%s → %s (UI) and %s (document)', (iso, ui, doc) => {
    expect([formatDateVi(iso), formatDocumentDate(iso)]).toEqual([ui, doc]);
  });
});

describe('shiftIsoDateYears', () => {
  it.each([
    ['2020-03-31', 1, '2021-03-31'],
    ['2020-02-29', 1, '2021-02-28'],
    ['2020-02-29', 4, '2024-02-29'],
    ['2020-02-29', 80, '2100-02-28'],
    ['2021-02-28', -1, '2020-02-28'],
    ['2020-12-31', 5, '2025-12-31'],
  ])('%s + %i years → %s', (iso, years, expected) => {
    expect(shiftIsoDateYears(iso, years)).toBe(expected);
  });

  it('always yields a real date in the target year and month', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -50, max: 50 }),
        (date, years) => {
          const iso = date.toISOString().slice(0, 10);
          const shifted = shiftIsoDateYears(iso, years);
          expect(isIsoDate(shifted)).toBe(true);
          expect(Number(shifted.slice(0, 4))).toBe(Number(iso.slice(0, 4)) + years);
          expect(shifted.slice(5, 7)).toBe(iso.slice(5, 7));
        },
      ),
    );
  });
});
