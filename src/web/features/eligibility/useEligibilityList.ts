import { useCallback, useEffect, useState } from 'react';
import { api, apiUrl, toApiError, type ApiError } from '../../app/api/client';
import type { EligibilityList } from '../../../shared/contracts/eligibility';

export type EligibilityQuery = { group?: string; districtId?: string; verdict?: string; page: number; pageSize: number };

/**
 * One page of results in the user's scope. Every filter (group, district, verdict) and the paging are applied by
 * the server, so the board fetches only what it shows however many nominees the province has.
 */
export function useEligibilityList(campaignId: string, query: EligibilityQuery) {
  const [state, setState] = useState<{ data: EligibilityList | null; error: ApiError | null; loading: boolean }>({ data: null, error: null, loading: true });
  const [version, setVersion] = useState(0);
  const { group, districtId, verdict, page, pageSize } = query;

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    api<EligibilityList>(apiUrl(`/campaigns/${campaignId}/eligibility`, { group, districtId, verdict, page, pageSize }), { signal: controller.signal })
      .then((data) => setState({ data, error: null, loading: false }))
      .catch((err: unknown) => {
        if ((err as Error).name === 'AbortError') return;
        setState({ data: null, error: toApiError(err), loading: false });
      });
    return () => controller.abort();
  }, [campaignId, group, districtId, verdict, page, pageSize, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);

  // Results are computed on every request: coming back to the tab after editing an input elsewhere recomputes.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  return { ...state, reload };
}
