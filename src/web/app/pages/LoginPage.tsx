import { useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api } from '../api/client';
import { useSession } from '../auth/SessionContext';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../hooks/useFormErrors';
import { usePageTitle } from '../hooks/usePageTitle';
import type { Session } from '../../../shared/contracts/auth';

const FIELD_IDS = { username: 'username', password: 'password' };

/** /dang-nhap: sign in; a user who must change their password goes to /doi-mat-khau. */
export function LoginPage() {
  const { session, setSession } = useSession();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const form = useFormErrors(FIELD_IDS);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  usePageTitle('Đăng nhập', form.errors.length > 0);

  if (session) {
    const target = session.user.mustChangePassword ? '/doi-mat-khau' : from && from !== '/dang-nhap' ? from : '/';
    return <Navigate to={target} replace />;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const next = await api<Session>('/api/auth/login', { method: 'POST', body: { username, password }, redirectOn401: false });
      form.clear();
      setSession(next);
    } catch (err) {
      form.showApiError(err);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorSummary errors={form.errors} description={form.description} />
      <h1>Đăng nhập</h1>
      <p className="lead">Hệ thống thi đua chuyên đề về cải cách hành chính.</p>
      <form onSubmit={submit} noValidate className="form" aria-label="Đăng nhập">
        <TextField
          id={FIELD_IDS.username}
          label="Tên đăng nhập"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          error={form.errorFor(FIELD_IDS.username)}
        />
        <TextField
          id={FIELD_IDS.password}
          label="Mật khẩu"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.errorFor(FIELD_IDS.password)}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Đang đăng nhập…' : 'Đăng nhập'}
        </button>
      </form>
    </>
  );
}
