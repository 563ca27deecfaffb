import type { FormError } from '../../app/hooks/useFormErrors';
import { formatVnDate, parseVnDate } from '../../../domain/time/localDate';

/** The fields of a session's own facts, as the create form types them. */
export const DETAIL_IDS = { title: 'session-title', date: 'session-date', time: 'session-time', place: 'session-place', quorumPercent: 'session-quorum', passRule: 'session-pass-rule' };
export type DetailName = keyof typeof DETAIL_IDS;
/** Server field paths → inputs (the instant's error goes to the date). */
export const DETAIL_SERVER_FIELDS: Record<string, string> = { heldAt: DETAIL_IDS.date, title: DETAIL_IDS.title, place: DETAIL_IDS.place, quorumPercent: DETAIL_IDS.quorumPercent, passRule: DETAIL_IDS.passRule };

export const PASS_RULE_OPTIONS = [
  { value: 'majority_of_members', label: 'Quá bán tổng số thành viên Hội đồng' },
  { value: 'majority_of_present', label: 'Quá bán số thành viên dự họp (có mặt hoặc có ý kiến bằng văn bản)' },
];

const CLOCK = /^([01]?\d|2[0-3])[:h]([0-5]\d)$/;

/** "HH:mm" in Vietnam time of an ISO instant. */
export function vnClock(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

export function detailValues(s: { title: string; heldAt: string; place: string; quorumPercent: number; passRule: string } | null): Record<DetailName, string> {
  return {
    title: s?.title ?? '',
    date: s ? formatVnDate(new Date(s.heldAt)) : '',
    time: s ? vnClock(s.heldAt) : '',
    place: s?.place ?? '',
    quorumPercent: String(s?.quorumPercent ?? 80),
    passRule: s?.passRule ?? 'majority_of_members',
  };
}

/** The request body of the facts, or the errors found before sending (each naming its field). */
export function detailBody(values: Record<DetailName, string>): { body: { title: string; heldAt: string; place: string; quorumPercent: number; passRule: string } | null; errors: FormError[] } {
  const errors: FormError[] = [];
  if (!values.title.trim()) errors.push({ fieldId: DETAIL_IDS.title, message: 'Tên phiên họp: không được để trống' });
  const date = parseVnDate(values.date.trim());
  if (!date) errors.push({ fieldId: DETAIL_IDS.date, message: 'Ngày họp: nhập theo dạng dd/mm/yyyy' });
  const time = CLOCK.exec(values.time.trim());
  if (!time) errors.push({ fieldId: DETAIL_IDS.time, message: 'Giờ bắt đầu: nhập theo dạng HH:mm, ví dụ 08:00' });
  if (!values.place.trim()) errors.push({ fieldId: DETAIL_IDS.place, message: 'Địa điểm họp: không được để trống' });
  const quorum = Number(values.quorumPercent.trim());
  if (!/^\d{1,3}$/.test(values.quorumPercent.trim()) || quorum < 50 || quorum > 100) errors.push({ fieldId: DETAIL_IDS.quorumPercent, message: 'Tỷ lệ thành viên tối thiểu dự họp (%): nhập số nguyên từ 50 đến 100' });
  if (errors.length > 0 || !date || !time) return { body: null, errors };
  const heldAt = new Date(`${date}T${time[1].padStart(2, '0')}:${time[2]}:00+07:00`).toISOString();
  return { body: { title: values.title.trim(), heldAt, place: values.place.trim(), quorumPercent: quorum, passRule: values.passRule }, errors };
}
