import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { formatDateTime } from '../../app/format/dates';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { FormActions } from '../../components/FormActions';
import type { Attestation } from '../../../shared/contracts/campaignInputs';

const IDS = { compliance: 'att-compliance', solidarity: 'att-solidarity' };
const OPTIONS = [
  { value: '', label: 'Chưa xác nhận' },
  { value: 'true', label: 'Có' },
  { value: 'false', label: 'Không' },
];
const toValue = (v: boolean | null | undefined) => (v === true ? 'true' : v === false ? 'false' : '');
const fromValue = (v: string) => (v === 'true' ? true : v === 'false' ? false : null);

type Props = {
  campaignId: string;
  unit: { id: string; name: string };
  current: Attestation | null;
  onSaved: (saved: Attestation) => void;
};

/**
 * The unit head's attestation of the two preconditions of Điểm a, Khoản 1, Mục III: gương mẫu chấp hành tốt chủ
 * trương của Đảng, chính sách, pháp luật của Nhà nước; nội bộ đoàn kết. "Chưa xác nhận" stays unknown, never a pass.
 */
export function AttestationForm({ campaignId, unit, current, onSaved }: Props) {
  const form = useFormErrors(IDS);
  const [values, setValues] = useState({ compliance: toValue(current?.compliance), solidarity: toValue(current?.solidarity) });
  const { busy, run } = useSubmit(form);
  const [done, setDone] = useState(false);
  useEffect(() => setValues({ compliance: toValue(current?.compliance), solidarity: toValue(current?.solidarity) }), [current]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const body = { compliance: fromValue(values.compliance), solidarity: fromValue(values.solidarity) };
    await run(
      () => api<Attestation>(`/api/campaigns/${campaignId}/attestations/${unit.id}`, { method: 'PUT', body }),
      (saved) => {
        setDone(true);
        onSaved(saved);
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-label={`Xác nhận của thủ trưởng — ${unit.name}`}>
      <ErrorSummary errors={form.errors} description={form.description} />
      <SelectField id={IDS.compliance} label="Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước" options={OPTIONS} value={values.compliance} error={form.errorFor(IDS.compliance)} onChange={(e) => setValues((v) => ({ ...v, compliance: e.target.value }))} />
      <SelectField id={IDS.solidarity} label="Nội bộ đoàn kết" options={OPTIONS} value={values.solidarity} error={form.errorFor(IDS.solidarity)} onChange={(e) => setValues((v) => ({ ...v, solidarity: e.target.value }))} />
      {current ? <p className="meta">Lần xác nhận gần nhất: {formatDateTime(current.attestedAt)}.</p> : null}
      <FormActions label="Lưu xác nhận" busy={busy} />
      {done ? (
        <p className="banner banner--success" role="status">
          Đã lưu xác nhận của {unit.name}.
        </p>
      ) : null}
    </form>
  );
}
