import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { headerRowXml, inlineCell, workbookFromSheetData, xfdColumnFile } from './hostileXlsxFiles';
import { TabularFileError } from './tabularFileError';
import { parseXlsx, toXlsx } from './xlsx';
import { xlsxWorkerPool } from './xlsxWorkerPool';

const header = ['Mã', 'Tên', 'Ghi chú'];
const rows = [
  ['30904', 'Thị trấn Giồng Riềng', 'có dấu "ngoặc", và phẩy'],
  ['091', 'Huyện Hòn Đất', 'dòng\nmới'],
];

describe('XLSX in a worker thread', () => {
  it('reads in the worker (no fallback) under Vitest, as the calling thread would', async () => {
    const file = await toXlsx('Đơn vị', header, rows);
    // The pool itself: it rejects instead of falling back when the thread cannot start.
    expect(await xlsxWorkerPool.read(file, {})).toEqual([header, ...rows]);
    expect(await parseXlsx(file)).toEqual(await parseXlsx(file, { inProcess: true }));
  });

  it('brings the refusal back from the worker as a TabularFileError with its status', async () => {
    const err = await parseXlsx(xfdColumnFile(1500)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TabularFileError);
    expect(err).toMatchObject({ status: 413, message: expect.stringContaining('giới hạn 200 cột') });
    await expect(parseXlsx(Buffer.from('not a zip'))).rejects.toMatchObject({ status: 400, message: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ.' });
  });

  it('leaves the event loop free while a large file is read', async () => {
    let sheet = headerRowXml(['A', 'B', 'C', 'D']);
    for (let r = 2; r <= 19_000; r++) sheet += `<row r="${r}">${['A', 'B', 'C', 'D'].map((c) => inlineCell(`${c}${r}`, `Nguyễn Văn ${c}${r} — công chức`)).join('')}</row>`;
    const file = workbookFromSheetData(sheet);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const table = await parseXlsx(file);
    clearInterval(timer);
    expect(table).toHaveLength(19_000);
    // Read on this thread, the parse would have run start to end without one timer turn.
    expect(ticks).toBeGreaterThan(0);
    let inProcessTicks = 0;
    const timer2 = setInterval(() => inProcessTicks++, 0);
    const promise = parseXlsx(file, { inProcess: true });
    const ticksWhenReturned = inProcessTicks;
    await promise;
    clearInterval(timer2);
    expect(ticksWhenReturned).toBe(0);
  });

  it('loads the worker in a process run by tsx, like the server, and lets that process exit', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-xlsx-'));
    try {
      fs.writeFileSync(path.join(dir, 'file.xlsx'), await toXlsx('Đơn vị', header, rows));
      const script = path.join(dir, 'read.mts');
      const xlsxModule = path.resolve(import.meta.dirname, 'xlsxWorkerPool.ts');
      fs.writeFileSync(
        script,
        `import fs from 'node:fs';\nimport { xlsxWorkerPool } from ${JSON.stringify(xlsxModule)};\n` +
          `console.log(JSON.stringify(await xlsxWorkerPool.read(fs.readFileSync(${JSON.stringify(path.join(dir, 'file.xlsx'))}), {})));\n`,
      );
      const root = path.resolve(import.meta.dirname, '../../..');
      const { stdout } = await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), [script], { cwd: root, timeout: 60_000 });
      expect(JSON.parse(stdout)).toEqual([header, ...rows]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
