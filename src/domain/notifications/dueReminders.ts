import type { ClauseRef } from '../shared/ruleOutcome';
import type { LegalDeadline } from '../time/legalDeadline';
import { addDays, formatVnDate, startOfVnDay, type LocalDate } from '../time/localDate';

/** The two dossier reminders of issue 10 §6: 5 days and 1 day before the dossier deadline. */
export type ReminderKind = 'dossier_due_5d' | 'dossier_due_1d';

/** Each reminder and how many calendar days before the deadline day it opens, latest first. */
export const REMINDER_SCHEDULE: readonly { kind: ReminderKind; daysBefore: number }[] = [
  { kind: 'dossier_due_1d', daysBefore: 1 },
  { kind: 'dossier_due_5d', daysBefore: 5 },
];

/** A reminder due at `asOf`, with the sentence that explains it. */
export type DueReminder = {
  kind: ReminderKind;
  daysBefore: number;
  /** The first day the reminder may be sent (00:00 +07:00 of it). */
  opensOn: LocalDate;
  /** Vietnamese: why it is due, naming the deadline and its clause. */
  explanation: string;
  ref: ClauseRef | null;
};

/** What the due-reminder rule needs from the dossier deadline (computeLegalDeadline's result). */
export type ReminderDeadline = Pick<LegalDeadline, 'deadlineDay' | 'deadlineInstant'> & { ref?: ClauseRef | null };

/**
 * Which dossier reminder is due at `asOf`. The deadline day is the one the legal-time functions computed (already
 * moved past a weekend or holiday, Điều 148 BLDS); the reminder "N ngày trước hạn" opens at 00:00 +07:00 of the
 * calendar day N days before it and stays due until the next reminder opens or the deadline passes. So at most one
 * kind is due at a time: a node that was down on the 5-day mark and comes back on the 1-day mark sends only the
 * 1-day reminder (a "còn 5 ngày" notice would be wrong by then); nothing is due after the deadline.
 * Sending each kind once per unit and campaign is the caller's job (a unique row in the database).
 * @param input.deadline the campaign's dossier deadline
 * @param input.asOf the moment of the check (deps.now())
 * @returns the reminder due, or null
 * @example dueReminder({ deadline: { deadlineDay: '2020-05-28', deadlineInstant }, asOf: 2020-05-23T00:00+07:00 })
 * // → { kind: 'dossier_due_5d', opensOn: '2020-05-23', … }
 */
export function dueReminder(input: { deadline: ReminderDeadline; asOf: Date }): DueReminder | null {
  const { deadline, asOf } = input;
  if (asOf.getTime() > deadline.deadlineInstant.getTime()) return null;
  for (const { kind, daysBefore } of REMINDER_SCHEDULE) {
    const opensOn = addDays(deadline.deadlineDay, -daysBefore);
    if (asOf.getTime() < startOfVnDay(opensOn).getTime()) continue;
    const ref = deadline.ref ?? null;
    const cite = ref ? ` (${ref.clause}, ${ref.source})` : '';
    return {
      kind,
      daysBefore,
      opensOn,
      explanation:
        `Còn ${daysBefore} ngày đến hạn nộp hồ sơ đề nghị khen thưởng: hạn cuối là 24 giờ ngày ` +
        `${formatVnDate(deadline.deadlineDay)}${cite}; nhắc từ ngày ${formatVnDate(opensOn)}.`,
      ref,
    };
  }
  return null;
}
