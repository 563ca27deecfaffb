import { useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { confirmAction } from '../../components/confirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextAreaField } from '../../components/TextAreaField';
import type { Dossier } from '../../../shared/contracts/dossiers';

const IDS = { reason: 'return-reason' };

/** Sở Nội vụ returns a submitted dossier for supplement, saying what is missing; the unit can then edit it again. */
export function ReturnDossierForm({ dossier, onDone }: { dossier: Dossier; onDone: (d: Dossier) => void }) {
  const [reason, setReason] = useState('');
  const form = useFormErrors(IDS);
  const { busy, run } = useSubmit(form);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      form.showErrors([{ fieldId: IDS.reason, message: 'Nội dung cần bổ sung: không được để trống' }]);
      return;
    }
    if (!confirmAction(`Trả lại hồ sơ của ${dossier.nomineeName} cho ${dossier.proposingUnit.name} để bổ sung.`)) return;
    await run(() => api<Dossier>(`/api/nominations/${dossier.nominationId}/dossier/return`, { method: 'POST', body: { reason: reason.trim() } }), onDone);
  }

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby="return-title">
      <h2 id="return-title" className="heading-m">
        Trả lại hồ sơ, yêu cầu bổ sung
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      <TextAreaField id={IDS.reason} label="Nội dung cần bổ sung" value={reason} error={form.errorFor(IDS.reason)} onChange={(event) => setReason(event.target.value)} maxLength={2000} />
      <FormActions label="Trả lại hồ sơ" busy={busy} />
    </form>
  );
}
