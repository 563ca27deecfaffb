import { z } from 'zod';

/** A long piece of work (large import, report, large export) run in the job queue, as its requester sees it while polling. */
export const BackgroundJobResponse = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** Steps done of `total` (pages of an export, parts of a report); total is null until the work knows it. */
  progress: z.number().int(),
  total: z.number().int().nullable(),
  /** 0–100, for the progress bar (100 once done). */
  percent: z.number().int(),
  message: z.string().nullable(),
  /** Why it failed, in Vietnamese. */
  error: z.string().nullable(),
  fileName: z.string().nullable(),
  /** Where to download the result file once done (a job that ends with a file: report, export). */
  fileUrl: z.string().nullable(),
  /** The JSON answer once done (a job that ends without a file: an import's report, as its route answers it). */
  result: z.unknown().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type BackgroundJob = z.infer<typeof BackgroundJobResponse>;

export const BackgroundJobStarted = z.object({ id: z.uuid() });
export type BackgroundJobStartedBody = z.infer<typeof BackgroundJobStarted>;
