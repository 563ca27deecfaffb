import { useState, type FormEvent } from 'react';
import { apiUpload, apiUrl } from '../../app/api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import type { SignedScan } from '../../../shared/contracts/registrations';
import { SuccessBanner } from '../../components/SuccessBanner';

/**
 * The paper side of a registration: print the form in the annex layout (Word to edit, PDF to print), then upload
 * the signed and stamped scan. The server checks the file's type from its content, not its name.
 */
export function RegistrationDocuments({ registrationId, canUpload }: { registrationId: string; canUpload: boolean }) {
  const scans = useApiData<{ items: SignedScan[] }>(`/api/registrations/${registrationId}/signed-scans`);
  const form = useFormErrors({ file: 'signed-scan-file' });
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function upload(e: FormEvent) {
    e.preventDefault();
    form.clear();
    setDone(null);
    if (!file) {
      form.showErrors([{ fieldId: 'signed-scan-file', message: 'Tệp bản quét: chưa chọn tệp (PDF, JPEG hoặc PNG)' }]);
      return;
    }
    try {
      setProgress(0);
      await apiUpload(apiUrl(`/registrations/${registrationId}/signed-scan`, { fileName: file.name }), file, file.type || 'application/octet-stream', setProgress);
      setDone(`Đã tải lên ${file.name}.`);
      setFile(null);
      scans.reload();
    } catch (err) {
      form.showApiError(err);
    } finally {
      setProgress(null);
    }
  }

  return (
    <section className="panel" aria-labelledby="registration-documents-title" data-testid="registration-documents">
      <h2 id="registration-documents-title" className="heading-m">
        In bản đăng ký và bản quét đã ký
      </h2>
      <p>
        <a className="button button--secondary" href={apiUrl(`/registrations/${registrationId}/form`, { format: 'docx' })}>
          Tải bản đăng ký (Word)
        </a>{' '}
        <a className="button button--secondary" href={apiUrl(`/registrations/${registrationId}/form`, { format: 'pdf' })}>
          Tải bản đăng ký (PDF)
        </a>
      </p>
      {canUpload ? (
        <form onSubmit={upload} noValidate>
          <ErrorSummary errors={form.errors} description={form.description} />
          <div className={`field${form.errorFor('signed-scan-file') ? ' field--error' : ''}`}>
            <label className="field__label" htmlFor="signed-scan-file">
              Bản quét đã ký, đóng dấu (PDF, JPEG hoặc PNG)
            </label>
            {form.errorFor('signed-scan-file') ? <ErrorMessage id="signed-scan-file-error" message={form.errorFor('signed-scan-file')!} /> : null}
            {/* The same Vietnamese "Chọn tệp" control as the imports (ImportPanel): the native button speaks the
                browser's language; the input stays focusable for keyboard users. */}
            <input
              id="signed-scan-file"
              type="file"
              className="file-picker__native"
              accept="application/pdf,image/jpeg,image/png"
              aria-describedby={form.errorFor('signed-scan-file') ? 'signed-scan-file-error' : undefined}
              aria-invalid={form.errorFor('signed-scan-file') ? true : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            <label htmlFor="signed-scan-file" className="file-picker__button">
              Chọn tệp
            </label>{' '}
            <span className="file-picker__name" data-testid="signed-scan-file-name">
              {file ? file.name : 'Chưa chọn tệp'}
            </span>
          </div>
          {progress !== null ? <progress max={1} value={progress} aria-label="Tiến độ tải lên" /> : null}
          <button type="submit" className="button" disabled={progress !== null}>
            Tải lên bản quét
          </button>
          {done ? <SuccessBanner>{done}</SuccessBanner> : null}
        </form>
      ) : null}
      <h3 className="heading-s">Bản quét đã tải lên</h3>
      {scans.data && scans.data.items.length > 0 ? (
        <ul data-testid="signed-scans">
          {scans.data.items.map((s, i) => (
            <li key={s.id}>
              {i === 0 ? (
                <a href={apiUrl(`/registrations/${registrationId}/signed-scan`)}>{s.fileName}</a>
              ) : (
                s.fileName
              )}{' '}
              <span className="meta">
                ({Math.max(1, Math.round(s.size / 1024))} KB, {formatDateTime(s.uploadedAt)}
                {s.uploadedBy ? `, ${s.uploadedBy}` : ''})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="meta">Chưa có bản quét nào.</p>
      )}
    </section>
  );
}
