import { useState, type FormEvent } from 'react';
import { apiUpload, apiUrl } from '../../app/api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import type { TrustedCertificate } from '../../../shared/contracts/trustedCertificates';

const FILE_ID = 'trusted-certificate-file';

/** Uploads one CA certificate file (.cer, .crt, .pem, .der); the server reads it and refuses anything but a CA's. */
export function CertificateUploadForm({ onAdded }: { onAdded: (certificate: TrustedCertificate) => void }) {
  const form = useFormErrors({ file: FILE_ID });
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [inputKey, setInputKey] = useState(0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    form.clear();
    if (!file) {
      form.showErrors([{ fieldId: FILE_ID, message: 'Tệp chứng thư: chưa chọn tệp (.cer, .crt, .pem hoặc .der)' }]);
      return;
    }
    try {
      setProgress(0);
      const added = await apiUpload<TrustedCertificate>(apiUrl('/trusted-certificates'), file, 'application/octet-stream', setProgress);
      setFile(null);
      setInputKey((k) => k + 1); // a fresh input, so the same file can be chosen again after a mistake
      onAdded(added);
    } catch (err) {
      form.showApiError(err);
    } finally {
      setProgress(null);
    }
  }

  const error = form.errorFor(FILE_ID);
  return (
    <section className="panel" aria-labelledby="trusted-certificate-upload-title">
      <h2 id="trusted-certificate-upload-title" className="heading-m">
        Thêm chứng thư CA
      </h2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={form.errors} description={form.description} />
        <div className={`field${error ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor={FILE_ID}>
            Tệp chứng thư của tổ chức cung cấp dịch vụ chứng thực (CA)
          </label>
          <p className="hint" id={`${FILE_ID}-hint`}>
            Tệp .cer, .crt, .pem hoặc .der của CA gốc hoặc CA trung gian, tải từ trang của nhà cung cấp. Đối chiếu dấu vân tay SHA-256 với giá trị nhà cung cấp công bố sau khi thêm.
          </p>
          {error ? <ErrorMessage id={`${FILE_ID}-error`} message={error} /> : null}
          <input
            key={inputKey}
            id={FILE_ID}
            type="file"
            className="file-picker__native"
            accept=".cer,.crt,.pem,.der,application/x-x509-ca-cert,application/pkix-cert"
            aria-describedby={`${FILE_ID}-hint${error ? ` ${FILE_ID}-error` : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <label htmlFor={FILE_ID} className="file-picker__button">
            Chọn tệp
          </label>{' '}
          <span className="file-picker__name">{file ? file.name : 'Chưa chọn tệp'}</span>
        </div>
        {progress !== null ? <progress max={1} value={progress} aria-label="Tiến độ tải lên" /> : null}
        <button type="submit" className="button" disabled={progress !== null}>
          Thêm vào danh sách tin cậy
        </button>
      </form>
    </section>
  );
}
