import { useState, type FormEvent } from 'react';
import { minPasswordLength, PASSWORD_MIN_LENGTH } from '../../../domain/auth/passwordPolicy';
import { api } from '../api/client';
import { useSession } from '../auth/SessionContext';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../hooks/useFormErrors';
import { usePageTitle } from '../hooks/usePageTitle';

const FIELD_IDS = { currentPassword: 'currentPassword', newPassword: 'newPassword', confirmPassword: 'confirmPassword' };

/** /doi-mat-khau: change one's own password (required after a temporary password). */
export function ChangePasswordPage() {
  const { session, refresh } = useSession();
  const form = useFormErrors(FIELD_IDS);
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  usePageTitle('Đổi mật khẩu', form.errors.length > 0);
  const mustChange = session?.user.mustChangePassword ?? false;
  const minLength = session ? minPasswordLength(session.user.role) : PASSWORD_MIN_LENGTH;

  function set(name: keyof typeof values, value: string) {
    setValues((v) => ({ ...v, [name]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (values.newPassword !== values.confirmPassword) {
      form.showErrors([{ fieldId: FIELD_IDS.confirmPassword, message: 'Nhập lại mật khẩu mới: không khớp với mật khẩu mới' }]);
      return;
    }
    setBusy(true);
    try {
      await api('/api/auth/password', { method: 'POST', body: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      form.clear();
      setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
      setDone(true);
      await refresh();
    } catch (err) {
      form.showApiError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <ErrorSummary errors={form.errors} description={form.description} />
      <h1>Đổi mật khẩu</h1>
      {mustChange ? (
        <div className="banner banner--info">Bạn đang dùng mật khẩu tạm thời. Hãy đặt mật khẩu mới trước khi tiếp tục sử dụng hệ thống.</div>
      ) : null}
      {done ? (
        <div className="banner banner--success" role="status">
          Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.
        </div>
      ) : null}
      <form onSubmit={submit} noValidate className="form">
        <TextField
          id={FIELD_IDS.currentPassword}
          label="Mật khẩu hiện tại"
          type="password"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={(e) => set('currentPassword', e.target.value)}
          error={form.errorFor(FIELD_IDS.currentPassword)}
        />
        <TextField
          id={FIELD_IDS.newPassword}
          label="Mật khẩu mới"
          hint={`Ít nhất ${minLength} ký tự, khác mật khẩu hiện tại; không chứa tên đăng nhập, không phải một mật khẩu phổ biến hay một ký tự lặp lại. Nên dùng một cụm từ dễ nhớ.`}
          type="password"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={(e) => set('newPassword', e.target.value)}
          error={form.errorFor(FIELD_IDS.newPassword)}
        />
        <TextField
          id={FIELD_IDS.confirmPassword}
          label="Nhập lại mật khẩu mới"
          type="password"
          autoComplete="new-password"
          value={values.confirmPassword}
          onChange={(e) => set('confirmPassword', e.target.value)}
          error={form.errorFor(FIELD_IDS.confirmPassword)}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Đang lưu…' : 'Đổi mật khẩu'}
        </button>
      </form>
    </div>
  );
}
