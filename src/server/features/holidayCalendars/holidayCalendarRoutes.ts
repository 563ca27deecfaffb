import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { holidayCalendars } from '../../../db/schema';
import { validateHolidayCalendar, type CalendarDay, type HolidayCalendar } from '../../../domain/time/holidayCalendar';
import { writeAudit } from '../../kit/audit';
import type { AppDeps } from '../../deps';
import { notFound, validation } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { HolidayCalendarBody, HolidayCalendarSchema, YearParams } from './schema';

const TAGS = ['Lịch nghỉ lễ'];

type Row = typeof holidayCalendars.$inferSelect;

function present(row: Row) {
  const definition = row.definition as Partial<HolidayCalendar>;
  return {
    year: row.year,
    holidays: definition.holidays ?? [],
    compensatoryWorkdays: definition.compensatoryWorkdays ?? [],
    source: definition.source ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The holiday calendar of each year (Tết and the days off in lieu change every year), maintained by the
 * secretariat; deadlines count with it (BLDS 2015 Điều 148 khoản 5). Everyone signed in may read it.
 */
export const holidayCalendarRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/holiday-calendars',
    { config: { access: 'authenticated' }, schema: { tags: TAGS, summary: 'Lịch nghỉ lễ các năm', response: { 200: z.array(HolidayCalendarSchema) } } },
    async () => (await db.select().from(holidayCalendars).orderBy(asc(holidayCalendars.year))).map(present),
  );

  app.get(
    '/api/holiday-calendars/:year',
    { config: { access: 'authenticated' }, schema: { tags: TAGS, summary: 'Lịch nghỉ lễ của một năm', params: YearParams, response: { 200: HolidayCalendarSchema } } },
    async (req) => {
      const [row] = await db.select().from(holidayCalendars).where(eq(holidayCalendars.year, req.params.year));
      if (!row) throw notFound(`Lịch nghỉ lễ năm ${req.params.year}`);
      return present(row);
    },
  );

  app.put(
    '/api/holiday-calendars/:year',
    {
      config: { access: 'holidayCalendar.manage' },
      schema: { tags: TAGS, summary: 'Cập nhật lịch nghỉ lễ của một năm (ngày nghỉ, ngày làm bù)', params: YearParams, body: HolidayCalendarBody, response: { 200: HolidayCalendarSchema } },
    },
    async (req) => {
      authorize(req);
      const { year } = req.params;
      const calendar: HolidayCalendar = {
        year,
        holidays: req.body.holidays as CalendarDay[],
        compensatoryWorkdays: (req.body.compensatoryWorkdays ?? []) as CalendarDay[],
        ...(req.body.source ? { source: req.body.source } : {}),
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
      const row = await db.transaction(async (tx) => {
        const [before] = await tx.select().from(holidayCalendars).where(eq(holidayCalendars.year, year)).for('update');
        const values = { year, definition, updatedAt: new Date() };
        const [saved] = await tx.insert(holidayCalendars).values(values).onConflictDoUpdate({ target: holidayCalendars.year, set: values }).returning();
        await writeAudit(tx, auditContext(req), {
          action: before ? 'holidayCalendar.update' : 'holidayCalendar.create',
          entityType: 'holidayCalendar',
          entityId: String(year),
          orgUnitId: null,
          before: before?.definition ?? null,
          after: definition,
        });
        return saved;
      });
      return present(row);
    },
  );
};
