import type { InputHTMLAttributes } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { describedBy } from './fieldIds';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
};

/** A single checkbox with its label to the right, optional hint and inline error. */
export function CheckboxField({ id, label, hint, error, ...input }: Props) {
  const ids = describedBy(id, hint, error);
  return (
    <div className={`field field--checkbox${error ? ' field--error' : ''}`}>
      {error ? <ErrorMessage id={ids.errorId!} message={error} /> : null}
      <div className="checkbox">
        <input
          {...input}
          id={id}
          type="checkbox"
          className="checkbox__input"
          aria-describedby={ids.describedBy}
          aria-invalid={error ? true : undefined}
        />
        <label className="checkbox__label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint ? (
        <div className="field__hint checkbox__hint" id={ids.hintId}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
