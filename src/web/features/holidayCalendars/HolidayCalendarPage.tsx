import { useEffect, useState, type FormEvent } from 'react';
import { parseVnDate } from '../../../domain/time/localDate';
import { api } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { formatDate, formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors, type FormError } from '../../app/hooks/useFormErrors';
import { useFormValues } from '../../app/hooks/useFormValues';
import { useSubmit } from '../../app/hooks/useSubmit';
import { FormActions } from '../../components/FormActions';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { CalendarDayList } from './CalendarDayList';
import type { CalendarDay, HolidayCalendar } from '../../../shared/contracts/holidayCalendars';
import { confirmAction } from '../../components/confirmAction';

const IDS = { date: 'holiday-date', name: 'holiday-name', kind: 'holiday-kind', holidays: 'holiday-date', compensatoryWorkdays: 'holiday-date' };
const KINDS = [
  { value: 'holidays', label: 'Ngày nghỉ (lễ, Tết, nghỉ bù)' },
  { value: 'compensatoryWorkdays', label: 'Ngày làm bù (thứ Bảy, Chủ nhật đi làm)' },
];
type Kind = 'holidays' | 'compensatoryWorkdays';

/**
 * /lich-nghi-le — the holiday calendar of each year (Tết and days off in lieu change every year). Deadlines count
 * with it: a period ending on a day off ends on the next working day (BLDS 2015 Điều 148). Each add or remove is
 * saved at once, so the list on screen is always what deadlines use.
 */
export function HolidayCalendarPage() {
  usePageTitle('Lịch nghỉ lễ');
  const { can } = useSession();
  const manage = can('holidayCalendar.manage');
  const calendars = useApiData<HolidayCalendar[]>('/api/holiday-calendars');
  const thisYear = new Date().getFullYear();
  const years = [...new Set([...(calendars.data ?? []).map((c) => c.year), thisYear, thisYear + 1])].sort((a, b) => b - a);
  const [year, setYear] = useState<number | null>(null);
  const shownYear = year ?? (calendars.data ? Math.max(...(calendars.data.map((c) => c.year) ?? []), 0) || thisYear : thisYear);
  const [calendar, setCalendar] = useState<HolidayCalendar | null>(null);
  const form = useFormErrors(IDS);
  const { values, setValues, field } = useFormValues({ date: '', name: '', kind: 'holidays' }, IDS, form);
  const kind = values.kind as Kind;
  const { busy, run } = useSubmit(form);

  useEffect(() => {
    const found = calendars.data?.find((c) => c.year === shownYear) ?? null;
    setCalendar(found);
  }, [calendars.data, shownYear]);

  function save(next: { holidays: CalendarDay[]; compensatoryWorkdays: CalendarDay[] }): Promise<boolean> {
    return run(
      () => api<HolidayCalendar>(`/api/holiday-calendars/${shownYear}`, { method: 'PUT', body: { ...next, source: calendar?.source ?? null } }),
      (saved) => {
        setCalendar(saved);
        calendars.reload();
      },
    );
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FormError[] = [];
    const date = parseVnDate(values.date.trim());
    if (!values.date.trim()) errors.push({ fieldId: IDS.date, message: 'Ngày: chưa nhập ngày' });
    else if (!date) errors.push({ fieldId: IDS.date, message: 'Ngày: phải là một ngày có thật, dạng dd/mm/yyyy, ví dụ 30/04/2021' });
    else if (Number(date.slice(0, 4)) !== shownYear) errors.push({ fieldId: IDS.date, message: `Ngày: phải thuộc năm ${shownYear}` });
    if (!values.name.trim()) errors.push({ fieldId: IDS.name, message: 'Tên ngày: chưa nhập, ví dụ Tết Nguyên đán' });
    if (errors.length > 0) {
      form.showErrors(errors);
      return;
    }
    form.clear();
    const current = { holidays: calendar?.holidays ?? [], compensatoryWorkdays: calendar?.compensatoryWorkdays ?? [] };
    const next = { ...current, [kind]: [...current[kind].filter((d) => d.date !== date), { date: date!, name: values.name.trim() }] };
    if (await save(next)) setValues((v) => ({ ...v, date: '', name: '' }));
  }

  function remove(kind: Kind, day: CalendarDay) {
    if (!confirmAction(`Xóa ngày ${formatDate(day.date)} khỏi ${kind === 'holidays' ? 'ngày nghỉ' : 'ngày làm bù'}: mọi thời hạn tính từ nay sẽ tính lại theo lịch mới.`)) return;
    form.clear();
    const current = { holidays: calendar?.holidays ?? [], compensatoryWorkdays: calendar?.compensatoryWorkdays ?? [] };
    void save({ ...current, [kind]: current[kind].filter((d) => d.date !== day.date) });
  }

  return (
    <>
      <h1>Lịch nghỉ lễ năm {shownYear}</h1>
      <p className="lead">
        Dùng để tính thời hạn: khi ngày cuối của thời hạn là ngày nghỉ, thời hạn kết thúc vào cuối ngày làm việc tiếp theo (Điều 148 Bộ luật Dân sự 2015).
      </p>
      <ErrorBanner error={calendars.error} />
      {calendars.loading && !calendars.data ? <LoadingMessage /> : null}
      <SelectField id="holiday-year" label="Năm" options={years.map((y) => ({ value: String(y), label: `Năm ${y}` }))} value={String(shownYear)} onChange={(e) => setYear(Number(e.target.value))} />
      {calendar ? (
        <p className="meta">
          Cập nhật lần cuối: {formatDateTime(calendar.updatedAt)}
          {calendar.source ? `. Nguồn: ${calendar.source}` : ''}.
        </p>
      ) : calendars.data ? (
        <p className="banner banner--info">Chưa có lịch nghỉ lễ năm {shownYear}: thời hạn rơi vào năm này chưa tính được ngày nghỉ lễ.</p>
      ) : null}
      <h2 className="heading-m">Ngày nghỉ</h2>
      <CalendarDayList days={calendar?.holidays ?? []} caption={`Ngày nghỉ năm ${shownYear}`} testId="holidays" onRemove={manage ? (d) => remove('holidays', d) : undefined} />
      <h2 className="heading-m">Ngày làm bù</h2>
      <CalendarDayList days={calendar?.compensatoryWorkdays ?? []} caption={`Ngày làm bù năm ${shownYear}`} testId="workdays" onRemove={manage ? (d) => remove('compensatoryWorkdays', d) : undefined} />
      {manage ? (
        <section className="panel" aria-labelledby="holiday-add-title">
          <h2 id="holiday-add-title" className="heading-m">
            Thêm ngày
          </h2>
          <ErrorSummary errors={form.errors} description={form.description} />
          <form onSubmit={add} noValidate className="form">
            <SelectField {...field('kind')} label="Loại ngày" options={KINDS} />
            <TextField {...field('date')} label="Ngày" hint={`Dạng dd/mm/yyyy, trong năm ${shownYear}.`} inputMode="numeric" className="field--date" autoComplete="off" />
            <TextField {...field('name')} label="Tên ngày" hint="Ví dụ: Tết Nguyên đán, Nghỉ bù ngày Quốc khánh." autoComplete="off" />
            <FormActions label="Thêm và lưu" busy={busy} />
          </form>
        </section>
      ) : null}
    </>
  );
}
