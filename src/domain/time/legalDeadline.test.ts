import { describe, expect, it } from 'vitest';
import type { ClauseRef } from '../shared/ruleOutcome';
import type { HolidayCalendar } from './holidayCalendar';
import { computeLegalDeadline, countdown, isOnOrBefore, isWithinDeadline } from './legalDeadline';
import { endOfVnDay, type LocalDate } from './localDate';
import { defaultHolidayCalendar2020, defaultHolidayCalendar2021 } from './vietnamHolidays';

const calendars = [defaultHolidayCalendar2020, defaultHolidayCalendar2021];
const dossierWindow: ClauseRef = { clause: 'Điểm c, Khoản 3, Mục II', source: 'Kế hoạch số 34/KH-UBND ngày 03/3/2020' };

describe('computeLegalDeadline', () => {
  describe('day counting', () => {
    it.each<[string, LocalDate, number, LocalDate, LocalDate, boolean]>([
      ['an ordinary weekday (QĐ 1149 of 13/05/2020)', '2020-05-13', 15, '2020-05-28', '2020-05-28', false],
      ['a Saturday', '2021-05-07', 15, '2021-05-22', '2021-05-24', true],
      ['a Sunday', '2020-05-16', 15, '2020-05-31', '2020-06-01', true],
      ['Tết 2020 (Thứ Sáu 24/01)', '2020-01-09', 15, '2020-01-24', '2020-01-30', true],
      ['Tết 2021 (Thứ Năm 11/02)', '2021-01-27', 15, '2021-02-11', '2021-02-17', true],
      ['a day in February after a January start', '2020-01-20', 15, '2020-02-04', '2020-02-04', false],
      ['29 February of a leap year (a Saturday)', '2020-02-14', 15, '2020-02-29', '2020-03-02', true],
      ['the next year', '2020-12-20', 15, '2021-01-04', '2021-01-04', false],
      ['New Year’s Day of the next year', '2020-12-17', 15, '2021-01-01', '2021-01-04', true],
      ['Giỗ Tổ Hùng Vương 2020', '2020-03-18', 15, '2020-04-02', '2020-04-03', true],
      ['30/4 with 1/5 on a Saturday and nghỉ bù 3/5 (2021)', '2021-04-15', 15, '2021-04-30', '2021-05-04', true],
      ['Quốc khánh 2021 (two days, then a weekend)', '2021-08-18', 15, '2021-09-02', '2021-09-06', true],
      ['a one-day period ending on a Saturday', '2020-05-15', 1, '2020-05-16', '2020-05-18', true],
      ['a 30-day period', '2020-05-13', 30, '2020-06-12', '2020-06-12', false],
    ])('returns the right deadline when the last day is %s', (_case, startDate, days, lastDay, deadlineDay, shifted) => {
      const result = computeLegalDeadline({ startDate, days, calendars });
      expect({ lastDay: result.lastDay, deadlineDay: result.deadlineDay, shifted: result.shifted }).toEqual({
        lastDay,
        deadlineDay,
        shifted,
      });
    });

    it('returns the end of the deadline day in Vietnam time as the deadline instant', () => {
      const result = computeLegalDeadline({ startDate: '2021-05-07', days: 15, calendars });
      expect(result.deadlineInstant.toISOString()).toBe('2021-05-24T16:59:59.999Z');
    });
  });

  describe('holiday calendar', () => {
    const makeUpSaturday: HolidayCalendar = {
      year: 2024,
      holidays: [
        { date: '2024-04-29', name: 'Nghỉ hoán đổi' },
        { date: '2024-04-30', name: 'Ngày Chiến thắng' },
        { date: '2024-05-01', name: 'Ngày Quốc tế Lao động' },
      ],
      compensatoryWorkdays: [{ date: '2024-05-04', name: 'Làm bù ngày 29/4' }],
    };

    it('returns a make-up working Saturday as the deadline when the calendar declares it', () => {
      const result = computeLegalDeadline({ startDate: '2024-04-19', days: 15, calendars: [makeUpSaturday] });
      expect([result.deadlineDay, result.shifted]).toEqual(['2024-05-04', false]);
    });

    it('returns the next Monday when the same Saturday is not declared a make-up day', () => {
      const withoutMakeUp = { ...makeUpSaturday, compensatoryWorkdays: [] };
      const result = computeLegalDeadline({ startDate: '2024-04-19', days: 15, calendars: [withoutMakeUp] });
      expect(result.deadlineDay).toBe('2024-05-06');
    });

    it('returns a weekday inside Tết as the deadline when no calendar covers the year, and flags the year', () => {
      const result = computeLegalDeadline({ startDate: '2021-01-27', days: 15, calendars: [defaultHolidayCalendar2020] });
      expect([result.deadlineDay, result.missingCalendarYears]).toEqual(['2021-02-11', [2021]]);
    });

    it('returns no missing years when every year reached has a calendar', () => {
      const result = computeLegalDeadline({ startDate: '2020-12-17', days: 15, calendars });
      expect(result.missingCalendarYears).toEqual([]);
    });

    it('returns the year of the shifted deadline as missing when only that year lacks a calendar', () => {
      // 31/12/2021 is a Friday; +2 → Sunday 02/01/2022 → Monday 03/01/2022, in a year with no calendar.
      const result = computeLegalDeadline({ startDate: '2021-12-31', days: 2, calendars });
      expect([result.deadlineDay, result.missingCalendarYears]).toEqual(['2022-01-03', [2022]]);
    });
  });

  describe('basis', () => {
    it('returns the reasoning in Vietnamese, citing the plan and the Civil Code, when the last day is a Saturday', () => {
      const result = computeLegalDeadline({
        startDate: '2021-05-07',
        days: 15,
        calendars,
        ref: dossierWindow,
        startEvent: 'công bố kết quả xếp hạng CCHC',
      });
      expect(result.basis).toEqual([
        'Chậm nhất là 15 ngày kể từ ngày công bố kết quả xếp hạng CCHC (07/05/2021) ' +
          '(Điểm c, Khoản 3, Mục II, Kế hoạch số 34/KH-UBND ngày 03/3/2020).',
        'Không tính ngày 07/05/2021; ngày thứ nhất là 08/05/2021, ngày thứ 15 là 22/05/2021 ' +
          '(Khoản 1, Điều 147, Bộ luật Dân sự 2015).',
        'Ngày 22/05/2021 là ngày nghỉ cuối tuần (Thứ Bảy) nên thời hạn kết thúc vào ngày làm việc tiếp theo, ' +
          '24/05/2021 (Khoản 5, Điều 148, Bộ luật Dân sự 2015).',
        'Thời hạn kết thúc lúc 24 giờ ngày 24/05/2021, giờ Việt Nam (UTC+07:00) (Khoản 6, Điều 148, Bộ luật Dân sự 2015).',
      ]);
    });

    it('returns the holiday name when the last day is a holiday', () => {
      const result = computeLegalDeadline({ startDate: '2021-01-27', days: 15, calendars });
      expect(result.basis[2]).toBe(
        'Ngày 11/02/2021 là ngày nghỉ Tết Nguyên đán nên thời hạn kết thúc vào ngày làm việc tiếp theo, ' +
          '17/02/2021 (Khoản 5, Điều 148, Bộ luật Dân sự 2015).',
      );
    });

    it('returns no Điều 148 khoản 5 step when the last day is a working day', () => {
      const result = computeLegalDeadline({ startDate: '2020-05-13', days: 15, calendars });
      expect(result.refs.map((ref) => ref.clause)).toEqual(['Khoản 1, Điều 147', 'Khoản 6, Điều 148']);
    });

    it('returns the plan clause first among the refs when one is given', () => {
      const result = computeLegalDeadline({ startDate: '2021-05-07', days: 15, calendars, ref: dossierWindow });
      expect(result.refs.map((ref) => ref.clause)).toEqual([
        'Điểm c, Khoản 3, Mục II',
        'Khoản 1, Điều 147',
        'Khoản 5, Điều 148',
        'Khoản 6, Điều 148',
      ]);
    });

    it('returns a neutral first line when no plan clause is given', () => {
      const result = computeLegalDeadline({ startDate: '2020-05-13', days: 15, calendars });
      expect(result.basis[0]).toBe('Thời hạn 15 ngày kể từ ngày 13/05/2020.');
    });

    it('returns a warning line when a year has no holiday calendar', () => {
      const result = computeLegalDeadline({ startDate: '2022-05-13', days: 15, calendars });
      expect(result.basis.at(-1)).toBe(
        'Chưa có lịch nghỉ lễ năm 2022: chỉ tính được ngày nghỉ cuối tuần, cần cập nhật lịch nghỉ lễ để chắc chắn.',
      );
    });

    it('returns every line in NFC', () => {
      const result = computeLegalDeadline({ startDate: '2021-01-27', days: 15, calendars, ref: dossierWindow });
      expect(result.basis.every((line) => line === line.normalize('NFC'))).toBe(true);
    });
  });

  describe('edge cases', () => {
    it.each([0, -1, 1.5, Number.NaN])('throws a RangeError when days is %s', (days) => {
      expect(() => computeLegalDeadline({ startDate: '2020-05-13', days, calendars })).toThrow(RangeError);
    });
  });
});

describe('isWithinDeadline', () => {
  const deadline = endOfVnDay('2021-05-24');

  it.each([
    ['2021-05-24T23:59:59.999+07:00', true],
    ['2021-05-24T16:59:59.999Z', true],
    ['2021-05-25T00:00:00.000+07:00', false],
    ['2021-05-07T08:00:00+07:00', true],
  ])('returns %s → %s', (iso, expected) => {
    expect(isWithinDeadline(new Date(iso), deadline)).toBe(expected);
  });
});

describe('isOnOrBefore', () => {
  // Registration "đến hết tháng 3/2020" (Điểm b, Khoản 3, Mục II): in time up to 31/03/2020 24:00 +07:00.
  it.each([
    ['2020-03-31T23:59:59+07:00', true],
    ['2020-03-31T23:59:59.999+07:00', true],
    ['2020-03-31T16:59:59.999Z', true],
    ['2020-04-01T00:00:00+07:00', false],
    ['2020-03-31T17:00:00Z', false], // the same instant as 01/04/2020 00:00 in Vietnam
    ['2020-03-31T20:00:00Z', false], // still 31 March in UTC, already 1 April in Vietnam
    ['2020-03-01T00:00:00+07:00', true],
  ])('returns %s → %s for the 31/03/2020 deadline', (iso, expected) => {
    expect(isOnOrBefore(new Date(iso), '2020-03-31')).toBe(expected);
  });
});

describe('countdown', () => {
  const deadlineInstant = endOfVnDay('2021-05-24');

  it.each([
    ['2021-05-21T12:00:00+07:00', false, 3, 12, 0, 'Còn 3 ngày 12 giờ'],
    ['2021-05-21T19:30:00+07:00', false, 3, 4, 30, 'Còn 3 ngày 4 giờ'],
    ['2021-05-24T00:00:00+07:00', false, 1, 0, 0, 'Còn 1 ngày'],
    ['2021-05-24T20:15:00+07:00', false, 0, 3, 45, 'Còn 3 giờ 45 phút'],
    ['2021-05-24T23:00:00+07:00', false, 0, 1, 0, 'Còn 1 giờ'],
    ['2021-05-24T23:15:00+07:00', false, 0, 0, 45, 'Còn 45 phút'],
    ['2021-05-24T23:59:30+07:00', false, 0, 0, 0, 'Còn dưới 1 phút'],
    ['2021-05-24T23:59:59.999+07:00', false, 0, 0, 0, 'Còn dưới 1 phút'],
    ['2021-05-25T00:00:00+07:00', true, 0, 0, 0, 'Đã quá hạn dưới 1 phút'],
    ['2021-05-25T06:10:00+07:00', true, 0, 6, 10, 'Đã quá hạn 6 giờ 10 phút'],
    ['2021-05-27T00:00:00+07:00', true, 2, 0, 0, 'Đã quá hạn 2 ngày'],
    ['2021-05-27T05:00:00+07:00', true, 2, 5, 0, 'Đã quá hạn 2 ngày 5 giờ'],
  ])('returns the countdown at %s', (iso, overdue, days, hours, minutes, label) => {
    expect(countdown({ asOf: new Date(iso), deadlineInstant })).toEqual({ overdue, days, hours, minutes, label });
  });
});
