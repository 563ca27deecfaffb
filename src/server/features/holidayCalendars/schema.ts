import { z } from 'zod';

export const YearParams = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });

const CalendarDaySchema = z.strictObject({
  /** The day, YYYY-MM-DD. */
  date: z.iso.date(),
  /** Vietnamese name, e.g. "Tết Nguyên đán", "Nghỉ bù ngày Quốc tế Lao động". */
  name: z.string().trim().min(1).max(200),
});

export const HolidayCalendarBody = z.strictObject({
  /** Days off: public holidays, the Tết break, days off in lieu. */
  holidays: z.array(CalendarDaySchema).max(100),
  /** Saturdays or Sundays declared working days (ngày làm bù). */
  compensatoryWorkdays: z.array(CalendarDaySchema).max(50).optional(),
  /** Where the dates come from, e.g. the announcement number. */
  source: z.string().trim().max(500).nullable().optional(),
});

export { HolidayCalendarSchema } from '../../../shared/contracts/holidayCalendars';
