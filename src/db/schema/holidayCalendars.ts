import { sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, timestamp } from 'drizzle-orm/pg-core';

/** Holidays of a year, maintained by the secretariat (Tết is lunar): src/domain/time/holidayCalendar.ts. */
export const holidayCalendars = pgTable('holiday_calendars', {
  year: integer('year').primaryKey(),
  definition: jsonb('definition').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
});
