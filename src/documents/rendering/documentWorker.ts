/**
 * The document worker (started by renderDocument.ts through documentWorker.mjs): renders one DocumentJob per request
 * and hands the file's bytes back without copying them again.
 */
import { serveWorkerRequests } from '../workers/serveWorkerRequests';
import { renderInProcess, type DocumentJob } from './documentJob';

serveWorkerRequests<DocumentJob, Uint8Array, string>(
  async (job) => {
    const file = await renderInProcess(job);
    // A buffer of its own to transfer: a small Buffer may be a slice of Node's shared pool.
    const bytes = file.byteOffset === 0 && file.byteLength === file.buffer.byteLength ? new Uint8Array(file.buffer, 0, file.byteLength) : new Uint8Array(file);
    return { result: bytes, transfer: [bytes.buffer as ArrayBuffer] };
  },
  (err) => (err instanceof Error ? err.message : String(err)),
);
