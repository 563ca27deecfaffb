/**
 * A calendar day in Vietnam, as an ISO string 'YYYY-MM-DD' (e.g. '2020-03-31').
 * A string keeps it serialisable (JSON, SQL `date`) and lets plain `<` / `===` compare days.
 * Build one from user input with `parseVnDate` or `parseLocalDate`, from an instant with `toVnLocalDate`.
 */
export type LocalDate = `${number}-${number}-${number}`;

/** Day of the week: 0 = Chủ nhật (Sunday) … 6 = Thứ Bảy (Saturday), as `Date#getUTCDay`. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Vietnam's legal time is UTC+07:00 all year: no daylight saving since 1975, so a fixed offset is exact. */
export const VN_UTC_OFFSET_MINUTES = 7 * 60;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const VN_OFFSET_MS = VN_UTC_OFFSET_MINUTES * MS_PER_MINUTE;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Vietnamese documents write "03/3/2020" as often as "03/03/2020", so day and month take 1 or 2 digits.
const VN_PATTERN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Days since 1970-01-01 of a valid y-m-d; Date.UTC is pure (no clock, no local zone). */
function epochDay(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

function fromParts(y: number, m: number, d: number): LocalDate | null {
  // Years below 1000 are excluded: Date.UTC maps 0–99 to 1900–1999, and no record of ours is that old.
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  // Round-trip through UTC rejects 31/04 or 29/02 of a common year.
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}` as LocalDate;
}

function fromEpochDay(day: number): LocalDate {
  const date = new Date(day * MS_PER_DAY);
  return `${pad4(date.getUTCFullYear())}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}` as LocalDate;
}

function partsOf(date: LocalDate): { y: number; m: number; d: number } {
  const match = ISO_PATTERN.exec(date);
  if (!match || fromParts(Number(match[1]), Number(match[2]), Number(match[3])) === null) {
    throw new RangeError(`Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD).`);
  }
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function assertValidInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError('Thời điểm không hợp lệ.');
  }
}

/**
 * Checks that a string is a real calendar day written 'YYYY-MM-DD'.
 * @param value any string
 * @returns true for '2020-02-29', false for '2021-02-29' or '2020-2-1'
 */
export function isLocalDate(value: string): value is LocalDate {
  const match = ISO_PATTERN.exec(value);
  return match !== null && fromParts(Number(match[1]), Number(match[2]), Number(match[3])) !== null;
}

/**
 * Parses an ISO day 'YYYY-MM-DD'.
 * @param value e.g. '2020-03-31'
 * @returns the LocalDate, or null when it is not a real day
 */
export function parseLocalDate(value: string): LocalDate | null {
  const trimmed = value.trim();
  return isLocalDate(trimmed) ? trimmed : null;
}

/**
 * Parses a Vietnamese date 'dd/mm/yyyy' (day and month may have one digit: '3/3/2020').
 * @param text e.g. '31/03/2020'
 * @returns the LocalDate ('2020-03-31'), or null when the text is not a real day
 */
export function parseVnDate(text: string): LocalDate | null {
  const match = VN_PATTERN.exec(text.trim());
  if (!match) return null;
  return fromParts(Number(match[3]), Number(match[2]), Number(match[1]));
}

/**
 * The calendar day in Vietnam (UTC+07:00) at an instant.
 * @param instant any valid Date
 * @returns e.g. '2020-04-01' for 2020-03-31T17:00:00Z
 * @throws RangeError when the Date is invalid
 */
export function toVnLocalDate(instant: Date): LocalDate {
  assertValidInstant(instant);
  return fromEpochDay(Math.floor((instant.getTime() + VN_OFFSET_MS) / MS_PER_DAY));
}

/**
 * Formats a day as 'dd/mm/yyyy', the form used in Vietnamese UI and documents.
 * @param date a LocalDate, or an instant (shown as its day in Vietnam)
 * @returns e.g. '31/03/2020'
 */
export function formatVnDate(date: LocalDate | Date): string {
  const { y, m, d } = partsOf(date instanceof Date ? toVnLocalDate(date) : date);
  return `${pad2(d)}/${pad2(m)}/${pad4(y)}`;
}

/**
 * Formats an instant as 'dd/mm/yyyy HH:mm' in Vietnam time (24-hour clock).
 * @param instant any valid Date
 * @returns e.g. '31/03/2020 23:59' for 2020-03-31T16:59:59.999Z
 */
export function formatVnDateTime(instant: Date): string {
  assertValidInstant(instant);
  const shifted = new Date(instant.getTime() + VN_OFFSET_MS);
  return `${formatVnDate(toVnLocalDate(instant))} ${pad2(shifted.getUTCHours())}:${pad2(shifted.getUTCMinutes())}`;
}

/**
 * The first instant of a day in Vietnam: 00:00:00.000 +07:00.
 * @param date the day
 * @returns e.g. 2020-03-31T17:00:00.000Z for '2020-04-01'
 */
export function startOfVnDay(date: LocalDate): Date {
  const { y, m, d } = partsOf(date);
  return new Date(epochDay(y, m, d) * MS_PER_DAY - VN_OFFSET_MS);
}

/**
 * The last instant of a day in Vietnam: 23:59:59.999 +07:00 (the "24 giờ" that ends a legal day).
 * @param date the day
 * @returns e.g. 2020-03-31T16:59:59.999Z for '2020-03-31'
 */
export function endOfVnDay(date: LocalDate): Date {
  return new Date(startOfVnDay(date).getTime() + MS_PER_DAY - 1);
}

/**
 * Adds whole calendar days (negative to go back).
 * @param date the day
 * @param amount an integer number of days
 * @returns e.g. '2021-01-04' for ('2020-12-20', 15)
 */
export function addDays(date: LocalDate, amount: number): LocalDate {
  if (!Number.isInteger(amount)) throw new RangeError(`Số ngày phải là số nguyên: ${amount}.`);
  const { y, m, d } = partsOf(date);
  return fromEpochDay(epochDay(y, m, d) + amount);
}

/**
 * The day of the week of a day.
 * @param date the day
 * @returns 0 (Chủ nhật) … 6 (Thứ Bảy)
 */
export function dayOfWeek(date: LocalDate): DayOfWeek {
  const { y, m, d } = partsOf(date);
  return new Date(epochDay(y, m, d) * MS_PER_DAY).getUTCDay() as DayOfWeek;
}

/**
 * Orders two days, for `Array#sort`.
 * @returns a negative number when a is earlier, 0 when equal, positive when later
 */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  // Zero-padded ISO strings sort like the days they name.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The year of a day.
 * @returns e.g. 2020 for '2020-03-31'
 */
export function yearOf(date: LocalDate): number {
  return partsOf(date).y;
}

const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/**
 * The Vietnamese name of the day of the week.
 * @returns e.g. 'Thứ Bảy' for '2020-05-23'
 */
export function vnWeekdayName(date: LocalDate): string {
  return WEEKDAY_NAMES[dayOfWeek(date)];
}

/**
 * True for a leap year of the Gregorian calendar.
 * @returns true for 2020 and 2000, false for 2021 and 2100
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Moves a day by whole years (a campaign cloned into the next year). 29 February in a target year without it
 * becomes 28 February (the end of the same month), never 1 March, so "end of February" stays in February.
 * @param date the day
 * @param years an integer number of years (negative to go back)
 * @returns e.g. '2021-02-28' for ('2020-02-29', 1)
 */
export function addYears(date: LocalDate, years: number): LocalDate {
  if (!Number.isInteger(years)) throw new RangeError(`Số năm phải là số nguyên: ${years}.`);
  const { y, m, d } = partsOf(date);
  const target = y + years;
  const lastDay = m === 2 ? (isLeapYear(target) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  const result = fromParts(target, m, Math.min(d, lastDay));
  if (result === null) throw new RangeError(`Năm ngoài phạm vi hỗ trợ: ${target}.`);
  return result;
}

/**
 * Formats a day as NĐ 30/2020 writes dates in document references: days below 10 and months 01–02 keep a leading
 * zero, other months do not, so 3 March 2020 is "03/3/2020" ("Kế hoạch số 34/KH-UBND ngày 03/3/2020").
 * @returns e.g. '03/3/2020' for '2020-03-03', '04/02/2016' for '2016-02-04'
 */
export function formatVnDocumentDate(date: LocalDate): string {
  const { day, month, year } = vnDocumentDateParts(date);
  return `${day}/${month}/${year}`;
}

/**
 * The day, month and year of a date as NĐ 30/2020 writes them, for "ngày 03 tháng 3 năm 2020" as well as "03/3/2020".
 * @returns e.g. { day: '03', month: '3', year: '2020' } for '2020-03-03'
 */
export function vnDocumentDateParts(date: LocalDate): { day: string; month: string; year: string } {
  const { y, m, d } = partsOf(date);
  return { day: pad2(d), month: m <= 2 ? pad2(m) : String(m), year: pad4(y) };
}
