import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { apiUpload } from '../app/api/client';
import { useBackgroundJob } from '../app/hooks/useBackgroundJob';
import { useFormErrors } from '../app/hooks/useFormErrors';
import type { BackgroundJobStartedBody } from '../../shared/contracts/backgroundJobs';
import { ErrorBanner } from './ErrorBanner';
import { ErrorMessage } from './ErrorMessage';
import { ErrorSummary } from './ErrorSummary';
import { ImportResultView, type ImportAnswer } from './ImportResultView';

export const IMPORT_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type ImportFormat = keyof typeof IMPORT_TYPES;

function formatOf(file: File): ImportFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  return null;
}

type Props = {
  /** Prefix of the element ids, so two panels can share a page. */
  idPrefix?: string;
  title: string;
  /** Label of the file field, e.g. "Tệp đơn vị (.xlsx hoặc .csv)". */
  fileLabel: string;
  hint: ReactNode;
  /** The import URL for a format and a dry run (the file is sent as the body). */
  urlFor: (format: ImportFormat, dryRun: boolean) => string;
  onImported: () => void;
};

/** A large file (above the server's row threshold) is answered 202 with the background job that imports it. */
const isJob = (answer: ImportAnswer | BackgroundJobStartedBody): answer is BackgroundJobStartedBody => !('ok' in answer);

/**
 * Import panel shared by every list that imports a file: choose a .xlsx or .csv file, "Kiểm tra (chạy thử)"
 * (nothing saved), then "Nhập dữ liệu". Shows upload progress, the counts and the per-row errors. A large file runs
 * as a background job on the server: the panel then shows the job's progress ("Đang ghi dòng 1.200/5.000", read out
 * politely) until the same result arrives.
 */
export function ImportPanel({ idPrefix = 'import', title, fileLabel, hint, urlFor, onImported }: Props) {
  const fileId = `${idPrefix}-file`;
  const form = useFormErrors({ file: fileId });
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<ImportAnswer | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const jobDryRun = useRef(true);
  const { job, error: jobError, running: jobRunning } = useBackgroundJob(jobId);

  useEffect(() => {
    if (job?.status !== 'done' || !job.result) return;
    const answer = job.result as ImportAnswer;
    setResult(answer);
    if (!jobDryRun.current && answer.ok) onImported();
    // Only the job's ending matters here: onImported is the page's callback, not a reason to run again.
  }, [job]);

  async function send(dryRun: boolean) {
    setResult(null);
    setJobId(null);
    if (!file) {
      form.showErrors([{ fieldId: fileId, message: 'Tệp: chưa chọn tệp' }]);
      return;
    }
    const format = formatOf(file);
    if (!format) {
      form.showErrors([{ fieldId: fileId, message: 'Tệp: chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv)' }]);
      return;
    }
    form.clear();
    setProgress(0);
    try {
      const answer = await apiUpload<ImportAnswer | BackgroundJobStartedBody>(urlFor(format, dryRun), file, IMPORT_TYPES[format], setProgress);
      if (isJob(answer)) {
        jobDryRun.current = dryRun;
        setJobId(answer.id);
        return;
      }
      setResult(answer);
      if (!dryRun && answer.ok) onImported();
    } catch (err) {
      form.showApiError(err);
    } finally {
      setProgress(null);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void send(submitter?.value !== 'import');
  }

  const error = form.errorFor(fileId);
  const busy = progress !== null || jobRunning;
  const percent = job?.percent ?? 0;
  return (
    <section className="panel" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`} className="heading-m">
        {title}
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      <form onSubmit={submit} noValidate>
        <div className={`field${error ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor={fileId}>
            {fileLabel}
          </label>
          <div className="field__hint" id={`${fileId}-hint`}>
            {hint}
          </div>
          {error ? <ErrorMessage id={`${fileId}-error`} message={error} /> : null}
          {/* The native button's text follows the browser's language ("Choose File"); a Vietnamese
              label-button stands in for it while the input stays focusable for keyboard users. */}
          <input
            id={fileId}
            type="file"
            className="file-picker__native"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${fileId}-hint${error ? ` ${fileId}-error` : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setResult(null);
            }}
          />
          <label htmlFor={fileId} className="file-picker__button">
            Chọn tệp
          </label>{' '}
          <span className="file-picker__name" data-testid={`${idPrefix}-file-name`}>
            {file ? file.name : 'Chưa chọn tệp'}
          </span>
        </div>
        <div className="button-group">
          <button type="submit" name="mode" value="dryRun" className="button button--secondary" disabled={busy}>
            Kiểm tra (chạy thử)
          </button>
          <button type="submit" name="mode" value="import" className="button" disabled={busy}>
            Nhập dữ liệu
          </button>
        </div>
      </form>
      {jobRunning ? (
        <div className="upload-progress" role="status" aria-live="polite" data-testid={`${idPrefix}-job-progress`}>
          <label htmlFor={`${idPrefix}-job-progress-bar`}>
            Tệp lớn đang được xử lý trên máy chủ: {job?.message ?? 'đang chờ đến lượt'} ({percent}%)
          </label>
          <progress id={`${idPrefix}-job-progress-bar`} max={100} value={percent} />
        </div>
      ) : null}
      {job?.status === 'failed' ? (
        <p className="banner banner--error" role="alert">
          Không nhập được tệp: {job.error}
        </p>
      ) : null}
      <ErrorBanner error={jobError} />
      {progress !== null ? (
        <div className="upload-progress" role="status">
          <label htmlFor={`${idPrefix}-progress`}>Đang tải tệp lên và xử lý…</label>
          <progress id={`${idPrefix}-progress`} max={1} value={progress !== null && progress > 0 && progress < 1 ? progress : undefined} />
        </div>
      ) : null}
      {result ? <ImportResultView result={result} idPrefix={idPrefix} /> : null}
    </section>
  );
}
