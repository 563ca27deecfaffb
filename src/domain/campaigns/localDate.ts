/**
 * Tiny calendar-date helpers for campaign data, local to this folder on purpose: `src/domain/time` (deadline
 * arithmetic with holidays, Bộ luật Dân sự Điều 147–148) is being written in parallel and must not be a dependency
 * yet. Everything here works on plain `YYYY-MM-DD` strings and on the fixed Vietnam offset.
 */

/**
 * UTC offset of Asia/Ho_Chi_Minh. Vietnam has used UTC+07:00 without daylight saving since 13/6/1975, so a fixed
 * offset is exact for every campaign date and we need no time-zone database.
 */
export const VIETNAM_UTC_OFFSET = '+07:00';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Splits a `YYYY-MM-DD` string into numbers, or returns null when it is not a real calendar date
 * (e.g. "2021-02-29" or "2020-13-01").
 */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function mustParse(value: string): { year: number; month: number; day: number } {
  const parts = parseIsoDate(value);
  if (!parts) throw new RangeError(`Ngày không hợp lệ: "${value}" (cần dạng YYYY-MM-DD)`);
  return parts;
}

/**
 * The first instant of the local day after `isoDate` in Asia/Ho_Chi_Minh.
 *
 * A deadline "đến hết ngày D" is met by any instant strictly before this one; comparing with the next day's
 * midnight (instead of 23:59:59) also accepts 23:59:59.999 without a millisecond gap.
 *
 * @example startOfNextLocalDay('2020-03-31') // 2020-03-31T17:00:00.000Z, i.e. 01/04/2020 00:00 +07:00
 * @throws {RangeError} when `isoDate` is not a real calendar date
 */
export function startOfNextLocalDay(isoDate: string): Date {
  const { year, month, day } = mustParse(isoDate);
  // Date.UTC rolls 31/3 + 1 over into 1/4 for us; then shift by the +07:00 offset.
  const utcMidnightNext = Date.UTC(year, month - 1, day + 1);
  return new Date(utcMidnightNext - 7 * 60 * 60 * 1000);
}

/**
 * The last whole second of the local day, 23:59:59 +07:00, for display and for APIs that want an inclusive end.
 *
 * @example endOfLocalDay('2020-03-31').toISOString() // "2020-03-31T16:59:59.000Z"
 */
export function endOfLocalDay(isoDate: string): Date {
  return new Date(startOfNextLocalDay(isoDate).getTime() - 1000);
}

/**
 * Formats a date the way Vietnamese UIs show it: "31/03/2020" (dd/mm/yyyy, SPEC §6).
 *
 * @example formatDateVi('2020-03-31') // "31/03/2020"
 */
export function formatDateVi(isoDate: string): string {
  const { year, month, day } = mustParse(isoDate);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

/**
 * Formats a document date as NĐ 30/2020 writes it in references: days below 10 and months 01–02 keep a leading
 * zero, other months do not, so 3 March 2020 is "03/3/2020".
 *
 * @example formatDocumentDate('2020-03-03') // "03/3/2020"
 */
export function formatDocumentDate(isoDate: string): string {
  const { year, month, day } = mustParse(isoDate);
  const mm = month <= 2 ? pad(month) : String(month);
  return `${pad(day)}/${mm}/${year}`;
}

/**
 * Moves a calendar date by whole years. 29 February in a target year without it becomes 28 February
 * (the end of the same month), never 1 March, so a deadline "end of February" stays in February.
 *
 * @example shiftIsoDateYears('2020-02-29', 1) // "2021-02-28"
 */
export function shiftIsoDateYears(isoDate: string, years: number): string {
  const { year, month, day } = mustParse(isoDate);
  const targetYear = year + years;
  const targetDay = Math.min(day, daysInMonth(targetYear, month));
  return `${pad(targetYear, 4)}-${pad(month)}-${pad(targetDay)}`;
}
