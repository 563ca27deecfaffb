import type { SelectHTMLAttributes } from 'react';
import { FieldGroup } from './FieldGroup';

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
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...select} {...control} className={`select${error ? ' input--error' : ''}`}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldGroup>
  );
}
