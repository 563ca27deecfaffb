import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { describedBy } from './fieldIds';

export type FieldControlProps = { id: string; 'aria-describedby': string | undefined; 'aria-invalid': true | undefined };

type Props = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Extra class for the wrapper, e.g. "field--inline". */
  className?: string;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * The govuk form-group pattern shared by every field: label, hint, inline error (with hidden "Lỗi:"), and the
 * control's aria-describedby (hint then error) and aria-invalid.
 */
export function FieldGroup({ id, label, hint, error, className, children }: Props) {
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
      {children({ id, 'aria-describedby': ids.describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}
