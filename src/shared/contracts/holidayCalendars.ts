import { z } from 'zod';

/**
 * The answers of the holiday calendar API (/api/holiday-calendars…): the server serialises with these schemas and
 * documents them (OpenAPI); the web takes their types (`import type`).
 */

/** A year's days off and working days, as used to count legal deadlines (BLDS 2015 Điều 147–148). */
export const HolidayCalendarSchema = z.object({
  year: z.number(),
  holidays: z.array(z.object({ date: z.string(), name: z.string() })),
  compensatoryWorkdays: z.array(z.object({ date: z.string(), name: z.string() })),
  source: z.string().nullable(),
  updatedAt: z.string(),
});
export type HolidayCalendar = z.infer<typeof HolidayCalendarSchema>;
/** One named day: a holiday or a working day (YYYY-MM-DD). */
export type CalendarDay = HolidayCalendar['holidays'][number];
