import type { InputHTMLAttributes } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { describedBy } from './fieldIds';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Extra class for the wrapper, e.g. "field--inline". */
  className?: string;
};

/** A labelled text input with optional hint and inline error (govuk form-group pattern). */
export function TextField({ id, label, hint, error, className, type = 'text', ...input }: Props) {
  const ids = describedBy(id, hint, error);
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="field__hint" id={ids.hintId}>
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={ids.errorId!} message={error} /> : null}
      <input
        {...input}
        id={id}
        type={type}
        className={`input${error ? ' input--error' : ''}`}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
