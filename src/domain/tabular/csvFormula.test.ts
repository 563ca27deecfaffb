import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCsvCell, restoreCsvCell } from './csvFormula';

describe('neutraliseCsvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+84 297 3862 000', "'+84 297 3862 000"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'=1", "''=1"], // a quote of its own is kept through the round trip
    ["'abc", "'abc"],
    ['Sở Nội vụ', 'Sở Nội vụ'],
    ['91,47', '91,47'],
    ['', ''],
  ])('writes %j as %j', (value, cell) => {
    expect(neutraliseCsvCell(value)).toBe(cell);
    expect(restoreCsvCell(cell)).toBe(value);
  });

  it('restores every value it neutralises (property)', () => {
    const value = fc.tuple(fc.constantFrom('', "'", "''", '=', '+', '-', '@', '\t', '\r', 'a'), fc.string()).map(([a, b]) => a + b);
    fc.assert(
      fc.property(value, (v) => {
        expect(restoreCsvCell(neutraliseCsvCell(v))).toBe(v);
      }),
    );
  });

  it('leaves a cell a person wrote without the quote as it is on import', () => {
    expect(restoreCsvCell('-5')).toBe('-5');
    expect(restoreCsvCell("'abc")).toBe("'abc");
  });
});
