import { useCallback, useEffect, useState } from 'react';
import { api, apiUrl, toApiError, type ApiError } from '../api/client';
import type { EligibilityItem, EligibilityList } from './eligibilityTypes';

const PAGE = 500;

/**
 * Every result in the user's scope for the server-side filters (kind, verdict), read page by page. The group
 * and district filters of the board work on these in the browser: the API does not filter by them.
 */
export function useEligibilityList(campaignId: string, query: { kind?: string; verdict?: string }) {
  const [state, setState] = useState<{ head: EligibilityList | null; items: EligibilityItem[]; error: ApiError | null; loading: boolean }>({ head: null, items: [], error: null, loading: true });
  const [version, setVersion] = useState(0);
  const { kind, verdict } = query;

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    (async () => {
      const items: EligibilityItem[] = [];
      let head: EligibilityList | null = null;
      for (let page = 1; ; page += 1) {
        const answer = await api<EligibilityList>(apiUrl(`/campaigns/${campaignId}/eligibility`, { kind, verdict, page, pageSize: PAGE }), { signal: controller.signal });
        head ??= answer;
        items.push(...answer.items);
        if (page * PAGE >= answer.total) break;
      }
      setState({ head, items, error: null, loading: false });
    })().catch((err: unknown) => {
      if ((err as Error).name === 'AbortError') return;
      setState({ head: null, items: [], error: toApiError(err), loading: false });
    });
    return () => controller.abort();
  }, [campaignId, kind, verdict, version]);

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
