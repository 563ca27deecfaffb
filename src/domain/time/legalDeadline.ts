import type { ClauseRef } from '../shared/ruleOutcome';
import { dayStatus, nextWorkingDayOnOrAfter, type HolidayCalendar } from './holidayCalendar';
import { addDays, endOfVnDay, formatVnDate, yearOf, type LocalDate } from './localDate';

const CIVIL_CODE = 'Bộ luật Dân sự 2015';

/** The articles of the Civil Code that govern a period counted in days. */
export const civilCodeRefs = {
  /** The day of the event is not counted; day 1 is the next day. */
  start: { clause: 'Khoản 1, Điều 147', source: CIVIL_CODE },
  /** Last day on a weekend or holiday → the period ends with the next working day. */
  nonWorkingLastDay: { clause: 'Khoản 5, Điều 148', source: CIVIL_CODE },
  /** The last day ends at 24:00. */
  endOfDay: { clause: 'Khoản 6, Điều 148', source: CIVIL_CODE },
} as const satisfies Record<string, ClauseRef>;

/** Input of `computeLegalDeadline`. */
export type LegalDeadlineInput = {
  /** The day of the event the period runs from, e.g. the day the PAR ranking is published. */
  startDate: LocalDate;
  /** Length of the period in days, e.g. 15 (a whole number ≥ 1). */
  days: number;
  /** Holiday calendars of every year the period may reach. */
  calendars: readonly HolidayCalendar[];
  /** The clause that sets the period, e.g. Điểm c, Khoản 3, Mục II of Kế hoạch 34/KH-UBND. */
  ref?: ClauseRef;
  /** What happened on startDate, in Vietnamese, e.g. "công bố kết quả xếp hạng CCHC". */
  startEvent?: string;
};

/** A deadline with the reasoning that produced it. */
export type LegalDeadline = {
  startDate: LocalDate;
  days: number;
  /** Day N counted from the day after startDate. */
  lastDay: LocalDate;
  /** lastDay, or the next working day when lastDay is a weekend or holiday. */
  deadlineDay: LocalDate;
  /** 23:59:59.999 +07:00 of deadlineDay: the last instant that is still in time. */
  deadlineInstant: Date;
  /** True when the deadline was moved past lastDay. */
  shifted: boolean;
  /** Years the period touches that have no holiday calendar: the result then only knows weekends. */
  missingCalendarYears: number[];
  /** One Vietnamese sentence per step, each citing its clause. */
  basis: string[];
  /** The clauses applied, the plan's first when given. */
  refs: ClauseRef[];
};

const cite = (ref: ClauseRef): string => `${ref.clause}, ${ref.source}`;

/**
 * Computes the end of a period "N ngày kể từ ngày …" under Vietnamese civil law, in Asia/Ho_Chi_Minh time:
 * day 1 is the day after the event (Điều 147 BLDS 2015); if day N is a weekend or holiday the period ends with
 * the next working day (Điều 148 khoản 5); it ends at 24:00 of that day (Điều 148 khoản 6).
 * @param input start day, length, calendars and the clause that sets the period
 * @returns the last day, the deadline day and instant, and the reasoning in Vietnamese
 * @throws RangeError when days is not a whole number ≥ 1
 * @example
 * computeLegalDeadline({ startDate: '2021-05-07', days: 15, calendars: [defaultHolidayCalendar2021] })
 * // → lastDay '2021-05-22' (Thứ Bảy), deadlineDay '2021-05-24', shifted true
 */
export function computeLegalDeadline(input: LegalDeadlineInput): LegalDeadline {
  const { startDate, days, calendars, ref, startEvent } = input;
  if (!Number.isInteger(days) || days < 1) {
    throw new RangeError(`Thời hạn phải là số ngày nguyên dương, nhận được: ${days}.`);
  }
  const firstDay = addDays(startDate, 1);
  const lastDay = addDays(startDate, days);
  const deadlineDay = nextWorkingDayOnOrAfter(lastDay, calendars);
  const shifted = deadlineDay !== lastDay;

  const years = new Set<number>();
  for (let year = yearOf(lastDay); year <= yearOf(deadlineDay); year += 1) years.add(year);
  const missingCalendarYears = [...years].filter((year) => !calendars.some((c) => c.year === year));

  const event = startEvent ? `ngày ${startEvent} (${formatVnDate(startDate)})` : `ngày ${formatVnDate(startDate)}`;
  const basis: string[] = [];
  const refs: ClauseRef[] = [];
  if (ref) {
    basis.push(`Chậm nhất là ${days} ngày kể từ ${event} (${cite(ref)}).`);
    refs.push(ref);
  } else {
    basis.push(`Thời hạn ${days} ngày kể từ ${event}.`);
  }
  basis.push(
    `Không tính ngày ${formatVnDate(startDate)}; ngày thứ nhất là ${formatVnDate(firstDay)}, ` +
      `ngày thứ ${days} là ${formatVnDate(lastDay)} (${cite(civilCodeRefs.start)}).`,
  );
  refs.push(civilCodeRefs.start);
  if (shifted) {
    const status = dayStatus(lastDay, calendars);
    const why = status.kind === 'holiday' ? `ngày nghỉ ${status.name}` : `ngày nghỉ cuối tuần (${status.name})`;
    basis.push(
      `Ngày ${formatVnDate(lastDay)} là ${why} nên thời hạn kết thúc vào ngày làm việc tiếp theo, ` +
        `${formatVnDate(deadlineDay)} (${cite(civilCodeRefs.nonWorkingLastDay)}).`,
    );
    refs.push(civilCodeRefs.nonWorkingLastDay);
  }
  basis.push(
    `Thời hạn kết thúc lúc 24 giờ ngày ${formatVnDate(deadlineDay)}, giờ Việt Nam (UTC+07:00) ` +
      `(${cite(civilCodeRefs.endOfDay)}).`,
  );
  refs.push(civilCodeRefs.endOfDay);
  if (missingCalendarYears.length > 0) {
    basis.push(
      `Chưa có lịch nghỉ lễ năm ${missingCalendarYears.join(', ')}: chỉ tính được ngày nghỉ cuối tuần, ` +
        'cần cập nhật lịch nghỉ lễ để chắc chắn.',
    );
  }

  return {
    startDate,
    days,
    lastDay,
    deadlineDay,
    deadlineInstant: endOfVnDay(deadlineDay),
    shifted,
    missingCalendarYears,
    basis,
    refs,
  };
}

/**
 * Whether something done at an instant is in time for a deadline instant (the deadline itself is in time).
 * @param instant when it was done, e.g. the submission time
 * @param deadlineInstant the last instant in time, e.g. `computeLegalDeadline(...).deadlineInstant`
 */
export function isWithinDeadline(instant: Date, deadlineInstant: Date): boolean {
  return instant.getTime() <= deadlineInstant.getTime();
}

/**
 * Whether an instant falls on or before a deadline day, which ends at 23:59:59.999 +07:00
 * (e.g. registration "đến hết tháng 3/2020" → deadline day '2020-03-31').
 * @param instant when it was done
 * @param deadlineDay the last day in time
 */
export function isOnOrBefore(instant: Date, deadlineDay: LocalDate): boolean {
  return isWithinDeadline(instant, endOfVnDay(deadlineDay));
}

/** Time left to a deadline, or time past it. All numbers are ≥ 0. */
export type Countdown = {
  overdue: boolean;
  days: number;
  hours: number;
  minutes: number;
  /** e.g. "Còn 3 ngày 4 giờ", "Còn 45 phút", "Đã quá hạn 2 ngày". */
  label: string;
};

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1_440;

function durationLabel(days: number, hours: number, minutes: number): string {
  // Two units are precise enough for a countdown; seconds would only flicker.
  if (days > 0) return hours > 0 ? `${days} ngày ${hours} giờ` : `${days} ngày`;
  if (hours > 0) return minutes > 0 ? `${hours} giờ ${minutes} phút` : `${hours} giờ`;
  return minutes > 0 ? `${minutes} phút` : 'dưới 1 phút';
}

/**
 * Time left until a deadline at `asOf`, or time overdue, with a Vietnamese label.
 * The deadline instant is the last millisecond in time (23:59:59.999), so the period runs to the next
 * millisecond: at 00:00 of the deadline day exactly "Còn 1 ngày" is left. Parts are rounded down.
 * @param options.asOf the moment to measure from (passed in; never the clock)
 * @param options.deadlineInstant the last instant in time
 * @returns days, hours and minutes left (or overdue) and the label
 */
export function countdown(options: { asOf: Date; deadlineInstant: Date }): Countdown {
  const end = options.deadlineInstant.getTime() + 1;
  const remaining = end - options.asOf.getTime();
  const overdue = remaining <= 0;
  const totalMinutes = Math.floor(Math.abs(remaining) / MS_PER_MINUTE);
  const days = Math.floor(totalMinutes / MINUTES_PER_DAY);
  const hours = Math.floor((totalMinutes % MINUTES_PER_DAY) / 60);
  const minutes = totalMinutes % 60;
  const duration = durationLabel(days, hours, minutes);
  return { overdue, days, hours, minutes, label: overdue ? `Đã quá hạn ${duration}` : `Còn ${duration}` };
}
