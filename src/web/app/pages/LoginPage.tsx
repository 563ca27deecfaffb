import type { FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { api } from '../api/client';
import { useSession } from '../auth/SessionContext';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { FormActions } from '../../components/FormActions';
import { useFormErrors } from '../hooks/useFormErrors';
import { useFormValues } from '../hooks/useFormValues';
import { useSubmit } from '../hooks/useSubmit';
import { usePageTitle } from '../hooks/usePageTitle';
import type { Session } from '../../../shared/contracts/auth';

const FIELD_IDS = { username: 'username', password: 'password' };

/** /dang-nhap: sign in; a user who must change their password goes to /doi-mat-khau. */
export function LoginPage() {
  const { session, setSession } = useSession();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const form = useFormErrors(FIELD_IDS);
  const { values, set, field } = useFormValues({ username: '', password: '' }, FIELD_IDS, form);
  const { busy, run } = useSubmit(form);
  usePageTitle('Đăng nhập', form.errors.length > 0);

  if (session) {
    const target = session.user.mustChangePassword ? '/doi-mat-khau' : from && from !== '/dang-nhap' ? from : '/';
    return <Navigate to={target} replace />;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await run(() => api<Session>('/api/auth/login', { method: 'POST', body: values, redirectOn401: false }), setSession);
    if (!ok) set('password', '');
  }

  return (
    <>
      <ErrorSummary errors={form.errors} description={form.description} />
      <h1>Đăng nhập</h1>
      <p className="lead">Hệ thống thi đua chuyên đề về cải cách hành chính.</p>
      <form onSubmit={submit} noValidate className="form" aria-label="Đăng nhập">
        <TextField {...field('username')} label="Tên đăng nhập" autoComplete="username" autoCapitalize="none" spellCheck={false} />
        <TextField {...field('password')} label="Mật khẩu" type="password" autoComplete="current-password" />
        <FormActions label="Đăng nhập" busy={busy} busyLabel="Đang đăng nhập…" />
      </form>
      <p>
        <Link to="/cong-khai">Danh sách đề nghị khen thưởng đang lấy ý kiến và quyết định khen thưởng đã công bố</Link> (không cần đăng nhập)
      </p>
    </>
  );
}
