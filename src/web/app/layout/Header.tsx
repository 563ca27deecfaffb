import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../../domain/access/roles';
import { api } from '../api/client';
import { useSession } from '../auth/SessionContext';
import { NotificationBell } from '../../features/notifications/NotificationBell';

/** App name, the signed-in user (name, unit, role) and the logout button. */
export function Header() {
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  async function logout() {
    setBusy(true);
    try {
      await api('/api/auth/logout', { method: 'POST', redirectOn401: false });
    } catch {
      // The session is gone either way; the login page follows.
    } finally {
      setBusy(false);
      setSession(null);
      navigate('/dang-nhap', { replace: true });
    }
  }

  return (
    <header className="header">
      <div className="container header__inner">
        <Link to="/" className="header__brand">
          ThiĐua CCHC
        </Link>
        {session ? (
          <div className="header__user" data-testid="current-user">
            <p className="header__user-text">
              <span className="header__user-name">{session.user.fullName}</span>
              <span className="header__user-meta">
                {session.user.unitName} · {ROLE_LABELS[session.user.role]}
              </span>
            </p>
            <NotificationBell />
            <button type="button" className="button button--header" onClick={logout} disabled={busy}>
              Đăng xuất
            </button>
          </div>
        ) : null}
      </div>
    </header>
  );
}
