import { useEffect, useState } from 'react';
import { api, apiUrl, toApiError, type ApiError } from '../app/api/client';
import { ErrorBanner } from './ErrorBanner';
import type { BackgroundJob, BackgroundJobStartedBody } from '../../shared/contracts/backgroundJobs';

/** How often the page asks how far the work is. */
const POLL_MS = 1000;

/**
 * Long work (a report, a large export) run in the server's job queue: the button starts it, the page asks every second
 * how far it is and shows a progress bar ("Đang tạo… 40%", read out politely), then the download link — or why it
 * failed. `startPath` (without /api) and `query` start the job and answer its id.
 */
export function JobProgress({ startPath, query, label, testId }: { startPath: string; query?: Record<string, string | undefined>; label: string; testId?: string }) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [job, setJob] = useState<BackgroundJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    if (!jobId) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await api<BackgroundJob>(apiUrl(`/background-jobs/${jobId}`));
        if (stopped) return;
        setJob(next);
        if (next.status === 'queued' || next.status === 'running') timer = setTimeout(() => void poll(), POLL_MS);
      } catch (err) {
        if (!stopped) setError(toApiError(err));
      }
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [jobId]);

  const start = async () => {
    setStarting(true);
    setError(null);
    setJob(null);
    try {
      const started = await api<BackgroundJobStartedBody>(apiUrl(startPath, query), { method: 'POST' });
      setJobId(started.id);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setStarting(false);
    }
  };

  const running = starting || (jobId !== null && (!job || job.status === 'queued' || job.status === 'running'));
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
