import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useApiData } from '../hooks/useApiData';
import { useFormErrors } from '../hooks/useFormErrors';
import { useSubmit } from '../hooks/useSubmit';
import type { EmailNotifications } from '../../../shared/contracts/auth';

const FIELD_IDS = { enabled: 'emailNotifications' };

/**
 * On the account page: whether the user's own notices (e.g. the answer to a feedback they raised) also come by e-mail.
 * Notices to the whole unit keep going to the unit's address.
 */
export function EmailNotificationsForm() {
  const current = useApiData<EmailNotifications>('/api/auth/email-notifications');
  const form = useFormErrors(FIELD_IDS);
  const { busy, run } = useSubmit(form);
  const [enabled, setEnabled] = useState(true);
  const [saved, setSaved] = useState<boolean | null>(null);
  useEffect(() => {
    if (current.data) setEnabled(current.data.enabled);
  }, [current.data]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    await run(
      () => api<EmailNotifications>('/api/auth/email-notifications', { method: 'PUT', body: { enabled } }),
      (answer) => setSaved(answer.enabled),
    );
  }

  return (
    <section aria-labelledby="email-notifications-title">
      <h2 id="email-notifications-title">Nhận thông báo qua thư điện tử</h2>
      <ErrorBanner error={current.error} />
      {current.loading && !current.data ? <LoadingMessage text="Đang tải…" /> : null}
      {current.data ? (
        <form onSubmit={submit} noValidate className="form">
          <ErrorSummary errors={form.errors} description={form.description} />
          {saved !== null ? (
            <div className="banner banner--success" role="status">
              {saved ? 'Đã bật: thông báo gửi riêng cho bạn sẽ được gửi cả qua thư điện tử.' : 'Đã tắt: thông báo gửi riêng cho bạn chỉ hiện trong hệ thống.'}
            </div>
          ) : null}
          <CheckboxField
            id={FIELD_IDS.enabled}
            label="Gửi thông báo của tôi qua thư điện tử"
            hint={`${current.data.email ? `Địa chỉ của tài khoản: ${current.data.email}.` : 'Tài khoản chưa có địa chỉ thư điện tử: thư gửi tới địa chỉ của đơn vị.'} Thông báo gửi chung cho cả đơn vị vẫn gửi tới địa chỉ của đơn vị.`}
            checked={enabled}
            onChange={(e) => setEnabled(e.target.checked)}
          />
          <FormActions label="Lưu lựa chọn" busy={busy} busyLabel="Đang lưu…" />
        </form>
      ) : null}
    </section>
  );
}
