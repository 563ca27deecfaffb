import { useCallback, useState } from 'react';
import type { FormErrors } from './useFormErrors';

export type Submit = {
  /** True while the request runs: the submit button is disabled and may say so. */
  busy: boolean;
  /**
   * Sends `request`; when it answers, clears the form's errors and runs `onDone` with the answer. A failure of
   * either is shown in the form's error summary. Resolves to whether it all succeeded.
   */
  run: <T>(request: () => Promise<T>, onDone?: (answer: T) => void | Promise<void>) => Promise<boolean>;
};

/** The busy flag and the try/catch every form's submit shares, so a form writes only its request and its success. */
export function useSubmit(form: Pick<FormErrors, 'clear' | 'showApiError'>): Submit {
  const [busy, setBusy] = useState(false);
  const { clear, showApiError } = form;
  const run = useCallback(
    async <T,>(request: () => Promise<T>, onDone?: (answer: T) => void | Promise<void>) => {
      setBusy(true);
      try {
        const answer = await request();
        clear();
        await onDone?.(answer);
        return true;
      } catch (err) {
        showApiError(err);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [clear, showApiError],
  );
  return { busy, run };
}
