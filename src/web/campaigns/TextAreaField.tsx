import type { TextareaHTMLAttributes } from 'react';
import { ErrorMessage } from '../components/ErrorMessage';
import { describedBy } from '../components/fieldIds';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
};

/** A labelled multi-line input with hint and inline error, for the plan's passages (same pattern as TextField). */
export function TextAreaField({ id, label, hint, error, rows = 3, ...textarea }: Props) {
  const ids = describedBy(id, hint, error);
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="field__hint" id={ids.hintId}>
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={ids.errorId!} message={error} /> : null}
      <textarea
        {...textarea}
        id={id}
        rows={rows}
        className={`input${error ? ' input--error' : ''}`}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
