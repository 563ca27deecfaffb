/**
 * The XLSX worker (started by xlsxWorkerPool.ts through xlsxWorker.mjs): reads one upload per message with
 * readXlsxTable and answers `{ id, rows }` or `{ id, error: { message, status } }`. Says `{ ready: true }` once loaded.
 */
import { parentPort } from 'node:worker_threads';
import { TabularFileError } from './tabularFileError';
import { readXlsxTable, type ReadXlsxOptions } from './xlsxReader';

export type XlsxWorkerRequest = { id: number; bytes: Uint8Array; options: ReadXlsxOptions };
export type XlsxWorkerReply = { ready: true } | { id: number; rows: string[][] } | { id: number; error: { message: string; status: 400 | 413 } };

const port = parentPort!;
port.on('message', (request: XlsxWorkerRequest) => {
  let reply: XlsxWorkerReply;
  try {
    const buffer = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
    reply = { id: request.id, rows: readXlsxTable(buffer, request.options) };
  } catch (err) {
    // readXlsxTable throws only TabularFileError; anything else would be a bug, answered as an unreadable file.
    const e = err instanceof TabularFileError ? err : new TabularFileError('Tệp không phải là tệp Excel (.xlsx) hợp lệ.', 400);
    reply = { id: request.id, error: { message: e.message, status: e.status } };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies XlsxWorkerReply);
