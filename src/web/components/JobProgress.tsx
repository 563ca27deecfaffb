import { useState } from 'react';
import { api, apiUrl, toApiError, type ApiError } from '../app/api/client';
import { useBackgroundJob } from '../app/hooks/useBackgroundJob';
import { ErrorBanner } from './ErrorBanner';
import type { BackgroundJobStartedBody } from '../../shared/contracts/backgroundJobs';

/**
 * Long work (a report, a large export) run in the server's job queue: the button starts it, the page asks every second
 * how far it is and shows a progress bar ("Đang tạo… 40%", read out politely), then the download link — or why it
 * failed. `startPath` (without /api) and `query` start the job and answer its id.
 */
export function JobProgress({ startPath, query, label, testId }: { startPath: string; query?: Record<string, string | undefined>; label: string; testId?: string }) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const [starting, setStarting] = useState(false);
  const { job, error: pollError, running: polling } = useBackgroundJob(jobId);
  const error = startError ?? pollError;

  const start = async () => {
    setStarting(true);
    setStartError(null);
    setJobId(null);
    try {
      const started = await api<BackgroundJobStartedBody>(apiUrl(startPath, query), { method: 'POST' });
      setJobId(started.id);
    } catch (err) {
      setStartError(toApiError(err));
    } finally {
      setStarting(false);
    }
  };

  const running = starting || polling;
  const percent = job?.percent ?? 0;
  return (
    <div className="job-progress" data-testid={testId}>
      <button type="button" className="button" onClick={() => void start()} disabled={running}>
        {label}
      </button>
      <ErrorBanner error={error} />
      <div aria-live="polite">
        {running && jobId ? (
          <p>
            <progress max={100} value={percent} aria-label="Tiến độ tạo tệp" /> Đang tạo… {percent}%{job?.message ? ` (${job.message})` : ''}
          </p>
        ) : null}
        {job?.status === 'done' && job.fileUrl ? (
          <p>
            Đã tạo xong. <a href={job.fileUrl} download>Tải tệp: {job.fileName}</a>
          </p>
        ) : null}
        {job?.status === 'failed' ? (
          <p className="banner banner--error" role="alert">
            Không tạo được tệp: {job.error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
