import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  compareLocalDates,
  dayOfWeek,
  endOfVnDay,
  formatVnDate,
  formatVnDateTime,
  formatVnDocumentDate,
  isLeapYear,
  isLocalDate,
  parseLocalDate,
  parseVnDate,
  startOfVnDay,
  toVnLocalDate,
  vnWeekdayName,
  yearOf,
  type LocalDate,
} from './localDate';

describe('parseVnDate', () => {
  it.each([
    ['31/03/2020', '2020-03-31'],
    ['03/3/2020', '2020-03-03'],
    ['3/3/2020', '2020-03-03'],
    [' 01/04/2020 ', '2020-04-01'],
    ['29/02/2020', '2020-02-29'],
    ['31/12/2020', '2020-12-31'],
  ])('returns the day for %j', (text, expected) => {
    expect(parseVnDate(text)).toBe(expected);
  });

  it.each([
    ['29/02/2021', 'a 29 February of a common year'],
    ['31/04/2020', 'a 31st of a 30-day month'],
    ['00/01/2020', 'day 0'],
    ['32/01/2020', 'day 32'],
    ['01/13/2020', 'month 13'],
    ['2020-03-31', 'ISO order'],
    ['31/3/20', 'a two-digit year'],
    ['31.03.2020', 'dots'],
    ['', 'an empty string'],
  ])('returns null for %j (%s)', (text) => {
    expect(parseVnDate(text)).toBeNull();
  });
});

describe('parseLocalDate', () => {
  it.each([
    ['2020-03-31', '2020-03-31'],
    [' 2020-02-29 ', '2020-02-29'],
    ['2021-02-29', null],
    ['2020-3-31', null],
    ['0099-01-01', null],
    ['31/03/2020', null],
  ])('parses %j as %j', (text, expected) => {
    expect(parseLocalDate(text)).toBe(expected);
  });
});

describe('isLocalDate', () => {
  it.each([
    ['2020-02-29', true],
    ['2100-02-29', false], // 2100 is not a leap year
    ['2000-02-29', true],
    ['2020-13-01', false],
    ['2020-03-31T00:00', false],
  ])('returns %s → %s', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });
});

describe('formatVnDate', () => {
  it.each<[LocalDate | Date, string]>([
    ['2020-03-31', '31/03/2020'],
    ['2020-03-03', '03/03/2020'],
    ['2021-01-01', '01/01/2021'],
    [new Date('2020-03-31T17:00:00Z'), '01/04/2020'], // already 1 April in Vietnam
    [new Date('2020-03-31T16:59:59.999Z'), '31/03/2020'],
  ])('formats %s as %s', (date, expected) => {
    expect(formatVnDate(date)).toBe(expected);
  });

  it('throws a RangeError for a malformed LocalDate', () => {
    expect(() => formatVnDate('2020-02-30')).toThrow(RangeError);
  });
});

describe('formatVnDateTime', () => {
  it.each([
    ['2020-03-31T16:59:59.999Z', '31/03/2020 23:59'],
    ['2020-03-31T17:00:00.000Z', '01/04/2020 00:00'],
    ['2020-12-31T17:05:00.000Z', '01/01/2021 00:05'],
    ['2020-05-13T01:30:00.000Z', '13/05/2020 08:30'],
    ['2020-05-13T08:30:00+07:00', '13/05/2020 08:30'],
  ])('formats %s as %s in Vietnam time', (iso, expected) => {
    expect(formatVnDateTime(new Date(iso))).toBe(expected);
  });

  it('throws a RangeError for an invalid Date', () => {
    expect(() => formatVnDateTime(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('toVnLocalDate', () => {
  it.each([
    ['2020-03-31T16:59:59.999Z', '2020-03-31'],
    ['2020-03-31T17:00:00.000Z', '2020-04-01'],
    ['2020-03-31T00:00:00.000Z', '2020-03-31'], // 07:00 in Vietnam
    ['2020-12-31T17:00:00.000Z', '2021-01-01'], // new year arrives 7 hours before UTC
    ['2020-02-28T17:00:00.000Z', '2020-02-29'],
    ['1969-12-31T16:59:59.999Z', '1969-12-31'], // before the epoch: floor, not truncation
    ['1969-12-31T17:00:00.000Z', '1970-01-01'],
  ])('returns the Vietnamese day of %s', (iso, expected) => {
    expect(toVnLocalDate(new Date(iso))).toBe(expected);
  });

  it('throws a RangeError for an invalid Date', () => {
    expect(() => toVnLocalDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('startOfVnDay', () => {
  it.each<[LocalDate, string]>([
    ['2020-04-01', '2020-03-31T17:00:00.000Z'],
    ['2021-01-01', '2020-12-31T17:00:00.000Z'],
    ['1970-01-01', '1969-12-31T17:00:00.000Z'],
  ])('returns 00:00 +07:00 of %s', (date, expected) => {
    expect(startOfVnDay(date).toISOString()).toBe(expected);
  });
});

describe('endOfVnDay', () => {
  it.each<[LocalDate, string]>([
    ['2020-03-31', '2020-03-31T16:59:59.999Z'],
    ['2020-02-29', '2020-02-29T16:59:59.999Z'],
    ['2020-12-31', '2020-12-31T16:59:59.999Z'],
  ])('returns 23:59:59.999 +07:00 of %s', (date, expected) => {
    expect(endOfVnDay(date).toISOString()).toBe(expected);
  });

  it('returns the millisecond just before the next day starts', () => {
    expect(endOfVnDay('2020-03-31').getTime() + 1).toBe(startOfVnDay('2020-04-01').getTime());
  });
});

describe('addDays', () => {
  it.each<[LocalDate, number, LocalDate]>([
    ['2020-01-20', 15, '2020-02-04'],
    ['2020-12-20', 15, '2021-01-04'],
    ['2020-02-14', 15, '2020-02-29'],
    ['2021-02-14', 15, '2021-03-01'],
    ['2020-03-01', -1, '2020-02-29'],
    ['2020-03-31', 0, '2020-03-31'],
    ['2020-01-01', 366, '2021-01-01'],
  ])('returns %s + %i days = %s', (date, amount, expected) => {
    expect(addDays(date, amount)).toBe(expected);
  });

  it('throws a RangeError for a fractional amount', () => {
    expect(() => addDays('2020-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('dayOfWeek', () => {
  it.each<[LocalDate, number]>([
    ['2020-03-31', 2], // Thứ Ba
    ['2020-05-23', 6], // Thứ Bảy
    ['2020-05-24', 0], // Chủ nhật
    ['2021-05-22', 6],
    ['1970-01-01', 4],
  ])('returns the day of the week of %s', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });
});

describe('vnWeekdayName', () => {
  it.each<[LocalDate, string]>([
    ['2020-05-24', 'Chủ nhật'],
    ['2020-05-25', 'Thứ Hai'],
    ['2020-05-29', 'Thứ Sáu'],
    ['2020-05-23', 'Thứ Bảy'],
  ])('returns the Vietnamese name of %s', (date, expected) => {
    expect(vnWeekdayName(date)).toBe(expected);
  });
});

describe('compareLocalDates', () => {
  it('sorts days chronologically', () => {
    const days: LocalDate[] = ['2021-01-04', '2020-12-31', '2020-02-29', '2021-01-04'];
    expect([...days].sort(compareLocalDates)).toEqual(['2020-02-29', '2020-12-31', '2021-01-04', '2021-01-04']);
  });
});

describe('yearOf', () => {
  it('returns the year of a day', () => {
    expect(yearOf('2021-02-10')).toBe(2021);
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

describe('formatVnDocumentDate', () => {
  it.each([
    ['2020-03-31', '31/3/2020'],
    ['2020-03-03', '03/3/2020'],
    ['2016-02-04', '04/02/2016'],
    ['2019-12-09', '09/12/2019'],
  ] as const)('%s → %s', (iso, expected) => {
    expect(formatVnDocumentDate(iso)).toBe(expected);
  });
});

describe('addYears', () => {
  it.each([
    ['2020-03-31', 1, '2021-03-31'],
    ['2020-02-29', 1, '2021-02-28'],
    ['2020-02-29', 4, '2024-02-29'],
    ['2020-02-29', 80, '2100-02-28'],
    ['2021-02-28', -1, '2020-02-28'],
    ['2020-12-31', 5, '2025-12-31'],
  ] as const)('%s + %i years → %s', (iso, years, expected) => {
    expect(addYears(iso, years)).toBe(expected);
  });

  it('always yields a real day in the target year and the same month', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -50, max: 50 }),
        (date, years) => {
          const iso = date.toISOString().slice(0, 10) as LocalDate;
          const shifted = addYears(iso, years);
          expect(isLocalDate(shifted)).toBe(true);
          expect(yearOf(shifted)).toBe(yearOf(iso) + years);
          expect(shifted.slice(5, 7)).toBe(iso.slice(5, 7));
        },
      ),
    );
  });

  it('refuses a fractional number of years', () => {
    expect(() => addYears('2020-03-31', 0.5)).toThrow(RangeError);
  });
});
