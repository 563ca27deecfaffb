import { useEffect, useId, useRef, type MouseEvent } from 'react';
import type { FormError } from '../app/hooks/useFormErrors';

type Props = {
  errors: FormError[];
  /** Optional text under the heading (a server message that no item repeats). */
  description?: string | null;
};

/**
 * The govuk error summary: heading "Có lỗi cần sửa", one link per error to its field.
 * It takes focus whenever a new set of errors appears, so keyboard and screen reader users land on it;
 * `role="alert"` sits on an inner container to avoid a race between focus and announcement.
 */
export function ErrorSummary({ errors, description }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const input = document.getElementById(fieldId);
    if (!input) return;
    event.preventDefault();
    // Scroll the label into view too: the question is the context the user needs.
    const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`) ?? input;
    label.scrollIntoView({ block: 'start' });
    input.focus({ preventScroll: true });
  }

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby={titleId} data-testid="error-summary">
      <div role="alert">
        <h2 className="error-summary__title" id={titleId}>
          Có lỗi cần sửa
        </h2>
        {description ? <p className="error-summary__description">{description}</p> : null}
        <ul className="error-summary__list">
          {errors.map((error, i) => (
            <li key={`${error.fieldId ?? ''}-${i}`}>
              {error.fieldId ? (
                <a href={`#${error.fieldId}`} onClick={(e) => focusField(e, error.fieldId!)}>
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
