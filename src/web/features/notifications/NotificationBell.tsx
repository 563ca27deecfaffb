import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { api } from '../../app/api/client';
import type { NotificationCount } from '../../../shared/contracts/notifications';

/** Re-read after each page change and whenever a notice is marked read (NotificationsPage dispatches it). */
export const NOTICES_CHANGED = 'thidua:notices-changed';

/** The header's link to the notices page with the unit's unread count, "Thông báo (2)". */
export function NotificationBell() {
  const location = useLocation();
  const [unread, setUnread] = useState<number | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    window.addEventListener(NOTICES_CHANGED, bump);
    return () => window.removeEventListener(NOTICES_CHANGED, bump);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    api<NotificationCount>('/api/notifications/unread-count', { signal: controller.signal, redirectOn401: false })
      .then((answer) => setUnread(answer.unread))
      .catch(() => undefined);
    return () => controller.abort();
  }, [location.pathname, version]);

  // The count is part of the visible name ("Thông báo 2 chưa đọc" to a screen reader), never an aria-label over it.
  return (
    <Link to="/thong-bao" className="button button--header notification-bell" data-testid="notification-bell">
      Thông báo
      {unread ? (
        <>
          {' '}
          <span className="notification-bell__count">{unread}</span>
          <span className="visually-hidden"> chưa đọc</span>
        </>
      ) : null}
    </Link>
  );
}
