import { describe, expect, it } from 'vitest';
import type { ClauseRef } from '../shared/ruleOutcome';
import { computeLegalDeadline } from '../time/legalDeadline';
import { defaultHolidayCalendar2020, defaultHolidayCalendar2021 } from '../time/vietnamHolidays';
import { dueReminder, type ReminderKind } from './dueReminders';

const calendars = [defaultHolidayCalendar2020, defaultHolidayCalendar2021];
const ref: ClauseRef = { clause: 'Điểm c, Khoản 3, Mục II', source: 'Kế hoạch số 34/KH-UBND ngày 03/3/2020' };
const vn = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

// QĐ 1149 of 13/05/2020: 15 days → Thứ Năm 28/05/2020, not moved.
const ordinary = { ...computeLegalDeadline({ startDate: '2020-05-13', days: 15, calendars }), ref };
// Published 15/04/2021: day 15 is 30/04 (holiday), 1/5 Saturday, 2/5 Sunday, 3/5 nghỉ bù → deadline 04/05/2021.
const shifted = { ...computeLegalDeadline({ startDate: '2021-04-15', days: 15, calendars }), ref };

describe('dueReminder', () => {
  it.each<[string, typeof ordinary, string, ReminderKind | null]>([
    ['a second before the 5-day mark', ordinary, '2020-05-22T23:59:59.999', null],
    ['exactly 5 days before at 00:00 +07:00 (a Saturday: calendar days)', ordinary, '2020-05-23T00:00:00.000', 'dossier_due_5d'],
    ['between the marks', ordinary, '2020-05-26T15:00:00.000', 'dossier_due_5d'],
    ['a second before the 1-day mark', ordinary, '2020-05-26T23:59:59.999', 'dossier_due_5d'],
    ['exactly 1 day before at 00:00 +07:00', ordinary, '2020-05-27T00:00:00.000', 'dossier_due_1d'],
    ['the deadline day itself', ordinary, '2020-05-28T08:00:00.000', 'dossier_due_1d'],
    ['the last instant of the deadline', ordinary, '2020-05-28T23:59:59.999', 'dossier_due_1d'],
    ['after the deadline', ordinary, '2020-05-29T00:00:00.000', null],
    ['long before (the day of publication)', ordinary, '2020-05-13T09:00:00.000', null],
    // The deadline moved past the holidays (Điều 148 khoản 5), so the reminders move with it.
    ['5 days before a moved deadline: not from the unmoved last day', shifted, '2021-04-25T00:00:00.000', null],
    ['5 days before the moved deadline 04/05/2021', shifted, '2021-04-29T00:00:00.000', 'dossier_due_5d'],
    ['on the unmoved last day (30/4, a holiday)', shifted, '2021-04-30T10:00:00.000', 'dossier_due_5d'],
    ['1 day before the moved deadline (03/5, nghỉ bù)', shifted, '2021-05-03T00:00:00.000', 'dossier_due_1d'],
    ['after the moved deadline', shifted, '2021-05-05T00:00:00.000', null],
  ])('%s → %s', (_case, deadline, asOf, kind) => {
    expect(dueReminder({ deadline, asOf: vn(asOf) })?.kind ?? null).toBe(kind);
  });

  it('checks the instant, not the UTC date: 00:00 +07:00 is 17:00 UTC the day before', () => {
    expect(dueReminder({ deadline: ordinary, asOf: new Date('2020-05-22T17:00:00.000Z') })?.kind).toBe('dossier_due_5d');
    expect(dueReminder({ deadline: ordinary, asOf: new Date('2020-05-22T16:59:59.999Z') })).toBeNull();
  });

  it('explains itself with the deadline, its clause and the day the reminder opened', () => {
    expect(dueReminder({ deadline: shifted, asOf: vn('2021-04-29T08:00:00.000') })).toEqual({
      kind: 'dossier_due_5d',
      daysBefore: 5,
      opensOn: '2021-04-29',
      explanation:
        'Còn 5 ngày đến hạn nộp hồ sơ đề nghị khen thưởng: hạn cuối là 24 giờ ngày 04/05/2021 ' +
        '(Điểm c, Khoản 3, Mục II, Kế hoạch số 34/KH-UBND ngày 03/3/2020); nhắc từ ngày 29/04/2021.',
      ref,
    });
  });

  it('cites no clause when the campaign gives none', () => {
    const result = dueReminder({ deadline: { ...ordinary, ref: null }, asOf: vn('2020-05-27T09:00:00.000') });
    expect(result).toMatchObject({ kind: 'dossier_due_1d', ref: null });
    expect(result?.explanation).toBe(
      'Còn 1 ngày đến hạn nộp hồ sơ đề nghị khen thưởng: hạn cuối là 24 giờ ngày 28/05/2020; nhắc từ ngày 27/05/2020.',
    );
  });
});
