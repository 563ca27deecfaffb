import { useState, type FormEvent } from 'react';
import { apiUpload, apiUrl } from '../../app/api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { SignatureReportView } from './SignatureReportView';
import type { PdfSignatureReport } from '../../../shared/contracts/trustedCertificates';

const FILE_ID = 'signature-check-file';

/** Checks a signed PDF against the list as it is now: how the administrator sees what users will see. Nothing is stored. */
export function SignatureCheckPanel() {
  const form = useFormErrors({ file: FILE_ID });
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<PdfSignatureReport | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    form.clear();
    setReport(null);
    if (!file) {
      form.showErrors([{ fieldId: FILE_ID, message: 'Tệp PDF: chưa chọn tệp' }]);
      return;
    }
    setBusy(true);
    try {
      setReport(await apiUpload<PdfSignatureReport>(apiUrl('/signatures/verify'), file, 'application/pdf', () => undefined));
    } catch (err) {
      form.showApiError(err);
    } finally {
      setBusy(false);
    }
  }

  const error = form.errorFor(FILE_ID);
  return (
    <section className="panel" aria-labelledby="signature-check-title">
      <h2 id="signature-check-title" className="heading-m">
        Kiểm tra chữ ký số của một tệp PDF
      </h2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={form.errors} description={form.description} />
        <div className={`field${error ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor={FILE_ID}>
            Tệp PDF đã ký số
          </label>
          {error ? <ErrorMessage id={`${FILE_ID}-error`} message={error} /> : null}
          <input
            id={FILE_ID}
            type="file"
            className="file-picker__native"
            accept="application/pdf,.pdf"
            aria-describedby={error ? `${FILE_ID}-error` : undefined}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <label htmlFor={FILE_ID} className="file-picker__button">
            Chọn tệp
          </label>{' '}
          <span className="file-picker__name">{file ? file.name : 'Chưa chọn tệp'}</span>
        </div>
        <button type="submit" className="button button--secondary" disabled={busy}>
          Kiểm tra chữ ký
        </button>
      </form>
      {report ? <SignatureReportView report={report} /> : null}
    </section>
  );
}
