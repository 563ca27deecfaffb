/**
 * `npm run bench:export`: a 100,000-row XLSX export, streamed (writeXlsxStream fed by a keyset-paged SQL read, 2,000
 * rows a page) against the in-memory way (all rows read, one ExcelJS Workbook, writeBuffer). Prints, for each, the
 * peak RSS over the run (sampled every 20 ms), the RSS growth from the start, the time to the first byte written
 * and the total time. Database: PGlite in memory, a table of 100,000 unit-like rows made with generate_series.
 * Options (env): BENCH_EXPORT_ROWS (100000). Run each mode in a fresh process: `--mode stream` or `--mode memory`.
 */
import { Writable } from 'node:stream';
import { PGlite } from '@electric-sql/pglite';
import ExcelJS from 'exceljs';
import { writeXlsxStream } from '../src/documents/tabular/xlsxStream';

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const PAGE = 2_000;
const mode = process.argv.includes('memory') ? 'memory' : 'stream';
const HEADER = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Huyện', 'Điểm Chỉ số CCHC', 'Xếp loại', 'Ghi chú'];
type Row = { n: number; code: string; name: string; district: string; score: string; cls: string; note: string };
const cells = (r: Row) => [String(r.n), r.code, r.name, r.district, r.score, r.cls, r.note];

async function main() {
  const db = new PGlite();
  await db.exec(`create table export_rows as select n, lpad(n::text, 6, '0') as code, 'Ủy ban nhân dân xã Thử nghiệm số ' || n as name,
    'Huyện ' || (n % 15) as district, round((60 + (n % 40) + random())::numeric, 2)::text as score,
    (array['Xuất sắc','Tốt','Khá','Trung bình','Yếu'])[1 + n % 5] as cls, repeat('ghi chú ', 1 + n % 4) as note
    from generate_series(1, ${ROWS}) n; alter table export_rows add primary key (n);`);
  global.gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  let firstByte = -1;
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (firstByte < 0) firstByte = performance.now() - t0;
      bytes += chunk.length;
      done();
    },
  });
  if (mode === 'stream') {
    async function* pages() {
      let last = 0;
      for (;;) {
        const { rows } = await db.query<Row>('select * from export_rows where n > $1 order by n limit $2', [last, PAGE]);
        if (rows.length === 0) return;
        last = rows[rows.length - 1].n;
        yield rows.map(cells);
      }
    }
    await writeXlsxStream(sink, 'Chỉ số CCHC', HEADER, pages());
  } else {
    const { rows } = await db.query<Row>('select * from export_rows order by n');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Chỉ số CCHC');
    ws.addRow(HEADER);
    for (const r of rows) ws.addRow(cells(r));
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    await new Promise<void>((resolve) => sink.write(buffer, () => resolve()));
  }
  const total = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
  console.log(`${mode}: ${ROWS} rows, ${mb(bytes)} MB xlsx; peak RSS ${mb(peak)} MB (+${mb(peak - start)} MB over the start); first byte ${firstByte.toFixed(0)} ms; total ${(total / 1000).toFixed(1)} s`);
  await db.close();
}

void main();
