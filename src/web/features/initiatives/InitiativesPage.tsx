import { useState } from 'react';
import { DataTable } from '../../components/DataTable';
import { useSearchParams } from 'react-router';
import { api, apiUrl, toApiError } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Pagination } from '../../components/Pagination';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useDebouncedValue } from '../../app/hooks/useDebouncedValue';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { InitiativeForm } from './InitiativeForm';
import type { Page } from '../../../shared/contracts/page';
import type { Initiative } from '../../../shared/contracts/initiatives';

const PAGE_SIZE = 50;

/** /sang-kien: CCHC solutions and initiatives (II.1.b) in the user's scope; units record their own. */
export function InitiativesPage() {
  const { session, can } = useSession();
  const [params] = useSearchParams();
  const campaignId = params.get('dotThiDua') ?? undefined;
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Initiative | 'new' | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const debouncedQ = useDebouncedValue(q.trim(), 300);
  const list = useApiData<Page<Initiative>>(apiUrl('/initiatives', { campaignId, q: debouncedQ, page, pageSize: PAGE_SIZE }));
  usePageTitle('Sáng kiến, giải pháp CCHC');

  async function remove(item: Initiative) {
    if (!window.confirm(`Xóa sáng kiến "${item.title}"?`)) return;
    try {
      await api(`/api/initiatives/${item.id}`, { method: 'DELETE' });
      list.reload();
    } catch (err) {
      setActionError(toApiError(err).message);
    }
  }

  const saved = () => {
    setEditing(null);
    list.reload();
  };
  return (
    <>
      <h1>Sáng kiến, giải pháp CCHC</h1>
      <p className="field__hint">Thi đua đề xuất giải pháp, sáng kiến trong thực hiện nhiệm vụ CCHC (Điểm b, Khoản 1, Mục II).</p>
      {actionError ? (
        <div className="banner banner--error" role="alert">
          {actionError}
        </div>
      ) : null}
      {can('initiative.edit') && editing === null ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
            Ghi nhận sáng kiến mới
          </button>
        </p>
      ) : null}
      {editing ? <InitiativeForm key={editing === 'new' ? 'new' : editing.id} initial={editing === 'new' ? null : editing} orgUnitId={session?.user.unitId ?? ''} campaignId={campaignId} onSaved={saved} onCancel={() => setEditing(null)} /> : null}
      <form role="search" className="filters" aria-label="Tìm sáng kiến" onSubmit={(e) => e.preventDefault()}>
        <TextField id="initiative-search" label="Tìm theo tên sáng kiến hoặc đơn vị" type="search" value={q} onChange={(e) => (setQ(e.target.value), setPage(1))} />
      </form>
      <ErrorBanner error={list.error} />
      {list.loading && !list.data ? <LoadingMessage text="Đang tải sáng kiến…" /> : null}
      {list.data ? (
        <>
          <DataTable caption={`${list.data.total} sáng kiến, giải pháp`} testId="initiative-list" columns={['Sáng kiến, giải pháp', 'Đơn vị', 'Hiệu quả', 'Thời gian áp dụng', 'Thao tác']}>
            {list.data.items.map((i) => (
              <tr key={i.id}>
                <td>
                  <strong>{i.title}</strong>
                  <br />
                  {i.description}
                </td>
                <td>{i.unitName}</td>
                <td>{i.effect}</td>
                <td>{i.periodFrom || i.periodTo ? `${formatDate(i.periodFrom) || '…'} – ${formatDate(i.periodTo) || '…'}` : '—'}</td>
                <td>
                  {i.canEdit ? (
                    <span className="actions">
                      <button type="button" className="button button--secondary" onClick={() => setEditing(i)}>
                        Sửa
                      </button>
                      <button type="button" className="button button--secondary" onClick={() => void remove(i)}>
                        Xóa
                      </button>
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} label="sáng kiến" />
        </>
      ) : null}
    </>
  );
}
