import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { FieldGroup } from './FieldGroup';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Extra class for the wrapper, e.g. "field--inline". */
  className?: string;
};

/**
 * A labelled text input with optional hint and inline error (govuk form-group pattern). A read-only text value is
 * shown in a read-only textarea that grows with its text: an input would cut a long position or content at its
 * right edge, and a read-only value has to be read whole.
 */
export function TextField({ id, label, hint, error, className, type = 'text', ...input }: Props) {
  const wraps = input.readOnly && type === 'text';
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error} className={className}>
      {(control) =>
        wraps ? (
          <textarea
            {...(input as TextareaHTMLAttributes<HTMLTextAreaElement>)}
            {...control}
            rows={1}
            className={`input input--readonly${error ? ' input--error' : ''}`}
          />
        ) : (
          <input {...input} {...control} type={type} className={`input${error ? ' input--error' : ''}`} />
        )
      }
    </FieldGroup>
  );
}
