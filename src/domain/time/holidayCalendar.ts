import { addDays, dayOfWeek, isLocalDate, yearOf, type LocalDate } from './localDate';

/** One dated entry of a calendar: a day off or a make-up working day. */
export type CalendarDay = {
  date: LocalDate;
  /** Vietnamese name, e.g. "Tết Nguyên đán" or "Nghỉ bù ngày Quốc tế Lao động". */
  name: string;
};

/**
 * Public holidays of one year, maintained by the secretariat as data (Tết and the swaps announced by
 * Bộ Lao động – Thương binh và Xã hội change every year, so no rule can compute them).
 */
export type HolidayCalendar = {
  year: number;
  /** Days off: public holidays, the Tết break, compensatory days off (nghỉ bù). */
  holidays: CalendarDay[];
  /** Saturdays or Sundays declared working days (ngày làm bù) in exchange for a bridged day off. */
  compensatoryWorkdays?: CalendarDay[];
  /** Where the dates come from, e.g. the announcement number. */
  source?: string;
};

/** What kind of day a date is, under the calendars supplied. */
export type DayStatus =
  | {
      date: LocalDate;
      working: true;
      kind: 'workday' | 'compensatoryWorkday';
      /** Name of the make-up day; null for an ordinary weekday. */
      name: string | null;
      calendarKnown: boolean;
    }
  | {
      date: LocalDate;
      working: false;
      kind: 'weekend' | 'holiday';
      /** "Thứ Bảy", "Chủ nhật" or the holiday's name. */
      name: string;
      calendarKnown: boolean;
    };

function calendarFor(year: number, calendars: readonly HolidayCalendar[]): HolidayCalendar | undefined {
  return calendars.find((calendar) => calendar.year === year);
}

/**
 * Says whether a day is a working day and why, under the given calendars.
 * A holiday wins over a make-up day; a make-up Saturday or Sunday is a working day.
 * `calendarKnown` is false when no calendar covers the day's year (only weekends are then known).
 * @param date the day
 * @param calendars the calendars of the years concerned
 * @returns the day's status, with a Vietnamese name for days off ("Thứ Bảy", "Tết Nguyên đán")
 */
export function dayStatus(date: LocalDate, calendars: readonly HolidayCalendar[]): DayStatus {
  const calendar = calendarFor(yearOf(date), calendars);
  const calendarKnown = calendar !== undefined;
  const holiday = calendar?.holidays.find((entry) => entry.date === date);
  if (holiday) return { date, working: false, kind: 'holiday', name: holiday.name, calendarKnown };
  const makeUp = calendar?.compensatoryWorkdays?.find((entry) => entry.date === date);
  if (makeUp) return { date, working: true, kind: 'compensatoryWorkday', name: makeUp.name, calendarKnown };
  const weekday = dayOfWeek(date);
  if (weekday === 0) return { date, working: false, kind: 'weekend', name: 'Chủ nhật', calendarKnown };
  if (weekday === 6) return { date, working: false, kind: 'weekend', name: 'Thứ Bảy', calendarKnown };
  return { date, working: true, kind: 'workday', name: null, calendarKnown };
}

/**
 * Whether a day is a working day (Monday–Friday or a make-up day, and not a holiday).
 * @param date the day
 * @param calendars the calendars of the years concerned
 */
export function isWorkingDay(date: LocalDate, calendars: readonly HolidayCalendar[]): boolean {
  return dayStatus(date, calendars).working;
}

// The longest real run of days off is the Tết break plus weekends (9 days); a year is a safe upper bound
// that still stops a calendar listing every day as a holiday from looping forever.
const MAX_DAYS_OFF_IN_A_ROW = 366;

/**
 * The first working day on or after a day.
 * @param date the day to start from
 * @param calendars the calendars of the years concerned
 * @returns the day itself when it is a working day, else the next one
 * @throws RangeError when no working day follows within a year (a broken calendar)
 */
export function nextWorkingDayOnOrAfter(date: LocalDate, calendars: readonly HolidayCalendar[]): LocalDate {
  let day = date;
  for (let i = 0; i <= MAX_DAYS_OFF_IN_A_ROW; i += 1) {
    if (isWorkingDay(day, calendars)) return day;
    day = addDays(day, 1);
  }
  throw new RangeError(`Không tìm thấy ngày làm việc nào trong vòng một năm kể từ ${date}: kiểm tra lịch nghỉ lễ.`);
}

/**
 * Checks a calendar before it is saved; messages are in Vietnamese and name the offending entry.
 * @param calendar the calendar as entered by the secretariat
 * @returns the list of problems, empty when the calendar is valid
 */
export function validateHolidayCalendar(calendar: HolidayCalendar): string[] {
  const errors: string[] = [];
  if (!Number.isInteger(calendar.year) || calendar.year < 1000 || calendar.year > 9999) {
    errors.push(`Năm của lịch nghỉ lễ không hợp lệ: ${calendar.year}.`);
  }
  const holidayDates = new Set<string>();
  const check = (entry: CalendarDay, what: string, seen: Set<string>): boolean => {
    if (!isLocalDate(entry.date)) {
      errors.push(`${what} "${entry.name}": ngày không hợp lệ "${entry.date}".`);
      return false;
    }
    if (yearOf(entry.date) !== calendar.year) {
      errors.push(`${what} "${entry.name}" (${entry.date}) không thuộc năm ${calendar.year}.`);
    }
    if (entry.name.trim() === '') errors.push(`${what} ngày ${entry.date} chưa có tên.`);
    if (seen.has(entry.date)) errors.push(`${what} ngày ${entry.date} bị khai báo trùng.`);
    seen.add(entry.date);
    return true;
  };
  for (const holiday of calendar.holidays) check(holiday, 'Ngày nghỉ', holidayDates);
  const makeUpDates = new Set<string>();
  for (const makeUp of calendar.compensatoryWorkdays ?? []) {
    if (!check(makeUp, 'Ngày làm bù', makeUpDates)) continue;
    const weekday = dayOfWeek(makeUp.date);
    if (weekday !== 0 && weekday !== 6) {
      errors.push(`Ngày làm bù "${makeUp.name}" (${makeUp.date}) phải là thứ Bảy hoặc Chủ nhật.`);
    }
    if (holidayDates.has(makeUp.date)) {
      errors.push(`Ngày ${makeUp.date} vừa là ngày nghỉ vừa là ngày làm bù.`);
    }
  }
  return errors;
}
