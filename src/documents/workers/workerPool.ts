/**
 * A small pool of worker threads for CPU-bound work (reading XLSX uploads, rendering documents), so that one
 * request's work never holds the event loop that answers everyone else. Threads start on first use and are kept
 * (unref'd while idle); one task per thread at a time, the rest queued. Each thread has its own heap limit and each
 * task a time limit: a task that reaches either costs its thread (replaced on the next task) and is refused with
 * the error the pool's owner chooses; the server itself is untouched.
 *
 * The thread's module answers through serveWorkerRequests (serveWorkerRequests.ts).
 */
import { Worker } from 'node:worker_threads';

/** What went wrong with a thread while it held a task. */
export type WorkerFailure = 'timeout' | 'outOfMemory' | 'unavailable' | 'crashed';

export type WorkerPoolOptions<E> = {
  /** The thread's entry (an .mjs that loads the .ts through tsx, so it also works under Vitest). */
  url: URL;
  size: number;
  /** Longest a task may take, thread start included. */
  timeoutMs: number;
  maxOldGenerationSizeMb: number;
  /** The error a task is rejected with when the thread answers with `error`. */
  replyError: (error: E) => Error;
  /** The error a task is rejected with when its thread fails; `unavailable` must be a WorkerUnavailable. */
  failureError: (failure: WorkerFailure, cause: Error | null) => Error;
};

/** The worker could not be started at all (its module failed to load): the caller may do the work itself. */
export class WorkerUnavailable extends Error {}

/** Messages between the pool and its threads. */
export type WorkerRequest<Q> = { id: number; request: Q };
export type WorkerReply<R, E> = { ready: true } | { id: number; result: R } | { id: number; error: E };

type Task<Q, R> = { id: number; request: Q; transfer: ArrayBuffer[]; resolve: (result: R) => void; reject: (err: Error) => void };
type Slot<Q, R> = { worker: Worker; ready: boolean; task: Task<Q, R> | null; timer: NodeJS.Timeout | null; timedOut: boolean };

export class WorkerPool<Q, R, E> {
  private readonly slots = new Set<Slot<Q, R>>();
  private readonly queue: Task<Q, R>[] = [];
  private nextId = 1;

  constructor(private readonly options: WorkerPoolOptions<E>) {}

  /** Runs one task in a thread; `transfer` lists buffers of the request the thread takes over (not copied). */
  run(request: Q, transfer: ArrayBuffer[] = []): Promise<R> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, request, transfer, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.queue.length) {
      let slot = [...this.slots].find((s) => s.task === null);
      if (!slot && this.slots.size < this.options.size) slot = this.start();
      if (!slot) return;
      this.assign(slot, this.queue.shift()!);
    }
  }

  private start(): Slot<Q, R> {
    const worker = new Worker(this.options.url, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 32 },
      stdout: false,
      stderr: false,
    });
    const slot: Slot<Q, R> = { worker, ready: false, task: null, timer: null, timedOut: false };
    this.slots.add(slot);
    worker.on('message', (reply: WorkerReply<R, E>) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      this.release(slot);
      if ('result' in reply) task.resolve(reply.result);
      else task.reject(this.options.replyError(reply.error));
      this.pump();
    });
    const fail = (err: Error | null) => {
      if (!this.slots.has(slot)) return;
      this.slots.delete(slot);
      const task = slot.task;
      if (slot.timer) clearTimeout(slot.timer);
      void worker.terminate();
      if (task) {
        const failure: WorkerFailure = slot.timedOut
          ? 'timeout'
          : (err as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'outOfMemory'
            : slot.ready
              ? 'crashed'
              : 'unavailable';
        task.reject(this.options.failureError(failure, err));
      }
      this.pump();
    };
    worker.on('error', (err) => fail(err));
    worker.on('exit', () => fail(null));
    worker.unref();
    return slot;
  }

  private assign(slot: Slot<Q, R>, task: Task<Q, R>) {
    slot.task = task;
    // Keep the process alive while a task runs (a CLI awaits it with nothing else pending).
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      slot.timedOut = true;
      void slot.worker.terminate();
    }, this.options.timeoutMs);
    slot.timer.unref();
    slot.worker.postMessage({ id: task.id, request: task.request } satisfies WorkerRequest<Q>, task.transfer);
  }

  private release(slot: Slot<Q, R>) {
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
