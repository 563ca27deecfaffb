import type { FormEvent } from 'react';
import { api } from '../../app/api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../app/format/dates';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useFormValues } from '../../app/hooks/useFormValues';
import { useSubmit } from '../../app/hooks/useSubmit';
import { FormActions } from '../../components/FormActions';
import { parseVnDate } from '../../../domain/time/localDate';
import type { Initiative } from '../../../shared/contracts/initiatives';

const IDS = { title: 'initiative-title', description: 'initiative-description', effect: 'initiative-effect', periodFrom: 'initiative-from', periodTo: 'initiative-to', campaignId: 'initiative-title', orgUnitId: 'initiative-title' };

/** Create or edit one initiative; dates are typed dd/mm/yyyy and sent as ISO days. */
export function InitiativeForm({ initial, orgUnitId, campaignId, onSaved, onCancel }: { initial: Initiative | null; orgUnitId: string; campaignId?: string; onSaved: () => void; onCancel: () => void }) {
  const errors = useFormErrors(IDS);
  const initialValues = { title: initial?.title ?? '', description: initial?.description ?? '', effect: initial?.effect ?? '', periodFrom: formatDate(initial?.periodFrom), periodTo: formatDate(initial?.periodTo) };
  const { values, field } = useFormValues(initialValues, IDS, errors);
  const { busy, run } = useSubmit(errors);

  async function save(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const { title, description, effect } = values;
    const periodFrom = values.periodFrom.trim() ? parseVnDate(values.periodFrom) : null;
    const periodTo = values.periodTo.trim() ? parseVnDate(values.periodTo) : null;
    const bad = [
      ...(values.periodFrom.trim() && !periodFrom ? [{ fieldId: IDS.periodFrom, message: 'Thời gian áp dụng từ: nhập ngày dạng dd/mm/yyyy' }] : []),
      ...(values.periodTo.trim() && !periodTo ? [{ fieldId: IDS.periodTo, message: 'Thời gian áp dụng đến: nhập ngày dạng dd/mm/yyyy' }] : []),
    ];
    if (bad.length) return errors.showErrors(bad);
    const body = { title, description, effect, periodFrom, periodTo };
    await run(
      () =>
        initial
          ? api(`/api/initiatives/${initial.id}`, { method: 'PATCH', body })
          : api('/api/initiatives', { method: 'POST', body: { ...body, orgUnitId, ...(campaignId ? { campaignId } : {}) } }),
      onSaved,
    );
  }

  return (
    <form onSubmit={save} noValidate className="panel" aria-label={initial ? 'Sửa sáng kiến, giải pháp' : 'Ghi nhận sáng kiến, giải pháp'}>
      <ErrorSummary errors={errors.errors} description={errors.description} />
      <TextField {...field('title')} label="Tên sáng kiến, giải pháp" />
      <TextField {...field('description')} label="Mô tả" />
      <TextField {...field('effect')} label="Hiệu quả mang lại" />
      <TextField {...field('periodFrom')} label="Áp dụng từ ngày" hint="dd/mm/yyyy" />
      <TextField {...field('periodTo')} label="Đến ngày" hint="dd/mm/yyyy" />
      <FormActions label="Lưu" busy={busy} onCancel={onCancel} />
    </form>
  );
}
