import type { FormEvent } from 'react';
import { api } from '../../app/api/client';
import { useFormErrors, type FormError } from '../../app/hooks/useFormErrors';
import { useFormValues } from '../../app/hooks/useFormValues';
import { useSubmit } from '../../app/hooks/useSubmit';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { formatVnDate, parseVnDate } from '../../../domain/time/localDate';
import type { CouncilMeeting, Dossier } from '../../../shared/contracts/dossiers';

const IDS = {
  date: 'meeting-date',
  startTime: 'meeting-start',
  endTime: 'meeting-end',
  place: 'meeting-place',
  chair: 'meeting-chair',
  secretary: 'meeting-secretary',
  membersTotal: 'meeting-members-total',
  membersPresent: 'meeting-members-present',
  agree: 'meeting-agree',
  disagree: 'meeting-disagree',
};
type Name = keyof typeof IDS;
/** Server field paths → the inputs that edit them (a tally error goes to the votes in favour). */
const SERVER_FIELDS: Record<string, string> = {
  startsAt: IDS.startTime,
  endsAt: IDS.endTime,
  place: IDS.place,
  chair: IDS.chair,
  secretary: IDS.secretary,
  membersTotal: IDS.membersTotal,
  membersPresent: IDS.membersPresent,
  tallies: IDS.agree,
  'tallies.0': IDS.agree,
};

/** "HH:mm" in Vietnam time of an ISO instant. */
function vnClock(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

function initialValues(m: CouncilMeeting | null): Record<Name, string> {
  return {
    date: m ? formatVnDate(new Date(m.startsAt)) : '',
    startTime: m ? vnClock(m.startsAt) : '',
    endTime: m ? vnClock(m.endsAt) : '',
    place: m?.place ?? '',
    chair: m?.chair ?? '',
    secretary: m?.secretary ?? '',
    membersTotal: m ? String(m.membersTotal) : '',
    membersPresent: m?.membersPresent.join('\n') ?? '',
    agree: m ? String(m.tallies[0]?.agree ?? '') : '',
    disagree: m ? String(m.tallies[0]?.disagree ?? '') : '',
  };
}

const CLOCK = /^([01]?\d|2[0-3])[:h]([0-5]\d)$/;

/**
 * The council meeting that considered the nominee (Biên bản họp Hội đồng Thi đua – Khen thưởng): time, place, chair,
 * secretary, members present out of all, and the tally for this nominee. The server checks the quorum (80% of the
 * members) and the majority, and drafts the Biên bản from this record.
 */
export function CouncilMeetingForm({ dossier, onSaved }: { dossier: Dossier; onSaved: (d: Dossier) => void }) {
  const form = useFormErrors({ ...IDS, ...SERVER_FIELDS });
  const { values, field } = useFormValues(initialValues(dossier.councilMeeting), IDS, form);
  const { busy, run } = useSubmit(form);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FormError[] = [];
    const date = parseVnDate(values.date.trim());
    if (!date) errors.push({ fieldId: IDS.date, message: 'Ngày họp: nhập theo dạng dd/mm/yyyy' });
    const start = CLOCK.exec(values.startTime.trim());
    const end = CLOCK.exec(values.endTime.trim());
    if (!start) errors.push({ fieldId: IDS.startTime, message: 'Giờ bắt đầu: nhập theo dạng HH:mm, ví dụ 08:00' });
    if (!end) errors.push({ fieldId: IDS.endTime, message: 'Giờ kết thúc: nhập theo dạng HH:mm, ví dụ 10:30' });
    const numbers = { membersTotal: 'Tổng số thành viên', agree: 'Số phiếu đồng ý', disagree: 'Số phiếu không đồng ý' } as const;
    for (const [name, label] of Object.entries(numbers) as [keyof typeof numbers, string][]) {
      if (!/^\d{1,3}$/.test(values[name].trim())) errors.push({ fieldId: IDS[name], message: `${label}: nhập số nguyên không âm` });
    }
    for (const [name, label] of [['place', 'Địa điểm'], ['chair', 'Người chủ trì'], ['secretary', 'Thư ký'], ['membersPresent', 'Thành viên có mặt']] as const) {
      if (!values[name].trim()) errors.push({ fieldId: IDS[name], message: `${label}: không được để trống` });
    }
    if (errors.length > 0 || !date || !start || !end) {
      form.showErrors(errors);
      return;
    }
    const at = (m: RegExpExecArray) => new Date(`${date}T${m[1].padStart(2, '0')}:${m[2]}:00+07:00`).toISOString();
    const body: CouncilMeeting = {
      startsAt: at(start),
      endsAt: at(end),
      place: values.place.trim(),
      chair: values.chair.trim(),
      secretary: values.secretary.trim(),
      membersTotal: Number(values.membersTotal),
      membersPresent: values.membersPresent.split('\n').map((s) => s.trim()).filter(Boolean),
      tallies: [{ nomineeName: dossier.nomineeName, agree: Number(values.agree), disagree: Number(values.disagree) }],
    };
    await run(() => api<Dossier>(`/api/nominations/${dossier.nominationId}/dossier/council-meeting`, { method: 'PUT', body }), onSaved);
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="meeting-title" data-testid="council-meeting-form">
      <h3 id="meeting-title" className="heading-s">
        Cuộc họp Hội đồng Thi đua – Khen thưởng
      </h3>
      <ErrorSummary errors={form.errors} description={form.description} />
      <TextField {...field('date')} label="Ngày họp" hint="dd/mm/yyyy" inputMode="numeric" />
      <TextField {...field('startTime')} label="Giờ bắt đầu" hint="HH:mm" />
      <TextField {...field('endTime')} label="Giờ kết thúc" hint="HH:mm" />
      <TextField {...field('place')} label="Địa điểm" maxLength={500} />
      <TextField {...field('chair')} label="Người chủ trì (Chủ tịch Hội đồng)" maxLength={200} />
      <TextField {...field('secretary')} label="Thư ký" maxLength={200} />
      <TextField {...field('membersTotal')} label="Tổng số thành viên Hội đồng" inputMode="numeric" />
      <TextAreaField {...field('membersPresent')} label="Thành viên có mặt (mỗi người một dòng, gồm chủ trì và thư ký)" hint="Phiên xét khen thưởng cần ít nhất 80% tổng số thành viên có mặt." />
      <fieldset className="fieldset">
        <legend>Kết quả biểu quyết: {dossier.nomineeName}</legend>
        <TextField {...field('agree')} label="Số phiếu đồng ý" inputMode="numeric" />
        <TextField {...field('disagree')} label="Số phiếu không đồng ý" inputMode="numeric" />
      </fieldset>
      <FormActions label="Lưu biên bản họp" busy={busy} />
    </form>
  );
}
