/**
 * Worker threads for reading XLSX uploads, so that reading one file never holds the event loop that answers
 * everyone else. A small pool (XLSX_WORKERS.size threads, started on first use and kept, unref'd while idle),
 * one file per thread at a time, the rest queued. Each thread has its own heap limit and each file a time limit:
 * a file that reaches either costs its thread (replaced on the next file) and is refused with a 413, the server
 * itself is untouched.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { TabularFileError } from './tabularFileError';
import type { ReadXlsxOptions } from './xlsxReader';
import type { XlsxWorkerReply, XlsxWorkerRequest } from './xlsxWorker';

export const XLSX_WORKERS = Object.freeze({
  /** Threads: one less than the cores, at least one, at most two. */
  size: Math.max(1, Math.min(2, os.availableParallelism() - 1)),
  /** Longest a file may take, worker start included. */
  timeoutMs: 60_000,
  /** Heap of one thread; reading a file within XLSX_LIMITS needs far less. */
  maxOldGenerationSizeMb: 384,
});

type Task = { id: number; bytes: Uint8Array<ArrayBuffer>; options: ReadXlsxOptions; resolve: (rows: string[][]) => void; reject: (err: Error) => void };
type Slot = { worker: Worker; ready: boolean; task: Task | null; timer: NodeJS.Timeout | null; timedOut: boolean };

/** The worker could not be started at all (its module failed to load). */
export class XlsxWorkerUnavailable extends Error {}

const WORKER_URL = new URL('./xlsxWorker.mjs', import.meta.url);

class XlsxWorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private nextId = 1;

  read(buffer: Buffer, options: ReadXlsxOptions): Promise<string[][]> {
    return new Promise((resolve, reject) => {
      // A copy the worker owns (transferred, not cloned again): the request's buffer may be a slice of a pool.
      const bytes = new Uint8Array(buffer);
      this.queue.push({ id: this.nextId++, bytes, options, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.queue.length) {
      let slot = [...this.slots].find((s) => s.task === null);
      if (!slot && this.slots.size < XLSX_WORKERS.size) slot = this.start();
      if (!slot) return;
      this.assign(slot, this.queue.shift()!);
    }
  }

  private start(): Slot {
    const worker = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: XLSX_WORKERS.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 32 },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false, task: null, timer: null, timedOut: false };
    this.slots.add(slot);
    worker.on('message', (reply: XlsxWorkerReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      this.release(slot);
      if ('rows' in reply) task.resolve(reply.rows);
      else task.reject(new TabularFileError(reply.error.message, reply.error.status));
      this.pump();
    });
    const fail = (err: Error | null) => {
      if (!this.slots.has(slot)) return;
      this.slots.delete(slot);
      const task = slot.task;
      if (slot.timer) clearTimeout(slot.timer);
      void worker.terminate();
      if (task) {
        if (slot.timedOut) {
          task.reject(new TabularFileError(`Tệp quá lớn: đọc bảng tính cần hơn ${XLSX_WORKERS.timeoutMs / 1000} giây (giới hạn ${XLSX_WORKERS.timeoutMs / 1000} giây).`, 413));
        } else if ((err as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          task.reject(new TabularFileError(`Tệp quá lớn: đọc bảng tính cần hơn ${XLSX_WORKERS.maxOldGenerationSizeMb} MB bộ nhớ (giới hạn ${XLSX_WORKERS.maxOldGenerationSizeMb} MB).`, 413));
        } else if (!slot.ready) {
          task.reject(new XlsxWorkerUnavailable(`Không khởi động được luồng đọc tệp Excel: ${err?.message ?? 'đã dừng'}`, { cause: err }));
        } else {
          task.reject(new Error(`Luồng đọc tệp Excel dừng bất thường: ${err?.message ?? 'đã dừng'}`, { cause: err }));
        }
      }
      this.pump();
    };
    worker.on('error', (err) => fail(err));
    worker.on('exit', () => fail(null));
    worker.unref();
    return slot;
  }

  private assign(slot: Slot, task: Task) {
    slot.task = task;
    // Keep the process alive while a file is being read (the CLI awaits it with nothing else pending).
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      slot.timedOut = true;
      void slot.worker.terminate();
    }, XLSX_WORKERS.timeoutMs);
    slot.timer.unref();
    slot.worker.postMessage({ id: task.id, bytes: task.bytes, options: task.options } satisfies XlsxWorkerRequest, [task.bytes.buffer]);
  }

  private release(slot: Slot) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
    slot.worker.unref();
  }

  /** Ends every thread (tests). */
  async close() {
    const workers = [...this.slots].map((s) => s.worker);
    this.slots.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export const xlsxWorkerPool = new XlsxWorkerPool();
