import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../../documents/files/contentDisposition';
import { parseCsv, toCsv } from '../../documents/tabular/csv';
import { parseXlsx, TabularFileError, toXlsx } from '../../documents/tabular/xlsx';
import type { ColumnFormat } from '../../domain/tabular/tableCodec';
import { decodeCsvBytes } from '../../domain/tabular/legacyVietnamese';
import { AppError, validation } from '../errors';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The uploaded file (the raw request body) as rows of text, or an error naming the field "file": 413
 * (PAYLOAD_TOO_LARGE) when an XLSX is over one of XLSX_LIMITS, 400 when it cannot be read. An XLSX is read in a
 * worker thread (documents/tabular/xlsx.ts), so a large one does not hold up other requests.
 * @param body the request body: a Buffer for text/csv and the XLSX mime type
 * @param format 'csv' (UTF-8, or a pre-Unicode Vietnamese encoding: see csvText) or 'xlsx'
 * @param options.maxColumns for XLSX, the columns the table has: nothing further right is read
 */
export async function readUploadedTable(body: unknown, format: 'csv' | 'xlsx', options: { maxColumns?: number } = {}): Promise<string[][]> {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw validation([{ path: 'file', message: 'Tệp: chưa chọn tệp hoặc tệp rỗng' }]);
  }
  try {
    return format === 'csv' ? parseCsv(csvText(body)) : await parseXlsx(body, { maxColumns: options.maxColumns });
  } catch (err) {
    if (err instanceof TabularFileError && err.status === 413) {
      throw new AppError('PAYLOAD_TOO_LARGE', err.message, [{ path: 'file', message: `Tệp: ${err.message}` }]);
    }
    const message = (err as Error).message;
    throw validation([{ path: 'file', message: `Tệp: ${message}` }], message);
  }
}

/**
 * The text of a CSV upload. UTF-8 as it is (decomposed marks too: the table codec composes them). A TCVN3 or
 * VNI-Windows file is handed on as its bytes read in Windows-1252 — what an XLSX from an old converter holds — so
 * the table codec decodes it cell by cell and reports each cell in the import's `repaired`; a Windows-1258 file
 * (Excel's "CSV" on a Vietnamese Windows) is decoded here. Anything else is refused rather than guessed.
 */
function csvText(body: Buffer): string {
  const { text, encoding } = decodeCsvBytes(body);
  if (encoding === 'windows-1252') throw new Error('Tệp CSV không phải văn bản UTF-8, TCVN3, VNI hay Windows-1258: hãy lưu lại dạng "CSV UTF-8".');
  return encoding === 'tcvn3' || encoding === 'vni' ? new TextDecoder('windows-1252').decode(body) : text;
}

/**
 * Sends a table as a CSV or XLSX download; in XLSX the integer and decimal columns of `formats` (writeTable gives
 * them) are numbers, the rest text, so the file re-imports as it is.
 * @param file.name file name without extension, ASCII
 */
export async function sendTable(
  reply: FastifyReply,
  file: { name: string; sheet: string; header: string[]; rows: string[][]; formats?: readonly ColumnFormat[]; widths?: readonly (number | undefined)[]; format: 'csv' | 'xlsx' },
): Promise<FastifyReply> {
  if (file.format === 'csv') {
    // The name may carry request text (an era id): contentDisposition keeps the header valid whatever it holds.
    reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', contentDisposition(`${file.name}.csv`));
    return reply.send(toCsv(file.header, file.rows));
  }
  const buffer = await toXlsx(file.sheet, file.header, file.rows, file.widths ?? [], file.formats ?? []);
  reply.header('content-type', XLSX_TYPE).header('content-disposition', contentDisposition(`${file.name}.xlsx`));
  return reply.send(buffer);
}
