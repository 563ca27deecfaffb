/**
 * Renders a document (DOCX, PDF, certificates) in a worker thread, so that rendering never holds the event loop
 * that answers everyone else; every route and job renders through here. Threads as the XLSX pool's (one less than
 * the cores, at least one); a document that takes longer than a minute or more than its thread's heap is refused.
 * When no thread can start at all, documents are rendered on the calling thread, said once in the log.
 */
import os from 'node:os';
import { WorkerPool, WorkerUnavailable } from '../workers/workerPool';
import { renderInProcess, type DocumentJob } from './documentJob';

export type { DocumentJob } from './documentJob';

export const DOCUMENT_WORKERS = Object.freeze({
  size: Math.max(1, Math.min(4, os.availableParallelism() - 1)),
  timeoutMs: 60_000,
  /** A province-wide list of a few thousand rows renders well within this. */
  maxOldGenerationSizeMb: 512,
});

const pool = new WorkerPool<DocumentJob, Uint8Array, string>({
  url: new URL('./documentWorker.mjs', import.meta.url),
  ...DOCUMENT_WORKERS,
  replyError: (message) => new Error(`Không tạo được văn bản: ${message}`),
  failureError: (failure, cause) => {
    switch (failure) {
      case 'timeout':
        return new Error(`Văn bản quá lớn: cần hơn ${DOCUMENT_WORKERS.timeoutMs / 1000} giây để tạo.`);
      case 'outOfMemory':
        return new Error(`Văn bản quá lớn: cần hơn ${DOCUMENT_WORKERS.maxOldGenerationSizeMb} MB bộ nhớ để tạo.`);
      case 'unavailable':
        return new WorkerUnavailable(`Không khởi động được luồng tạo văn bản: ${cause?.message ?? 'đã dừng'}`, { cause });
      case 'crashed':
        return new Error(`Luồng tạo văn bản dừng bất thường: ${cause?.message ?? 'đã dừng'}`, { cause });
    }
  },
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
