import { useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../app/format/dates';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { parseVnDate } from '../../../domain/time/localDate';
import type { Initiative } from '../../../shared/contracts/initiatives';

const IDS = { title: 'initiative-title', description: 'initiative-description', effect: 'initiative-effect', periodFrom: 'initiative-from', periodTo: 'initiative-to', campaignId: 'initiative-title', orgUnitId: 'initiative-title' };

/** Create or edit one initiative; dates are typed dd/mm/yyyy and sent as ISO days. */
export function InitiativeForm({ initial, orgUnitId, campaignId, onSaved, onCancel }: { initial: Initiative | null; orgUnitId: string; campaignId?: string; onSaved: () => void; onCancel: () => void }) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [effect, setEffect] = useState(initial?.effect ?? '');
  const [from, setFrom] = useState(formatDate(initial?.periodFrom));
  const [to, setTo] = useState(formatDate(initial?.periodTo));
  const errors = useFormErrors(IDS);

  async function save(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const periodFrom = from.trim() ? parseVnDate(from) : null;
    const periodTo = to.trim() ? parseVnDate(to) : null;
    const bad = [
      ...(from.trim() && !periodFrom ? [{ fieldId: IDS.periodFrom, message: 'Thời gian áp dụng từ: nhập ngày dạng dd/mm/yyyy' }] : []),
      ...(to.trim() && !periodTo ? [{ fieldId: IDS.periodTo, message: 'Thời gian áp dụng đến: nhập ngày dạng dd/mm/yyyy' }] : []),
    ];
    if (bad.length) return errors.showErrors(bad);
    const body = { title, description, effect, periodFrom, periodTo };
    try {
      if (initial) await api(`/api/initiatives/${initial.id}`, { method: 'PATCH', body });
      else await api('/api/initiatives', { method: 'POST', body: { ...body, orgUnitId, ...(campaignId ? { campaignId } : {}) } });
      onSaved();
    } catch (err) {
      errors.showApiError(err);
    }
  }

  return (
    <form onSubmit={save} noValidate className="panel" aria-label={initial ? 'Sửa sáng kiến, giải pháp' : 'Ghi nhận sáng kiến, giải pháp'}>
      <ErrorSummary errors={errors.errors} description={errors.description} />
      <TextField id={IDS.title} label="Tên sáng kiến, giải pháp" value={title} error={errors.errorFor(IDS.title)} onChange={(e) => setTitle(e.target.value)} />
      <TextField id={IDS.description} label="Mô tả" value={description} error={errors.errorFor(IDS.description)} onChange={(e) => setDescription(e.target.value)} />
      <TextField id={IDS.effect} label="Hiệu quả mang lại" value={effect} error={errors.errorFor(IDS.effect)} onChange={(e) => setEffect(e.target.value)} />
      <TextField id={IDS.periodFrom} label="Áp dụng từ ngày" hint="dd/mm/yyyy" value={from} error={errors.errorFor(IDS.periodFrom)} onChange={(e) => setFrom(e.target.value)} />
      <TextField id={IDS.periodTo} label="Đến ngày" hint="dd/mm/yyyy" value={to} error={errors.errorFor(IDS.periodTo)} onChange={(e) => setTo(e.target.value)} />
      <div className="actions">
        <button type="submit" className="button">
          Lưu
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}
