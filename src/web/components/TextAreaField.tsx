import type { TextareaHTMLAttributes } from 'react';
import { FieldGroup } from './FieldGroup';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
};

/** A labelled multi-line input with hint and inline error, for longer passages such as the plan's contents. */
export function TextAreaField({ id, label, hint, error, rows = 3, ...textarea }: Props) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      {(control) => <textarea {...textarea} {...control} rows={rows} className={`input${error ? ' input--error' : ''}`} />}
    </FieldGroup>
  );
}
