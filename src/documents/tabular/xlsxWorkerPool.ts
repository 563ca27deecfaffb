/**
 * Worker threads for reading XLSX uploads (a WorkerPool, ../workers/workerPool.ts), so that reading one file never
 * holds the event loop that answers everyone else. A file that reaches a thread's heap or time limit costs its
 * thread and is refused with a 413; the server itself is untouched.
 */
import os from 'node:os';
import { WorkerPool, WorkerUnavailable } from '../workers/workerPool';
import { TabularFileError } from './tabularFileError';
import type { ReadXlsxOptions } from './xlsxReader';
import type { XlsxWorkerError, XlsxWorkerRequest } from './xlsxWorker';

export const XLSX_WORKERS = Object.freeze({
  /** Threads: one less than the cores, at least one, at most two. */
  size: Math.max(1, Math.min(2, os.availableParallelism() - 1)),
  /** Longest a file may take, worker start included. */
  timeoutMs: 60_000,
  /** Heap of one thread; reading a file within XLSX_LIMITS needs far less. */
  maxOldGenerationSizeMb: 384,
});

/** The worker could not be started at all (its module failed to load). */
export class XlsxWorkerUnavailable extends WorkerUnavailable {}

const pool = new WorkerPool<XlsxWorkerRequest, string[][], XlsxWorkerError>({
  url: new URL('./xlsxWorker.mjs', import.meta.url),
  ...XLSX_WORKERS,
  replyError: (error) => new TabularFileError(error.message, error.status),
  failureError: (failure, cause) => {
    const seconds = XLSX_WORKERS.timeoutMs / 1000;
    const mb = XLSX_WORKERS.maxOldGenerationSizeMb;
    switch (failure) {
      case 'timeout':
        return new TabularFileError(`Tệp quá lớn: đọc bảng tính cần hơn ${seconds} giây (giới hạn ${seconds} giây).`, 413);
      case 'outOfMemory':
        return new TabularFileError(`Tệp quá lớn: đọc bảng tính cần hơn ${mb} MB bộ nhớ (giới hạn ${mb} MB).`, 413);
      case 'unavailable':
        return new XlsxWorkerUnavailable(`Không khởi động được luồng đọc tệp Excel: ${cause?.message ?? 'đã dừng'}`, { cause });
      case 'crashed':
        return new Error(`Luồng đọc tệp Excel dừng bất thường: ${cause?.message ?? 'đã dừng'}`, { cause });
    }
  },
});

export const xlsxWorkerPool = {
  read(buffer: Buffer, options: ReadXlsxOptions): Promise<string[][]> {
    // A copy the worker owns (transferred, not cloned again): the request's buffer may be a slice of a pool.
    const bytes = new Uint8Array(buffer);
    return pool.run({ bytes, options }, [bytes.buffer]);
  },
  /** Ends every thread (tests). */
  close: () => pool.close(),
};
