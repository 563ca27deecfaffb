/**
 * The thread side of a WorkerPool (workerPool.ts): answers each `{ id, request }` with `{ id, result }` or
 * `{ id, error }` and says `{ ready: true }` once its module has loaded. Buffers the answer lists in `transfer` are
 * handed to the pool's thread instead of copied.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './workerPool';

export function serveWorkerRequests<Q, R, E>(handle: (request: Q) => Promise<{ result: R; transfer?: ArrayBuffer[] }> | { result: R; transfer?: ArrayBuffer[] }, toError: (err: unknown) => E) {
  const port = parentPort!;
  port.on('message', async ({ id, request }: WorkerRequest<Q>) => {
    try {
      const { result, transfer = [] } = await handle(request);
      port.postMessage({ id, result } satisfies WorkerReply<R, E>, transfer);
    } catch (err) {
      port.postMessage({ id, error: toError(err) } satisfies WorkerReply<R, E>);
    }
  });
  port.postMessage({ ready: true } satisfies WorkerReply<R, E>);
}
