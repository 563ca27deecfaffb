import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';
import { parseXlsx, toXlsx } from './xlsx';

const header = ['Mã', 'Tên', 'Ghi chú'];
const rows = [
  ['30904', 'Thị trấn Giồng Riềng', 'có dấu "ngoặc", và phẩy'],
  ['091', 'Huyện Hòn Đất', 'dòng\nmới'],
];

describe('csv', () => {
  it('round-trips Vietnamese text, quotes, commas, newlines and leading zeros', () => {
    expect(parseCsv(toCsv(header, rows))).toEqual([header, ...rows]);
  });
  it('starts with a BOM so Excel reads UTF-8', () => {
    expect(toCsv(header, []).charCodeAt(0)).toBe(0xfeff);
  });
});

describe('xlsx', () => {
  it('round-trips Vietnamese text and keeps codes as text', async () => {
    expect(await parseXlsx(await toXlsx('Đơn vị', header, rows))).toEqual([header, ...rows]);
  });
  it('refuses a file that is not XLSX with a Vietnamese message', async () => {
    await expect(parseXlsx(Buffer.from('not a zip'))).rejects.toThrow('không phải là tệp Excel');
  });
});
