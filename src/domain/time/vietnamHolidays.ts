import type { CalendarDay, HolidayCalendar } from './holidayCalendar';
import type { LocalDate } from './localDate';

// These calendars are DATA, shipped only as defaults so a fresh install can compute deadlines; the secretariat
// maintains the calendar of each year (Tết, bridges and make-up days are announced yearly). Dates are days off for
// cán bộ, công chức, viên chức. Weekend days inside the Tết break are listed too so explanations can name them.
// Checked against memory and one published 2021 list, not against the official notices: marked "cần đối chiếu".
// Each year is written out in full, alike in shape on purpose: a year is checked line by line against its own notice.

const days = (name: string, ...dates: LocalDate[]): CalendarDay[] => dates.map((date) => ({ date, name }));

/**
 * Days off in 2020 (Bộ luật Lao động 2012, Điều 115: Quốc khánh was then a single day).
 * No make-up working day was declared for 2020.
 */
export const defaultHolidayCalendar2020: HolidayCalendar = {
  year: 2020,
  source: 'Bộ luật Lao động 2012 (Điều 115) và thông báo lịch nghỉ năm 2020 của Bộ LĐTBXH (cần đối chiếu)',
  holidays: [
    ...days('Tết Dương lịch', '2020-01-01'),
    // Tết Canh Tý: 29 tháng Chạp (Thứ Năm 23/01) to mùng 5 (Thứ Tư 29/01).
    ...days(
      'Tết Nguyên đán',
      '2020-01-23', '2020-01-24', '2020-01-25', '2020-01-26',
      '2020-01-27', '2020-01-28', '2020-01-29',
    ),
    ...days('Giỗ Tổ Hùng Vương', '2020-04-02'), // 10/3 âm lịch
    ...days('Ngày Chiến thắng', '2020-04-30'),
    ...days('Ngày Quốc tế Lao động', '2020-05-01'),
    ...days('Quốc khánh', '2020-09-02'),
  ],
  compensatoryWorkdays: [],
};

/**
 * Days off in 2021 (Bộ luật Lao động 2019, Điều 112: Quốc khánh became two days, 02/9 and one adjacent day).
 * 01/5 fell on a Saturday, so Monday 03/5 was the day off in lieu. No make-up working day was declared.
 */
export const defaultHolidayCalendar2021: HolidayCalendar = {
  year: 2021,
  source: 'Bộ luật Lao động 2019 (Điều 112) và thông báo lịch nghỉ năm 2021 của Bộ LĐTBXH (cần đối chiếu)',
  holidays: [
    ...days('Tết Dương lịch', '2021-01-01'),
    // Tết Tân Sửu: 29 tháng Chạp (Thứ Tư 10/02) to mùng 5 (Thứ Ba 16/02).
    ...days(
      'Tết Nguyên đán',
      '2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13',
      '2021-02-14', '2021-02-15', '2021-02-16',
    ),
    ...days('Giỗ Tổ Hùng Vương', '2021-04-21'), // 10/3 âm lịch
    ...days('Ngày Chiến thắng', '2021-04-30'),
    ...days('Ngày Quốc tế Lao động', '2021-05-01'),
    ...days('Nghỉ bù ngày Quốc tế Lao động', '2021-05-03'),
    ...days('Quốc khánh', '2021-09-02', '2021-09-03'), // 03/9 = the adjacent day chosen for 2021 (cần đối chiếu)
  ],
  compensatoryWorkdays: [],
};

/** The default calendars, one per year, for seeding the secretariat's calendar table. */
export const vietnamHolidays: readonly HolidayCalendar[] = [defaultHolidayCalendar2020, defaultHolidayCalendar2021];
