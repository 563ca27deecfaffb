import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('toCsv / parseCsv formula neutralisation', () => {
  const rows = [['=HYPERLINK("http://x")', '-5', '+1', '@SUM(A1)', "'=literal", 'Sở Nội vụ']];

  it('writes formula-like cells with a leading quote so a spreadsheet shows them as text', () => {
    expect(toCsv(['A', 'B', 'C', 'D', 'E', 'F'], rows).split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://x"")",'-5,'+1,'@SUM(A1),''=literal,Sở Nội vụ`);
  });

  it('reads them back exactly', () => {
    expect(parseCsv(toCsv(['A', 'B', 'C', 'D', 'E', 'F'], rows))).toEqual([['A', 'B', 'C', 'D', 'E', 'F'], ...rows]);
  });
});
