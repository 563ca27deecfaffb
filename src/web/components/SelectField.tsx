import type { SelectHTMLAttributes } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { describedBy } from './fieldIds';

export type SelectOption = { value: string; label: string };

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  id: string;
  label: string;
  options: SelectOption[];
  hint?: string;
  error?: string;
  className?: string;
};

/** A labelled select with optional hint and inline error. */
export function SelectField({ id, label, options, hint, error, className, ...select }: Props) {
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
      <select
        {...select}
        id={id}
        className={`select${error ? ' input--error' : ''}`}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
