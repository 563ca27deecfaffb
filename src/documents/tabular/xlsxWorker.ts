/**
 * The XLSX worker (started by xlsxWorkerPool.ts through xlsxWorker.mjs): reads one upload per request with
 * readXlsxTable and answers its rows, or the refusal `{ message, status }`.
 */
import { serveWorkerRequests } from '../workers/serveWorkerRequests';
import { TabularFileError } from './tabularFileError';
import { readXlsxTable, type ReadXlsxOptions } from './xlsxReader';

export type XlsxWorkerRequest = { bytes: Uint8Array; options: ReadXlsxOptions };
export type XlsxWorkerError = { message: string; status: 400 | 413 };

serveWorkerRequests<XlsxWorkerRequest, string[][], XlsxWorkerError>(
  (request) => {
    const buffer = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
    return { result: readXlsxTable(buffer, request.options) };
  },
  (err) => {
    // readXlsxTable throws only TabularFileError; anything else would be a bug, answered as an unreadable file.
    const e = err instanceof TabularFileError ? err : new TabularFileError('Tệp không phải là tệp Excel (.xlsx) hợp lệ.', 400);
    return { message: e.message, status: e.status };
  },
);
