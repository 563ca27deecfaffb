import type { InputHTMLAttributes } from 'react';
import { FieldGroup } from './FieldGroup';

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
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...input} {...control} type={type} className={`input${error ? ' input--error' : ''}`} />}
    </FieldGroup>
  );
}
