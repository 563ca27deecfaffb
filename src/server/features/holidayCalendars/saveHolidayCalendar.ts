import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { holidayCalendars } from '../../../db/schema';
import { validateHolidayCalendar, type CalendarDay, type HolidayCalendar } from '../../../domain/time/holidayCalendar';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { validation } from '../../errors';

export type HolidayCalendarInput = { year: number; holidays: CalendarDay[]; compensatoryWorkdays?: CalendarDay[]; source?: string | null; asOf: Date };

/**
 * Creates or replaces the holiday calendar of a year (days sorted), with its audit row (`holidayCalendar.create` or
 * `.update`), in one transaction; the year's row is locked first.
 * @returns the saved row
 * @throws validation naming `holidays` or `compensatoryWorkdays` for each problem of the calendar
 */
export async function saveHolidayCalendar(db: Db, ctx: AuditContext, input: HolidayCalendarInput) {
  const { year, asOf } = input;
  const calendar: HolidayCalendar = {
    year,
    holidays: input.holidays,
    compensatoryWorkdays: input.compensatoryWorkdays ?? [],
    ...(input.source ? { source: input.source } : {}),
  };
  const problems = validateHolidayCalendar(calendar);
  if (problems.length > 0) {
    throw validation(
      problems.map((message) => {
        const path = message.startsWith('Ngày làm bù') || message.includes('vừa là ngày nghỉ vừa là ngày làm bù') ? 'compensatoryWorkdays' : 'holidays';
        return { path, message: `${path === 'holidays' ? 'Ngày nghỉ' : 'Ngày làm bù'}: ${message}` };
      }),
    );
  }
  const sorted = (days: CalendarDay[]) => [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const definition = { holidays: sorted(calendar.holidays), compensatoryWorkdays: sorted(calendar.compensatoryWorkdays ?? []), source: calendar.source ?? null };
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(holidayCalendars).where(eq(holidayCalendars.year, year)).for('update');
    const values = { year, definition, updatedAt: asOf };
    const [saved] = await tx.insert(holidayCalendars).values(values).onConflictDoUpdate({ target: holidayCalendars.year, set: values }).returning();
    await writeAudit(tx, ctx, {
      action: before ? 'holidayCalendar.update' : 'holidayCalendar.create',
      entityType: 'holidayCalendar',
      entityId: String(year),
      orgUnitId: null,
      before: before?.definition ?? null,
      after: definition,
    });
    return saved;
  });
}
