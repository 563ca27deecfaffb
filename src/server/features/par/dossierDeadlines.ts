import type { DbOrTx } from '../../../db/client';
import type { ClauseRef } from '../../../domain/shared/ruleOutcome';
import { computeLegalDeadline, countdown, type Countdown } from '../../../domain/time/legalDeadline';
import type { LocalDate } from '../../../domain/time/localDate';
import { campaignsOfYear } from '../campaigns/campaignQueries';
import { loadHolidayCalendars } from '../holidayCalendars/loadHolidayCalendars';

/** The dossier deadline of one campaign, with the reasoning and the time left at `asOf`. */
export type DossierDeadline = {
  campaignId: string;
  planNumber: string;
  days: number;
  startDate: string;
  lastDay: string;
  deadlineDay: string;
  /** ISO instant: 23:59:59.999 +07:00 of deadlineDay. */
  deadlineInstant: string;
  shifted: boolean;
  missingCalendarYears: number[];
  /** One Vietnamese sentence per step, each citing its clause (II.3.c, BLDS 2015 Điều 147–148). */
  basis: string[];
  refs: ClauseRef[];
  countdown: Countdown;
  asOf: string;
};

type DossierWindow = { days?: number; ref?: ClauseRef };

/**
 * The dossier windows opened by publishing a year's ranking (Điểm c, Khoản 3, Mục II of KH 34: "chậm nhất là 15
 * ngày kể từ ngày UBND tỉnh công bố kết quả xếp hạng CCHC"), one per campaign of that year, counted with the
 * holiday calendars on record. The number of days is the campaign's data, never a constant.
 * @param input.year the ranking year (= the campaign year)
 * @param input.publicationDate the day of the publication decision
 * @param input.asOf the moment the countdown is measured from (deps.now())
 */
export async function dossierDeadlines(
  db: DbOrTx,
  input: { year: number; publicationDate: LocalDate; asOf: Date },
): Promise<DossierDeadline[]> {
  const rows = await campaignsOfYear(db, input.year);
  if (rows.length === 0) return [];
  const calendars = await loadHolidayCalendars(db);
  const deadlines: DossierDeadline[] = [];
  for (const row of rows) {
    // Read defensively: a campaign stored before the window was part of the plan data has none.
    const window: DossierWindow | undefined = row.definition?.dossierWindow;
    if (!window?.days || !Number.isInteger(window.days) || window.days < 1) continue;
    const deadline = computeLegalDeadline({
      startDate: input.publicationDate,
      days: window.days,
      calendars,
      ref: window.ref,
      startEvent: 'UBND tỉnh công bố kết quả xếp hạng CCHC',
    });
    deadlines.push({
      campaignId: row.id,
      planNumber: row.planNumber,
      days: deadline.days,
      startDate: deadline.startDate,
      lastDay: deadline.lastDay,
      deadlineDay: deadline.deadlineDay,
      deadlineInstant: deadline.deadlineInstant.toISOString(),
      shifted: deadline.shifted,
      missingCalendarYears: deadline.missingCalendarYears,
      basis: deadline.basis,
      refs: deadline.refs,
      countdown: countdown({ asOf: input.asOf, deadlineInstant: deadline.deadlineInstant }),
      /** The server's clock when the countdown was measured, so the browser can keep counting from it. */
      asOf: input.asOf.toISOString(),
    });
  }
  return deadlines;
}
