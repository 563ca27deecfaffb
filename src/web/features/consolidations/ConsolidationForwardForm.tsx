import { useState, type FormEvent } from 'react';
import type { FormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { confirmAction } from '../../components/confirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { SuccessBanner } from '../../components/SuccessBanner';

type Props = {
  title: string;
  noteId: string;
  noteLabel: string;
  submitLabel: string;
  /** What the confirmation asks before anything is sent. */
  confirmText: string;
  /** The page's form errors (its title says when there are some), keyed `note` → `noteId`. */
  errors: FormErrors;
  /** Sends the note; resolves to the success message shown above the field. */
  send: (note: string) => Promise<string>;
  onSent: () => void;
};

/** The district's forward to Sở Nội vụ and Sở Nội vụ's record for UBND tỉnh (IV.1): a confirmed note, then a message. */
export function ConsolidationForwardForm({ title, noteId, noteLabel, submitLabel, confirmText, errors, send, onSent }: Props) {
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, run } = useSubmit(errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!confirmAction(confirmText)) return;
    setDone(null);
    await run(
      () => send(note),
      (message) => {
        setDone(message);
        onSent();
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="panel">
      <h2>{title}</h2>
      <ErrorSummary errors={errors.errors} description={errors.description} />
      {done ? <SuccessBanner>{done}</SuccessBanner> : null}
      <TextField id={noteId} label={noteLabel} value={note} error={errors.errorFor(noteId)} onChange={(e) => setNote(e.target.value)} />
      <FormActions label={submitLabel} busy={busy} />
    </form>
  );
}
