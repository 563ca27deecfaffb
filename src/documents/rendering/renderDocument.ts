/**
 * Renders a document (DOCX, PDF, certificates) in a worker thread, so that rendering never holds the event loop
 * that answers everyone else; every route and job renders through here. Threads as the XLSX pool's (one less than
 * the cores, at least one); a document that takes longer than a minute or more than its thread's heap is refused
 * with a 413 (PAYLOAD_TOO_LARGE) naming the limit.
 * When no thread can start at all, documents are rendered on the calling thread, said once in the log.
 */
import os from 'node:os';
import { AppError } from '../../server/errors';
import { WorkerPool, WorkerUnavailable, type WorkerFailure } from '../workers/workerPool';
import { renderInProcess, type DocumentJob } from './documentJob';

export type { DocumentJob } from './documentJob';

export const DOCUMENT_WORKERS = Object.freeze({
  size: Math.max(1, Math.min(4, os.availableParallelism() - 1)),
  timeoutMs: 60_000,
  /** A province-wide list of a few thousand rows renders well within this. */
  maxOldGenerationSizeMb: 512,
});

/** A document over the thread's time or memory is the user's to make smaller (413), never a 500. */
const tooLarge = (reason: string) =>
  new AppError('PAYLOAD_TOO_LARGE', `Văn bản quá lớn: ${reason}. Hãy tạo văn bản cho phạm vi nhỏ hơn (ít đơn vị hoặc ít dòng hơn).`, [{ path: '', message: 'Văn bản: quá lớn' }]);

/** The error a document is refused with when its thread fails. */
export function documentFailureError(failure: WorkerFailure, cause: Error | null): Error {
  switch (failure) {
    case 'timeout':
      return tooLarge(`cần hơn ${DOCUMENT_WORKERS.timeoutMs / 1000} giây để tạo`);
    case 'outOfMemory':
      return tooLarge(`cần hơn ${DOCUMENT_WORKERS.maxOldGenerationSizeMb} MB bộ nhớ để tạo`);
    case 'unavailable':
      return new WorkerUnavailable(`Không khởi động được luồng tạo văn bản: ${cause?.message ?? 'đã dừng'}`, { cause });
    case 'crashed':
      return new Error(`Luồng tạo văn bản dừng bất thường: ${cause?.message ?? 'đã dừng'}`, { cause });
  }
}

const pool = new WorkerPool<DocumentJob, Uint8Array, string>({
  url: new URL('./documentWorker.mjs', import.meta.url),
  ...DOCUMENT_WORKERS,
  replyError: (message) => new Error(`Không tạo được văn bản: ${message}`),
  failureError: documentFailureError,
});

let workersUnavailable: Error | null = null;

/** The file's bytes; rendered in a worker thread, or here when none can start. */
export async function renderDocument(job: DocumentJob): Promise<Buffer> {
  if (workersUnavailable) return renderInProcess(job);
  try {
    const bytes = await pool.run(job);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (err) {
    if (!(err instanceof WorkerUnavailable)) throw err;
    workersUnavailable = err;
    console.warn(`${err.message} — văn bản sẽ được tạo trên luồng chính.`);
    return renderInProcess(job);
  }
}

/** Ends the document threads (tests, benchmarks). */
export const closeDocumentWorkers = () => pool.close();
