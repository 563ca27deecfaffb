import { describe, expect, it } from 'vitest';
import {
  dayStatus,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  validateHolidayCalendar,
  type HolidayCalendar,
} from './holidayCalendar';
import type { LocalDate } from './localDate';
import { defaultHolidayCalendar2020, defaultHolidayCalendar2021, vietnamHolidays } from './vietnamHolidays';

// A 2024-style swap: Monday 29/4 bridged as a day off, repaid by working Saturday 4/5.
const withMakeUpSaturday: HolidayCalendar = {
  year: 2024,
  holidays: [
    { date: '2024-04-29', name: 'Nghỉ hoán đổi' },
    { date: '2024-04-30', name: 'Ngày Chiến thắng' },
    { date: '2024-05-01', name: 'Ngày Quốc tế Lao động' },
  ],
  compensatoryWorkdays: [{ date: '2024-05-04', name: 'Làm bù ngày 29/4' }],
};

const calendars = [defaultHolidayCalendar2020, defaultHolidayCalendar2021, withMakeUpSaturday];

describe('dayStatus', () => {
  it.each<[LocalDate, string, boolean, string | null]>([
    ['2020-03-31', 'workday', true, null],
    ['2020-05-23', 'weekend', false, 'Thứ Bảy'],
    ['2020-05-24', 'weekend', false, 'Chủ nhật'],
    ['2020-01-23', 'holiday', false, 'Tết Nguyên đán'],
    ['2020-01-25', 'holiday', false, 'Tết Nguyên đán'], // a Saturday inside Tết is named after Tết
    ['2021-05-03', 'holiday', false, 'Nghỉ bù ngày Quốc tế Lao động'],
    ['2024-05-04', 'compensatoryWorkday', true, 'Làm bù ngày 29/4'],
    ['2024-04-29', 'holiday', false, 'Nghỉ hoán đổi'],
  ])('returns %s as a %s', (date, kind, working, name) => {
    expect(dayStatus(date, calendars)).toMatchObject({ kind, working, name, calendarKnown: true });
  });

  it('returns calendarKnown false when no calendar covers the year', () => {
    expect(dayStatus('2022-01-03', calendars)).toMatchObject({ kind: 'workday', calendarKnown: false });
  });

  it('returns a holiday when a day is listed both as a holiday and a make-up day', () => {
    const conflicting: HolidayCalendar = {
      year: 2024,
      holidays: [{ date: '2024-05-04', name: 'Nghỉ' }],
      compensatoryWorkdays: [{ date: '2024-05-04', name: 'Làm bù' }],
    };
    expect(dayStatus('2024-05-04', [conflicting]).kind).toBe('holiday');
  });
});

describe('isWorkingDay', () => {
  it.each<[LocalDate, boolean]>([
    ['2020-01-22', true], // the day before Tết 2020
    ['2020-01-29', false], // mùng 5 Tết
    ['2020-01-30', true],
    ['2020-09-02', false],
    ['2020-09-03', true], // 2020 Quốc khánh was one day
    ['2021-09-03', false], // 2021 Quốc khánh was two days
    ['2024-05-04', true], // make-up Saturday
    ['2024-05-11', false], // an ordinary Saturday
  ])('returns %s → %s', (date, expected) => {
    expect(isWorkingDay(date, calendars)).toBe(expected);
  });

  it('returns false for a Saturday when the make-up day is not in the calendar', () => {
    expect(isWorkingDay('2024-05-04', [defaultHolidayCalendar2020])).toBe(false);
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it.each<[LocalDate, LocalDate]>([
    ['2020-03-31', '2020-03-31'],
    ['2020-05-23', '2020-05-25'],
    ['2020-01-23', '2020-01-30'],
    ['2021-04-30', '2021-05-04'], // 30/4, 1/5, Sunday, nghỉ bù 3/5
    ['2021-09-02', '2021-09-06'],
    ['2024-05-04', '2024-05-04'],
  ])('returns %s → %s', (date, expected) => {
    expect(nextWorkingDayOnOrAfter(date, calendars)).toBe(expected);
  });

  it('throws a RangeError when the calendar leaves no working day within a year', () => {
    const broken: HolidayCalendar[] = [2020, 2021].map((year) => ({
      year,
      holidays: Array.from({ length: 366 }, (_, i) => {
        const date = new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10) as LocalDate;
        return { date, name: 'Nghỉ' };
      }),
    }));
    expect(() => nextWorkingDayOnOrAfter('2020-06-01', broken)).toThrow(RangeError);
  });
});

describe('validateHolidayCalendar', () => {
  it.each(vietnamHolidays.map((calendar) => [calendar.year, calendar] as const))(
    'returns no errors for the default %i calendar',
    (_year, calendar) => {
      expect(validateHolidayCalendar(calendar)).toEqual([]);
    },
  );

  it('returns no errors for a calendar with a make-up Saturday', () => {
    expect(validateHolidayCalendar(withMakeUpSaturday)).toEqual([]);
  });

  it.each<[string, HolidayCalendar, string]>([
    ['a bad year', { year: 20, holidays: [] }, 'Năm của lịch nghỉ lễ không hợp lệ: 20.'],
    [
      'an impossible date',
      { year: 2021, holidays: [{ date: '2021-02-29', name: 'Sai' }] },
      'Ngày nghỉ "Sai": ngày không hợp lệ "2021-02-29".',
    ],
    [
      'a date of another year',
      { year: 2021, holidays: [{ date: '2020-01-01', name: 'Tết Dương lịch' }] },
      'Ngày nghỉ "Tết Dương lịch" (2020-01-01) không thuộc năm 2021.',
    ],
    [
      'a duplicate',
      {
        year: 2021,
        holidays: [
          { date: '2021-01-01', name: 'Tết Dương lịch' },
          { date: '2021-01-01', name: 'Tết Dương lịch' },
        ],
      },
      'Ngày nghỉ ngày 2021-01-01 bị khai báo trùng.',
    ],
    ['a missing name', { year: 2021, holidays: [{ date: '2021-01-01', name: ' ' }] }, 'Ngày nghỉ ngày 2021-01-01 chưa có tên.'],
    [
      'a make-up day on a weekday',
      { year: 2024, holidays: [], compensatoryWorkdays: [{ date: '2024-05-06', name: 'Làm bù' }] },
      'Ngày làm bù "Làm bù" (2024-05-06) phải là thứ Bảy hoặc Chủ nhật.',
    ],
    [
      'a make-up day that is also a holiday',
      {
        year: 2024,
        holidays: [{ date: '2024-05-04', name: 'Nghỉ' }],
        compensatoryWorkdays: [{ date: '2024-05-04', name: 'Làm bù' }],
      },
      'Ngày 2024-05-04 vừa là ngày nghỉ vừa là ngày làm bù.',
    ],
  ])('returns an error for %s', (_case, calendar, message) => {
    expect(validateHolidayCalendar(calendar)).toContain(message);
  });
});

describe('vietnamHolidays', () => {
  it.each<[HolidayCalendar, number]>([
    [defaultHolidayCalendar2020, 12], // 1 + 7 Tết + Giỗ Tổ + 30/4 + 1/5 + 2/9
    [defaultHolidayCalendar2021, 14], // 1 + 7 Tết + Giỗ Tổ + 30/4 + 1/5 + nghỉ bù 3/5 + 2/9 + 3/9
  ])('lists the days off of %#', (calendar, count) => {
    expect(calendar.holidays).toHaveLength(count);
  });

  it('stores every name in NFC', () => {
    const names = vietnamHolidays.flatMap((calendar) => calendar.holidays.map((day) => day.name));
    expect(names.filter((name) => name !== name.normalize('NFC'))).toEqual([]);
  });
});
