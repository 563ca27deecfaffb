import { useCallback, useEffect, useState } from 'react';
import { api, toApiError, type ApiError } from '../api/client';

export type ApiData<T> = { data: T | null; error: ApiError | null; loading: boolean; reload: () => void };

/**
 * Loads `url` with GET whenever it changes (null: load nothing). Answers of older requests are dropped,
 * so fast typing in a search box never shows stale results.
 */
export function useApiData<T>(url: string | null): ApiData<T> {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({ data: null, error: null, loading: url !== null });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (url === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    api<T>(url, { signal: controller.signal })
      .then((data) => setState({ data, error: null, loading: false }))
      .catch((err: unknown) => {
        if ((err as Error).name === 'AbortError') return;
        setState({ data: null, error: toApiError(err), loading: false });
      });
    return () => controller.abort();
  }, [url, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
