import { useState } from 'react';
import { Link } from 'react-router';
import { api, toApiError, type ApiError } from '../../app/api/client';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Pagination } from '../../components/Pagination';
import type { Notification, NotificationList } from '../../../shared/contracts/notifications';
import { NOTICES_CHANGED } from './NotificationBell';
import './notifications.css';

const EMAIL_NOTE: Record<Notification['emailStatus'], string | null> = {
  none: null,
  queued: 'Đang gửi thư điện tử',
  sent: 'Đã gửi thư điện tử',
  failed: 'Gửi thư điện tử không thành công',
};

/** /thong-bao — the notices of the user's unit, newest first: what happened, what to do (link), mark read. */
export function NotificationsPage() {
  const [page, setPage] = useState(1);
  const list = useApiData<NotificationList>(`/api/notifications?page=${page}&pageSize=20`);
  const [error, setError] = useState<ApiError | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  usePageTitle('Thông báo');

  async function markRead(notice: Notification) {
    setBusyId(notice.id);
    try {
      await api(`/api/notifications/${notice.id}/read`, { method: 'POST' });
      setError(null);
      list.reload();
      window.dispatchEvent(new Event(NOTICES_CHANGED));
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusyId(null);
    }
  }

  const data = list.data;
  return (
    <>
      <h1>Thông báo</h1>
      <p className="lead">Thông báo gửi đến đơn vị của bạn: được chọn là tập thể tiêu biểu, nhắc hạn nộp hồ sơ khen thưởng.</p>
      <ErrorBanner error={list.error ?? error} />
      {list.loading && !data ? <LoadingMessage /> : null}
      {data ? (
        <p role="status">{data.unread > 0 ? `${data.unread} thông báo chưa đọc.` : 'Không có thông báo chưa đọc.'}</p>
      ) : null}
      {data && data.items.length === 0 ? <p>Đơn vị chưa có thông báo nào.</p> : null}
      <ul className="notice-list">
        {data?.items.map((notice) => (
          <li key={notice.id} className={`notice${notice.readAt ? '' : ' notice--unread'}`} data-testid="notice">
            <h2 className="heading-s notice__title">
              {notice.readAt ? null : <span className="notice__badge">Chưa đọc</span>}
              {notice.title}
            </h2>
            <p className="notice__meta">
              {formatDateTime(notice.createdAt)}
              {EMAIL_NOTE[notice.emailStatus] ? ` · ${EMAIL_NOTE[notice.emailStatus]}` : ''}
              {notice.readAt ? ` · Đã đọc lúc ${formatDateTime(notice.readAt)}` : ''}
            </p>
            <p>{notice.body}</p>
            <p className="notice__actions">
              {notice.link ? <Link to={notice.link}>Xem và thực hiện</Link> : null}
              {notice.readAt ? null : (
                <button type="button" className="button button--secondary" onClick={() => void markRead(notice)} disabled={busyId === notice.id}>
                  Đánh dấu đã đọc
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
      {data ? <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} label="thông báo" /> : null}
    </>
  );
}
