import { PassThrough, type Writable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { sql, type SQL } from 'drizzle-orm';
import { contentDisposition } from '../../documents/files/contentDisposition';
import { csvLines } from '../../documents/tabular/csv';
import { whenDrained, writeXlsxStream } from '../../documents/tabular/xlsxStream';
import type { ColumnFormat } from '../../domain/tabular/tableCodec';
import { XLSX_TYPE } from './tabularFiles';

/** Rows of the first page at most. */
const FIRST_PAGE_ROWS = 500;

/**
 * Reads a list page after page by keyset: `readPage(after, limit)` returns the rows that come after the key `after`
 * (null: from the start) in a fixed order on a unique key, at most `limit`; the next page starts after the last row's
 * key. Unlike offsets, no row is read twice or skipped when pages are read at different moments, and no page skips
 * over the rows before it. The first page is short (FIRST_PAGE_ROWS) so the first rows are ready sooner. The generator ends after a
 * short page.
 */
export async function* keysetPages<Row, Key>(readPage: (after: Key | null, limit: number) => Promise<Row[]>, keyOf: (row: Row) => Key, pageRows: number): AsyncGenerator<Row[]> {
  let after: Key | null = null;
  // A short first page: the download's first bytes wait for it alone.
  let limit = Math.min(pageRows, FIRST_PAGE_ROWS);
  for (;;) {
    const rows = await readPage(after, limit);
    if (rows.length > 0) yield rows;
    if (rows.length < limit) return;
    after = keyOf(rows[rows.length - 1]);
    limit = pageRows;
  }
}

/**
 * The keyset condition `(c1, c2, …) > (v1, v2, …)`, or true for the first page. `columns` are the ORDER BY
 * expressions (ascending, not null; collations as in the ORDER BY), `after` the last row's values of them.
 * Also `c1 >= v1` on its own: when the columns come from joined tables the row comparison is only a join filter, and
 * this bound lets an index on c1 start the page at the key instead of at the first row.
 */
export function keysetAfter(columns: readonly SQL[], after: readonly unknown[] | null): SQL {
  if (!after) return sql`true`;
  return sql`(${sql.join([...columns], sql`, `)}) > (${sql.join(after.map((v) => sql`${v}`), sql`, `)}) and ${columns[0]} >= ${after[0]}`;
}

/**
 * Sends a table as a CSV or XLSX download written as its pages arrive (writeXlsxStream for XLSX), so a large export
 * holds one page in memory and its first bytes leave at once: the same file as `sendTable` (header, widths, number
 * columns), for lists that grow with people or registrations. The first page is read before the answer starts, so a
 * refused or failing read still answers with its error; a read that fails later cuts the download short (the file
 * is then incomplete, never silently short). Pages are read one after the other, not in one transaction.
 * @param file.pages text rows, page by page (e.g. keysetPages mapped through the feature's writeTable)
 */
export async function sendTableStream(
  reply: FastifyReply,
  file: { name: string; sheet: string; header: string[]; formats?: readonly ColumnFormat[]; widths?: readonly (number | undefined)[]; format: 'csv' | 'xlsx'; pages: AsyncIterable<string[][]> },
): Promise<FastifyReply> {
  const iterator = file.pages[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* pages(): AsyncGenerator<string[][]> {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const body = new PassThrough();
  const write = file.format === 'csv' ? writeCsvStream(body, file.header, pages()) : writeXlsxStream(body, file.sheet, file.header, pages(), { widths: file.widths, formats: file.formats });
  write.then(
    () => {
      if (!body.writableEnded) body.end();
    },
    (err: Error) => {
      reply.log.error({ err }, 'streamed export failed');
      body.destroy(err);
    },
  );
  const [type, extension] = file.format === 'csv' ? ['text/csv; charset=utf-8', 'csv'] : [XLSX_TYPE, 'xlsx'];
  // The name may carry request text (an era id): contentDisposition keeps the header valid whatever it holds.
  reply.header('content-type', type).header('content-disposition', contentDisposition(`${file.name}.${extension}`));
  return reply.send(body);
}

/** CSV as `toCsv` writes it (BOM, header, CRLF lines), page by page, waiting while `output` is full. */
async function writeCsvStream(output: Writable, header: string[], pages: AsyncIterable<string[][]>): Promise<void> {
  output.write('\uFEFF' + csvLines([header]));
  for await (const page of pages) {
    if (output.destroyed) throw new Error('Kết nối tải tệp đã đóng.');
    if (!output.write(csvLines(page))) await whenDrained(output);
  }
}
