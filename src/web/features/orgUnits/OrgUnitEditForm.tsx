import type { FormEvent } from 'react';
import { parseVnDate } from '../../../domain/time/localDate';
import { api } from '../../app/api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { FormActions } from '../../components/FormActions';
import { useFormValues } from '../../app/hooks/useFormValues';
import { useSubmit } from '../../app/hooks/useSubmit';
import type { FormErrors, FormError } from '../../app/hooks/useFormErrors';
import { formatDate } from '../../app/format/dates';
import type { OrgUnitDetail } from '../../../shared/contracts/orgUnits';

export const EDIT_FIELD_IDS = { name: 'unit-name', shortName: 'unit-shortName', email: 'unit-email', validFrom: 'unit-validFrom', validTo: 'unit-validTo' };

type Props = { unit: OrgUnitDetail; form: FormErrors; onSaved: () => void; onCancel: () => void };

const DATE_HINT = 'Theo dạng ngày/tháng/năm, ví dụ 01/07/2025.';

/** Admin form to change a unit's name, short name, notice e-mail and validity (dates typed as dd/mm/yyyy). */
export function OrgUnitEditForm({ unit, form, onSaved, onCancel }: Props) {
  const initial = { name: unit.name, shortName: unit.shortName ?? '', email: unit.email ?? '', validFrom: formatDate(unit.validFrom), validTo: formatDate(unit.validTo) };
  const { values, field } = useFormValues(initial, EDIT_FIELD_IDS, form);
  const { busy, run } = useSubmit(form);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FormError[] = [];
    const validFrom = parseVnDate(values.validFrom);
    if (!validFrom) errors.push({ fieldId: EDIT_FIELD_IDS.validFrom, message: 'Hiệu lực từ: nhập ngày có thật theo dạng dd/mm/yyyy' });
    const validTo = values.validTo.trim() ? parseVnDate(values.validTo) : null;
    if (values.validTo.trim() && !validTo) errors.push({ fieldId: EDIT_FIELD_IDS.validTo, message: 'Hiệu lực đến: nhập ngày có thật theo dạng dd/mm/yyyy, hoặc để trống' });
    if (errors.length) {
      form.showErrors(errors);
      return;
    }
    const body = { name: values.name, shortName: values.shortName.trim() || null, email: values.email.trim() || null, validFrom, validTo };
    await run(() => api(`/api/org-units/${unit.id}`, { method: 'PATCH', body }), onSaved);
  }

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby="edit-title">
      <h2 id="edit-title" className="heading-m">
        Sửa đơn vị
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      <TextField {...field('name')} label="Tên đơn vị" />
      <TextField {...field('shortName')} label="Tên viết tắt (không bắt buộc)" />
      <TextField {...field('email')} label="Thư điện tử nhận thông báo (không bắt buộc)" hint="Thông báo được chọn, nhắc hạn nộp hồ sơ gửi đến địa chỉ này; để trống thì chỉ thông báo trên hệ thống." type="email" autoComplete="email" />
      <TextField {...field('validFrom')} label="Hiệu lực từ" hint={DATE_HINT} inputMode="numeric" className="field--date" />
      <TextField {...field('validTo')} label="Hiệu lực đến (không bắt buộc)" hint={`${DATE_HINT} Để trống nếu đơn vị còn hiệu lực.`} inputMode="numeric" className="field--date" />
      <FormActions label="Lưu thay đổi" busy={busy} busyLabel="Đang lưu…" onCancel={onCancel} />
    </form>
  );
}
