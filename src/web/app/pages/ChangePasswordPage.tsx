import { useState, type FormEvent } from 'react';
import { minPasswordLength, PASSWORD_MIN_LENGTH } from '../../../domain/auth/passwordPolicy';
import { api } from '../api/client';
import { useSession } from '../auth/SessionContext';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { FormActions } from '../../components/FormActions';
import { useFormErrors } from '../hooks/useFormErrors';
import { useFormValues } from '../hooks/useFormValues';
import { useSubmit } from '../hooks/useSubmit';
import { usePageTitle } from '../hooks/usePageTitle';
import { EmailNotificationsForm } from './EmailNotificationsForm';

const FIELD_IDS = { currentPassword: 'currentPassword', newPassword: 'newPassword', confirmPassword: 'confirmPassword' };

/** /doi-mat-khau: the user's own account: change the password (required after a temporary one), e-mail of notices on/off. */
export function ChangePasswordPage() {
  const { session, refresh } = useSession();
  const form = useFormErrors(FIELD_IDS);
  const { values, setValues, field } = useFormValues({ currentPassword: '', newPassword: '', confirmPassword: '' }, FIELD_IDS, form);
  const { busy, run } = useSubmit(form);
  const [done, setDone] = useState(false);
  usePageTitle('Đổi mật khẩu', form.errors.length > 0);
  const mustChange = session?.user.mustChangePassword ?? false;
  const minLength = session ? minPasswordLength(session.user.role) : PASSWORD_MIN_LENGTH;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (values.newPassword !== values.confirmPassword) {
      form.showErrors([{ fieldId: FIELD_IDS.confirmPassword, message: 'Nhập lại mật khẩu mới: không khớp với mật khẩu mới' }]);
      return;
    }
    await run(
      () => api('/api/auth/password', { method: 'POST', body: { currentPassword: values.currentPassword, newPassword: values.newPassword } }),
      async () => {
        setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
        setDone(true);
        await refresh();
      },
    );
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
        <TextField {...field('currentPassword')} label="Mật khẩu hiện tại" type="password" autoComplete="current-password" />
        <TextField
          {...field('newPassword')}
          label="Mật khẩu mới"
          hint={`Ít nhất ${minLength} ký tự, khác mật khẩu hiện tại; không chứa tên đăng nhập, không phải một mật khẩu phổ biến hay một ký tự lặp lại. Nên dùng một cụm từ dễ nhớ.`}
          type="password"
          autoComplete="new-password"
        />
        <TextField {...field('confirmPassword')} label="Nhập lại mật khẩu mới" type="password" autoComplete="new-password" />
        <FormActions label="Đổi mật khẩu" busy={busy} busyLabel="Đang lưu…" />
      </form>
      {mustChange ? null : <EmailNotificationsForm />}
    </div>
  );
}
