import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { apiUrl } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { TextField } from '../../components/TextField';
import { useApiData } from '../../app/hooks/useApiData';
import { useDebouncedValue } from '../../app/hooks/useDebouncedValue';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { EraSelect } from './EraSelect';
import { OrgUnitExport } from './OrgUnitExport';
import { OrgUnitImport } from './OrgUnitImport';
import { OrgUnitSearchResults } from './OrgUnitSearchResults';
import { OrgUnitTree } from './OrgUnitTree';
import type { Page } from '../../../shared/contracts/page';
import type { Era, OrgUnit, OrgUnitListItem } from '../../../shared/contracts/orgUnits';

/**
 * /don-vi: the org tree of an era (lazy, by parent), search without diacritics, export and import.
 * The era (`thoi-ky`) and the search (`q`) live in the address, so Back returns to the same view.
 */
export function OrgUnitsPage() {
  usePageTitle('Đơn vị');
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const eraParam = params.get('thoi-ky') ?? '';
  const [query, setQuery] = useState(params.get('q') ?? '');
  const debounced = useDebouncedValue(query.trim(), 300);
  const [treeVersion, setTreeVersion] = useState(0);

  useEffect(() => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (debounced) next.set('q', debounced);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debounced, setParams]);

  const eras = useApiData<Era[]>('/api/eras');
  // Without an era the server uses the era of the user's own unit; the roots tell us which one that is.
  const roots = useApiData<Page<OrgUnit>>(apiUrl('/org-units', { eraId: eraParam, parentId: 'root', pageSize: 500 }));
  const eraId = eraParam || roots.data?.items[0]?.eraId || '';
  const search = useApiData<Page<OrgUnitListItem>>(debounced ? apiUrl('/org-units', { eraId, q: debounced, pageSize: 100 }) : null);
  const era = eras.data?.find((e) => e.id === eraId);

  function chooseEra(id: string) {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('thoi-ky', id);
      return next;
    });
  }

  return (
    <>
      <h1>Đơn vị</h1>
      <div className="toolbar">
        {eras.data ? <EraSelect eras={eras.data} value={eraId} onChange={chooseEra} /> : null}
        <form role="search" className="toolbar__search" onSubmit={(e) => e.preventDefault()}>
          <TextField
            id="org-unit-search"
            label="Tìm đơn vị"
            hint="Gõ tên hoặc mã, có dấu hay không dấu đều được (ví dụ: giong rieng)."
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
          />
        </form>
      </div>
      {eraId && can('orgUnit.export') ? <OrgUnitExport eraId={eraId} /> : null}
      <ErrorBanner error={eras.error ?? roots.error ?? search.error} />

      {debounced ? (
        search.data ? (
          <OrgUnitSearchResults result={search.data} query={debounced} />
        ) : search.loading ? (
          <LoadingMessage text="Đang tìm…" />
        ) : null
      ) : (
        <section aria-labelledby="tree-title">
          <h2 id="tree-title" className="heading-m">
            Cây đơn vị{era ? ` — ${era.name}` : ''}
          </h2>
          {roots.loading && !roots.data ? <LoadingMessage text="Đang tải cây đơn vị…" /> : null}
          {roots.data ? <OrgUnitTree key={`${eraId}-${treeVersion}`} roots={roots.data.items} /> : null}
        </section>
      )}

      {eraId && can('orgUnit.write') ? (
        <OrgUnitImport eraId={eraId} eraName={era?.name ?? eraId} onImported={() => {
            roots.reload();
            setTreeVersion((v) => v + 1);
          }} />
      ) : null}
    </>
  );
}
