import { useState, type FormEvent, type ReactNode } from 'react';
import { useFormErrors } from '../app/hooks/useFormErrors';
import { ErrorMessage } from './ErrorMessage';
import { ErrorSummary } from './ErrorSummary';

type Props = {
  fileId: string;
  label: ReactNode;
  hint?: ReactNode;
  accept: string;
  /** Shown when the form is sent without a file, naming the field and the kinds of file expected. */
  missingMessage: string;
  submitLabel: string;
  secondary?: boolean;
  /** Shows the upload's progress bar (large scans); a quick check only disables the button. */
  showProgress?: boolean;
  /** Keeps the chosen file after a successful send (a check may be repeated on the same file). */
  keepFile?: boolean;
  onStart?: () => void;
  /** Sends the file; a thrown API error is shown in the summary and beside the field. */
  upload: (file: File, onProgress: (fraction: number) => void) => Promise<void>;
};

/** One file chosen and sent, with the error summary, the inline error and the "Chọn tệp" picker every upload uses. */
export function FileUploadForm({ fileId, label, hint, accept, missingMessage, submitLabel, secondary, showProgress = true, keepFile, onStart, upload }: Props) {
  const form = useFormErrors({ file: fileId, fileName: fileId });
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [inputKey, setInputKey] = useState(0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    form.clear();
    onStart?.();
    if (!file) {
      form.showErrors([{ fieldId: fileId, message: missingMessage }]);
      return;
    }
    try {
      setProgress(0);
      await upload(file, setProgress);
      if (!keepFile) {
        setFile(null);
        setInputKey((k) => k + 1); // a fresh input, so the same file can be chosen again after a mistake
      }
    } catch (err) {
      form.showApiError(err);
    } finally {
      setProgress(null);
    }
  }

  const error = form.errorFor(fileId);
  const describedBy = [hint ? `${fileId}-hint` : null, error ? `${fileId}-error` : null].filter(Boolean).join(' ');
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={form.errors} description={form.description} />
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={fileId}>
          {label}
        </label>
        {hint ? (
          <p className="hint" id={`${fileId}-hint`}>
            {hint}
          </p>
        ) : null}
        {error ? <ErrorMessage id={`${fileId}-error`} message={error} /> : null}
        <input
          key={inputKey}
          id={fileId}
          type="file"
          className="file-picker__native"
          accept={accept}
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <label htmlFor={fileId} className="file-picker__button">
          Chọn tệp
        </label>{' '}
        <span className="file-picker__name">{file ? file.name : 'Chưa chọn tệp'}</span>
      </div>
      {showProgress && progress !== null ? <progress max={1} value={progress} aria-label="Tiến độ tải lên" /> : null}
      <button type="submit" className={secondary ? 'button button--secondary' : 'button'} disabled={progress !== null}>
        {submitLabel}
      </button>
    </form>
  );
}
