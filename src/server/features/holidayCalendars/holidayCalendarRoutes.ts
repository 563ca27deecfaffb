import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { holidayCalendars } from '../../../db/schema';
import type { CalendarDay, HolidayCalendar } from '../../../domain/time/holidayCalendar';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { saveHolidayCalendar } from './saveHolidayCalendar';
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
 * Alike in shape on purpose: each route declares its own access, schemas and the one use case it calls
 * (ARCHITECTURE.md, «The path of one request»), so no route hides another's rules behind a shared builder.
 */
export const holidayCalendarRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
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
      const { holidays, compensatoryWorkdays, source } = req.body;
      return present(await saveHolidayCalendar(db, auditContext(req), { year: req.params.year, holidays: holidays as CalendarDay[], compensatoryWorkdays: compensatoryWorkdays as CalendarDay[] | undefined, source, asOf: now() }));
    },
  );
};
