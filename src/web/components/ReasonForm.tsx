import { useState, type FormEvent, type ReactNode } from 'react';
import { useFormErrors } from '../app/hooks/useFormErrors';
import { useSubmit } from '../app/hooks/useSubmit';
import { confirmAction } from './confirmAction';
import { ErrorSummary } from './ErrorSummary';
import { FormActions } from './FormActions';
import { TextAreaField } from './TextAreaField';

type Props<T> = {
  id: string;
  /** The form's heading: an h2 on a page of its own, an h3 inside a list's row. */
  title: ReactNode;
  level?: 2 | 3;
  /** The reason's label; the empty-field message names it. */
  label: string;
  maxLength: number;
  submitLabel: string;
  /** Asked before the request: the action and who it touches. */
  confirmMessage: string;
  send: (reason: string) => Promise<T>;
  onDone: (answer: T) => void;
  onCancel?: () => void;
};

/** An action that needs a stated reason (withdraw, return): the reason is required, the user confirms, then it is sent. */
export function ReasonForm<T>({ id, title, level = 2, label, maxLength, submitLabel, confirmMessage, send, onDone, onCancel }: Props<T>) {
  const [reason, setReason] = useState('');
  const form = useFormErrors({ reason: id });
  const { busy, run } = useSubmit(form);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      form.showErrors([{ fieldId: id, message: `${label}: không được để trống` }]);
      return;
    }
    if (!confirmAction(confirmMessage)) return;
    await run(() => send(reason.trim()), onDone);
  }

  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className={level === 2 ? 'heading-m' : 'heading-s'}>
        {title}
      </Heading>
      <ErrorSummary errors={form.errors} description={form.description} />
      <TextAreaField id={id} label={label} value={reason} error={form.errorFor(id)} onChange={(event) => setReason(event.target.value)} maxLength={maxLength} />
      <FormActions label={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
