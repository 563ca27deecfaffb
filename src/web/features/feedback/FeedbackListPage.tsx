import { useState } from 'react';
import { Link } from 'react-router';
import { apiUrl } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Pagination } from '../../components/Pagination';
import { SelectField } from '../../components/SelectField';
import { FEEDBACK_STATUS_LABELS, type FeedbackStatus } from '../../../domain/feedback/feedbackThread';
import type { Page } from '../../../shared/contracts/page';
import type { FeedbackThreadSummary } from '../../../shared/contracts/feedback';

const PAGE_SIZE = 50;
const STATUS_OPTIONS = [{ value: '', label: 'Tất cả' }, ...(Object.entries(FEEDBACK_STATUS_LABELS) as [FeedbackStatus, string][]).map(([value, label]) => ({ value, label }))];

/**
 * /phan-anh: the feedback threads in the reader's scope (phản ánh, vướng mắc): Sở Nội vụ sees every unit's, the longest
 * waiting first with how long each has waited; a unit its own, a district its communes'. Filter by status.
 */
export function FeedbackListPage() {
  const { can } = useSession();
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const list = useApiData<Page<FeedbackThreadSummary>>(apiUrl('/feedback', { status: status || undefined, page, pageSize: PAGE_SIZE }));
  usePageTitle('Phản ánh, vướng mắc');

  return (
    <>
      <h1>Phản ánh, vướng mắc</h1>
      <p className="lead">
        Đơn vị gửi phản ánh, vướng mắc lên UBND tỉnh qua Sở Nội vụ; Sở Nội vụ trả lời trong từng phản ánh. Phản ánh chờ lâu nhất ở trên cùng.
      </p>
      {can('feedback.raise') ? (
        <p>
          <Link className="button" to="/phan-anh/moi">
            Gửi phản ánh mới
          </Link>
        </p>
      ) : null}
      <SelectField
        id="feedback-status"
        label="Trạng thái"
        options={STATUS_OPTIONS}
        value={status}
        onChange={(e) => {
          setStatus(e.target.value);
          setPage(1);
        }}
      />
      <ErrorBanner error={list.error} />
      {list.loading && !list.data ? <LoadingMessage text="Đang tải phản ánh…" /> : null}
      {list.data ? (
        list.data.items.length === 0 ? (
          <p>Không có phản ánh nào.</p>
        ) : (
          <>
            <DataTable caption={`Phản ánh (${list.data.total})`} testId="feedback-table" columns={['Tiêu đề', 'Đơn vị', 'Trạng thái', 'Đã chờ', 'Hoạt động gần nhất']}>
              {list.data.items.map((thread) => (
                <tr key={thread.id}>
                  <td>
                    <Link to={`/phan-anh/${thread.id}`}>{thread.subject}</Link>
                    {thread.campaignName ? <div className="meta">{thread.campaignName}</div> : null}
                  </td>
                  <td>{thread.unitName}</td>
                  <td>{FEEDBACK_STATUS_LABELS[thread.status]}</td>
                  <td>{thread.waiting ?? '—'}</td>
                  <td>{formatDateTime(thread.lastActivityAt)}</td>
                </tr>
              ))}
            </DataTable>
            <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} label="phản ánh" />
          </>
        )
      ) : null}
    </>
  );
}
