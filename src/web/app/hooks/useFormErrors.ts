import { useCallback, useMemo, useRef, useState } from 'react';
import { toApiError } from '../api/client';

/** One error of a form: the message as shown, and the id of the field it belongs to (if any). */
export type FormError = { fieldId?: string; message: string };

export type FormErrors = {
  errors: FormError[];
  /** A server message that no field error repeats (shown as the summary's description). */
  description: string | null;
  /** The inline message for a field id, if any. */
  errorFor: (fieldId: string) => string | undefined;
  /** Shows an API error: each `fields[].path` is mapped to a field id through `fieldIds`. */
  showApiError: (err: unknown) => void;
  /** Shows errors found in the browser before sending (e.g. a date not in dd/mm/yyyy). */
  showErrors: (errors: FormError[]) => void;
  clear: () => void;
};

/**
 * Error state of one form, following the govuk error-summary pattern.
 * @param fieldIds API field path (e.g. "username") → the id of the input that edits it
 */
export function useFormErrors(fieldIds: Record<string, string>): FormErrors {
  const [state, setState] = useState<{ errors: FormError[]; description: string | null }>({ errors: [], description: null });
  // The map is a constant literal in each form; a ref keeps the callbacks stable.
  const ids = useRef(fieldIds);
  ids.current = fieldIds;

  const showApiError = useCallback(
    (err: unknown) => {
      const apiError = toApiError(err);
      const errors: FormError[] = apiError.fields.map((f) => {
        const last = f.path.split('.').pop() ?? '';
        return { fieldId: ids.current[f.path] ?? ids.current[last], message: f.message };
      });
      if (errors.length === 0) {
        setState({ errors: [{ message: apiError.message }], description: null });
        return;
      }
      // A validation message just lists the field messages; show it only when it says something more.
      const repeated = errors.some((e) => e.message.includes(apiError.message)) || errors.every((e) => apiError.message.includes(e.message));
      setState({ errors, description: repeated ? null : apiError.message });
    },
    [],
  );

  const showErrors = useCallback((errors: FormError[]) => setState({ errors, description: null }), []);
  const clear = useCallback(() => setState({ errors: [], description: null }), []);

  return useMemo(
    () => ({
      ...state,
      errorFor: (fieldId: string) => {
        const messages = state.errors.filter((e) => e.fieldId === fieldId).map((e) => e.message);
        return messages.length ? messages.join(' ') : undefined;
      },
      showApiError,
      showErrors,
      clear,
    }),
    [state, showApiError, showErrors, clear],
  );
}
