import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { holidayCalendars } from '../../../db/schema';
import type { HolidayCalendar } from '../../../domain/time/holidayCalendar';

/** Every holiday calendar the secretariat maintains (one small row per year), for deadline computations. */
export async function loadHolidayCalendars(db: DbOrTx): Promise<HolidayCalendar[]> {
  const rows = await db.select().from(holidayCalendars).orderBy(asc(holidayCalendars.year));
  return rows.map((row) => ({ ...(row.definition as Omit<HolidayCalendar, 'year'>), year: row.year }));
}
