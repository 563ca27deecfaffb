import { useState, type FormEvent } from 'react';
import { apiUpload, apiUrl } from '../api/client';
import type { ImportResult } from '../api/types';
import { ErrorSummary } from '../components/ErrorSummary';
import { ErrorMessage } from '../components/ErrorMessage';
import { useFormErrors } from '../hooks/useFormErrors';
import { ImportResultView } from './ImportResultView';

const FILE_ID = 'import-file';
const FIELD_IDS = { file: FILE_ID };
const TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

function formatOf(file: File): keyof typeof TYPES | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  return null;
}

/**
 * Import panel: choose a .xlsx or .csv file, "Kiểm tra (chạy thử)" (nothing saved), then "Nhập dữ liệu".
 * Shows upload progress and the per-row errors.
 */
export function OrgUnitImport({ eraId, eraName, onImported }: { eraId: string; eraName: string; onImported: () => void }) {
  const form = useFormErrors(FIELD_IDS);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  async function send(dryRun: boolean) {
    setResult(null);
    if (!file) {
      form.showErrors([{ fieldId: FILE_ID, message: 'Tệp: chưa chọn tệp' }]);
      return;
    }
    const format = formatOf(file);
    if (!format) {
      form.showErrors([{ fieldId: FILE_ID, message: 'Tệp: chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv)' }]);
      return;
    }
    form.clear();
    setProgress(0);
    try {
      const url = apiUrl('/org-units/import', { eraId, format, dryRun: dryRun ? 'true' : 'false' });
      const answer = await apiUpload<ImportResult>(url, file, TYPES[format], setProgress);
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

  const error = form.errorFor(FILE_ID);
  const busy = progress !== null;
  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title" className="heading-m">
        Nhập đơn vị từ tệp
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      <form onSubmit={submit} noValidate>
        <div className={`field${error ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor={FILE_ID}>
            Tệp đơn vị (.xlsx hoặc .csv)
          </label>
          <div className="field__hint" id={`${FILE_ID}-hint`}>
            Nhập vào thời kỳ “{eraName}”. Dùng đúng các cột của tệp xuất. Nên kiểm tra (chạy thử) trước: khi chạy thử, không có gì được lưu.
          </div>
          {error ? <ErrorMessage id={`${FILE_ID}-error`} message={error} /> : null}
          {/* The native button's text follows the browser's language ("Choose File"); a Vietnamese
              label-button stands in for it while the input stays focusable for keyboard users. */}
          <input
            id={FILE_ID}
            type="file"
            className="file-picker__native"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${FILE_ID}-hint${error ? ` ${FILE_ID}-error` : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setResult(null);
            }}
          />
          <label htmlFor={FILE_ID} className="file-picker__button">
            Chọn tệp
          </label>{' '}
          <span className="file-picker__name" data-testid="import-file-name">
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
      {busy ? (
        <div className="upload-progress" role="status">
          <label htmlFor="import-progress">Đang tải tệp lên và xử lý…</label>
          <progress id="import-progress" max={1} value={progress !== null && progress > 0 && progress < 1 ? progress : undefined} />
        </div>
      ) : null}
      {result ? <ImportResultView result={result} /> : null}
    </section>
  );
}
