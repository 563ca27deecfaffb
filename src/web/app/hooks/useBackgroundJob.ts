import { useEffect, useState } from 'react';
import { api, apiUrl, toApiError, type ApiError } from '../api/client';
import type { BackgroundJob } from '../../../shared/contracts/backgroundJobs';

/** How often the page asks how far the work is. */
const POLL_MS = 1000;

/**
 * A background job's state (a large import, a report, a large export), asked every second until it is done or has
 * failed; null until the first answer, and nothing is asked while `jobId` is null. Shared by JobProgress and
 * ImportPanel, so every page polls a job the same way.
 */
export function useBackgroundJob(jobId: string | null): { job: BackgroundJob | null; error: ApiError | null; running: boolean } {
  const [job, setJob] = useState<BackgroundJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    setJob(null);
    setError(null);
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

  const running = jobId !== null && error === null && (!job || job.status === 'queued' || job.status === 'running');
  return { job, error, running };
}
