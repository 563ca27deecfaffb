/** A holiday calendar as the API gives it (src/server/routes/holidayCalendars/schema.ts). */
export type CalendarDay = { date: string; name: string };
export type HolidayCalendar = { year: number; holidays: CalendarDay[]; compensatoryWorkdays: CalendarDay[]; source: string | null; updatedAt: string };
