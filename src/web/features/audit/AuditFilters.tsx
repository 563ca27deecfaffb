import type { FormEvent } from 'react';
import { parseVnDate } from '../../../domain/time/localDate';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { FormActions } from '../../components/FormActions';
import { useFormValues } from '../../app/hooks/useFormValues';
import { formatDate } from '../../app/format/dates';
import type { FormError, FormErrors } from '../../app/hooks/useFormErrors';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '../../../shared/auditLabels';
import { sortVietnamese } from '../../app/format/viCollator';

/** Filters as the API takes them (dates as YYYY-MM-DD). */
export type AuditFilter = { action: string; actor: string; entityType: string; from: string; to: string };

export const AUDIT_FIELD_IDS = { action: 'audit-action', actor: 'audit-actor', entityType: 'audit-entityType', from: 'audit-from', to: 'audit-to' };

// Every action the log can hold, in Vietnamese alphabetical order of its name.
const ACTION_OPTIONS = sortVietnamese(Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label })), (o) => o.label);
const ENTITY_OPTIONS = sortVietnamese(Object.entries(AUDIT_ENTITY_LABELS).map(([value, label]) => ({ value, label })), (o) => o.label);

const DATE_HINT = 'dd/mm/yyyy, ví dụ 31/03/2020';
const NO_FILTER: AuditFilter = { action: '', actor: '', entityType: '', from: '', to: '' };

type Props = { initial: AuditFilter; form: FormErrors; onApply: (filter: AuditFilter) => void };

/** The audit log filters; dates are typed as dd/mm/yyyy and checked before asking the server. */
export function AuditFilters({ initial, form, onApply }: Props) {
  const { values, setValues, field } = useFormValues({ ...initial, from: formatDate(initial.from), to: formatDate(initial.to) }, AUDIT_FIELD_IDS, form);

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FormError[] = [];
    const from = values.from.trim() ? parseVnDate(values.from) : '';
    const to = values.to.trim() ? parseVnDate(values.to) : '';
    if (from === null) errors.push({ fieldId: AUDIT_FIELD_IDS.from, message: 'Từ ngày: nhập ngày có thật theo dạng dd/mm/yyyy' });
    if (to === null) errors.push({ fieldId: AUDIT_FIELD_IDS.to, message: 'Đến ngày: nhập ngày có thật theo dạng dd/mm/yyyy' });
    if (from && to && from > to) errors.push({ fieldId: AUDIT_FIELD_IDS.to, message: 'Đến ngày: phải từ “Từ ngày” trở về sau' });
    if (errors.length) {
      form.showErrors(errors);
      return;
    }
    form.clear();
    onApply({ action: values.action.trim(), actor: values.actor.trim(), entityType: values.entityType, from: from ?? '', to: to ?? '' });
  }

  const actionOptions = [{ value: '', label: 'Tất cả hành động' }, ...ACTION_OPTIONS];
  const entityOptions = [{ value: '', label: 'Tất cả' }, ...ENTITY_OPTIONS];
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="audit-filter-title">
      <h2 id="audit-filter-title" className="heading-s">
        Lọc nhật ký
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      <div className="filters">
        <SelectField {...field('action')} label="Hành động" options={actionOptions} />
        <TextField {...field('actor')} label="Người thực hiện" hint="Tên đăng nhập hoặc một phần." />
        <SelectField {...field('entityType')} label="Loại đối tượng" options={entityOptions} />
        <TextField {...field('from')} label="Từ ngày" hint={DATE_HINT} inputMode="numeric" className="field--date" />
        <TextField {...field('to')} label="Đến ngày" hint={DATE_HINT} inputMode="numeric" className="field--date" />
      </div>
      <FormActions
        label="Lọc"
        cancelLabel="Xóa bộ lọc"
        onCancel={() => {
          setValues(NO_FILTER);
          form.clear();
          onApply(NO_FILTER);
        }}
      />
    </form>
  );
}
