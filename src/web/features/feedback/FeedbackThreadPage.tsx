import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, apiUpload, apiUrl, toApiError, type ApiError } from '../../app/api/client';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useFormValues } from '../../app/hooks/useFormValues';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { useSubmit } from '../../app/hooks/useSubmit';
import { confirmAction } from '../../components/confirmAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileUploadForm } from '../../components/FileUploadForm';
import { FormActions } from '../../components/FormActions';
import { LoadingMessage } from '../../components/LoadingMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { FEEDBACK_STATUS_LABELS } from '../../../domain/feedback/feedbackThread';
import type { FeedbackThread } from '../../../shared/contracts/feedback';

const FIELD_IDS = { body: 'message-body' };

/**
 * /phan-anh/:id: one feedback thread, its messages oldest first with their attachments; the raising unit writes again
 * (reopening it), Sở Nội vụ answers; either closes; the author of the last message may attach a file to it.
 */
export function FeedbackThreadPage() {
  const { id = '' } = useParams();
  const loaded = useApiData<FeedbackThread>(`/api/feedback/${id}`);
  const [thread, setThread] = useState<FeedbackThread | null>(null);
  const [closeError, setCloseError] = useState<ApiError | null>(null);
  const form = useFormErrors(FIELD_IDS);
  const { values, setValues, field } = useFormValues({ body: '' }, FIELD_IDS, form);
  const { busy, run } = useSubmit(form);
  useEffect(() => setThread(loaded.data), [loaded.data]);
  usePageTitle(thread ? `Phản ánh: ${thread.subject}` : 'Phản ánh', form.errors.length > 0);

  if (!thread) return loaded.error ? <ErrorBanner error={loaded.error} /> : <LoadingMessage text="Đang tải phản ánh…" />;
  const writes = thread.can.answer ? 'answers' : thread.can.reply ? 'replies' : null;
  const last = thread.messages.at(-1);
  const mine = last?.own ? last : null;

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!values.body.trim()) {
      form.showErrors([{ fieldId: FIELD_IDS.body, message: 'Nội dung: chưa nhập' }]);
      return;
    }
    await run(
      () => api<FeedbackThread>(`/api/feedback/${id}/${writes}`, { method: 'POST', body: { body: values.body } }),
      (answer) => {
        setThread(answer);
        setValues({ body: '' });
      },
    );
  }

  async function close() {
    if (!confirmAction('Đóng phản ánh này. Đơn vị vẫn có thể mở lại bằng một tin nhắn mới.')) return;
    setCloseError(null);
    try {
      setThread(await api<FeedbackThread>(`/api/feedback/${id}/close`, { method: 'POST' }));
    } catch (err) {
      setCloseError(toApiError(err));
    }
  }

  return (
    <>
      <ErrorSummary errors={form.errors} description={form.description} />
      <p>
        <Link to="/phan-anh">← Danh sách phản ánh</Link>
      </p>
      <h1>{thread.subject}</h1>
      <dl className="summary-list">
        <dt>Đơn vị</dt>
        <dd>{thread.unitName}</dd>
        <dt>Trạng thái</dt>
        <dd data-testid="feedback-status">{FEEDBACK_STATUS_LABELS[thread.status]}</dd>
        {thread.campaignName ? (
          <>
            <dt>Đợt thi đua</dt>
            <dd>{thread.campaignName}</dd>
          </>
        ) : null}
        {thread.waiting ? (
          <>
            <dt>Đã chờ trả lời</dt>
            <dd>{thread.waiting}</dd>
          </>
        ) : null}
      </dl>
      <h2>Trao đổi</h2>
      <ol className="feedback-messages" aria-label="Các tin nhắn">
        {thread.messages.map((m) => (
          <li key={m.id} className={`feedback-message feedback-message--${m.side}`} data-testid="feedback-message">
            <p className="meta">
              {m.side === 'secretariat' ? 'Sở Nội vụ trả lời' : 'Đơn vị'} — {m.authorName ?? 'Không rõ'} ({m.authorUnitName}), {formatDateTime(m.createdAt)}
            </p>
            <p className="feedback-message__body" style={{ whiteSpace: 'pre-wrap' }}>
              {m.body}
            </p>
            {m.attachments.length > 0 ? (
              <ul aria-label="Tệp đính kèm">
                {m.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={`/api/feedback/attachments/${a.id}`} download>
                      {a.fileName}
                    </a>{' '}
                    <span className="meta">({Math.max(1, Math.round(a.size / 1024))} KB)</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {mine ? (
        <FileUploadForm
          fileId="feedback-file"
          label="Đính kèm tệp vào tin nhắn cuối của bạn"
          hint="PDF, JPEG hoặc PNG; hệ thống nhận dạng theo nội dung tệp."
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          missingMessage="Tệp đính kèm: chưa chọn tệp (PDF, JPEG hoặc PNG)"
          submitLabel="Đính kèm tệp"
          secondary
          upload={async (file, onProgress) => {
            await apiUpload(apiUrl(`/feedback/messages/${mine.id}/attachments`, { fileName: file.name }), file, file.type || 'application/octet-stream', onProgress);
            setThread(await api<FeedbackThread>(`/api/feedback/${id}`));
          }}
        />
      ) : null}
      {writes ? (
        <form onSubmit={send} noValidate className="form">
          <TextAreaField
            {...field('body')}
            label={writes === 'answers' ? 'Trả lời của Sở Nội vụ' : thread.status === 'closed' ? 'Tin nhắn mới (mở lại phản ánh)' : 'Trao đổi thêm'}
            rows={5}
          />
          <FormActions label={writes === 'answers' ? 'Gửi trả lời' : 'Gửi tin nhắn'} busy={busy} busyLabel="Đang gửi…" />
        </form>
      ) : null}
      <ErrorBanner error={closeError} />
      {thread.can.close ? (
        <button type="button" className="button button--secondary" onClick={close}>
          Đóng phản ánh
        </button>
      ) : null}
    </>
  );
}
