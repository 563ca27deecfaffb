import { useState, type FormEvent } from 'react';
import { parseVnDate } from '../../../domain/time/localDate';
import { api } from '../../app/api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import type { FormErrors, FormError } from '../../app/hooks/useFormErrors';
import { formatDate } from '../../app/format/dates';
import type { OrgUnitDetail } from '../../../shared/contracts/orgUnits';

export const EDIT_FIELD_IDS = { name: 'unit-name', shortName: 'unit-shortName', validFrom: 'unit-validFrom', validTo: 'unit-validTo' };

type Props = { unit: OrgUnitDetail; form: FormErrors; onSaved: () => void; onCancel: () => void };

const DATE_HINT = 'Theo dạng ngày/tháng/năm, ví dụ 01/07/2025.';

/** Admin form to change a unit's name, short name and validity (dates typed as dd/mm/yyyy). */
export function OrgUnitEditForm({ unit, form, onSaved, onCancel }: Props) {
  const [values, setValues] = useState({
    name: unit.name,
    shortName: unit.shortName ?? '',
    validFrom: formatDate(unit.validFrom),
    validTo: formatDate(unit.validTo),
  });
  const [busy, setBusy] = useState(false);

  function set(name: keyof typeof values, value: string) {
    setValues((v) => ({ ...v, [name]: value }));
  }

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
    setBusy(true);
    try {
      await api(`/api/org-units/${unit.id}`, {
        method: 'PATCH',
        body: { name: values.name, shortName: values.shortName.trim() || null, validFrom, validTo },
      });
      form.clear();
      onSaved();
    } catch (err) {
      form.showApiError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby="edit-title">
      <h2 id="edit-title" className="heading-m">
        Sửa đơn vị
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      <TextField id={EDIT_FIELD_IDS.name} label="Tên đơn vị" value={values.name} onChange={(e) => set('name', e.target.value)} error={form.errorFor(EDIT_FIELD_IDS.name)} />
      <TextField
        id={EDIT_FIELD_IDS.shortName}
        label="Tên viết tắt (không bắt buộc)"
        value={values.shortName}
        onChange={(e) => set('shortName', e.target.value)}
        error={form.errorFor(EDIT_FIELD_IDS.shortName)}
      />
      <TextField
        id={EDIT_FIELD_IDS.validFrom}
        label="Hiệu lực từ"
        hint={DATE_HINT}
        inputMode="numeric"
        className="field--date"
        value={values.validFrom}
        onChange={(e) => set('validFrom', e.target.value)}
        error={form.errorFor(EDIT_FIELD_IDS.validFrom)}
      />
      <TextField
        id={EDIT_FIELD_IDS.validTo}
        label="Hiệu lực đến (không bắt buộc)"
        hint={`${DATE_HINT} Để trống nếu đơn vị còn hiệu lực.`}
        inputMode="numeric"
        className="field--date"
        value={values.validTo}
        onChange={(e) => set('validTo', e.target.value)}
        error={form.errorFor(EDIT_FIELD_IDS.validTo)}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Đang lưu…' : 'Lưu thay đổi'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}
