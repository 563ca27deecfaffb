import { useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { confirmAction } from '../../components/confirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextAreaField } from '../../components/TextAreaField';
import type { Nomination } from '../../../shared/contracts/nominations';

const IDS = { reason: 'withdraw-reason' };

/** Withdrawal of one nomination, with its reason (kept on the record and in the audit log); asks before it acts. */
export function WithdrawNominationForm({ nomination, onDone, onCancel }: { nomination: Nomination; onDone: () => void; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const form = useFormErrors(IDS);
  const { busy, run } = useSubmit(form);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      form.showErrors([{ fieldId: IDS.reason, message: 'Lý do rút đề nghị: không được để trống' }]);
      return;
    }
    if (!confirmAction(`Rút đề nghị khen thưởng ${nomination.nomineeName}. Chỉ tiêu của ${nomination.proposingUnit.name} được trả lại.`)) return;
    await run(() => api(`/api/nominations/${nomination.id}/withdraw`, { method: 'POST', body: { reason: reason.trim() } }), onDone);
  }

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby="withdraw-title">
      <h3 id="withdraw-title" className="heading-s">
        Rút đề nghị: {nomination.nomineeName}
      </h3>
      <ErrorSummary errors={form.errors} description={form.description} />
      <TextAreaField id={IDS.reason} label="Lý do rút đề nghị" value={reason} error={form.errorFor(IDS.reason)} onChange={(event) => setReason(event.target.value)} maxLength={1000} />
      <FormActions label="Rút đề nghị" busy={busy} onCancel={onCancel} />
    </form>
  );
}
