import { describe, expect, it } from 'vitest';
import { changedCells } from './changedCells';

describe('changedCells', () => {
  it('names each changed data cell by row and header, not the header row itself', () => {
    const before = [['M· ®¬n vÞ', 'Tªn'], ['906', 'HuyÖn Giång RiÒng'], ['91', 'Kien Giang']];
    const after = [['Mã đơn vị', 'Tên'], ['906', 'Huyện Giồng Riềng'], ['91', 'Kien Giang']];
    expect(changedCells(before, after, 'tcvn3')).toEqual([{ row: 2, field: 'Tên', from: 'tcvn3' }]);
  });

  it('names a column without a header by its place', () => {
    expect(changedCells([['A', ''], ['1', 'Së']], [['A', ''], ['1', 'Sở']], 'tcvn3')).toEqual([{ row: 2, field: 'Cột 2', from: 'tcvn3' }]);
  });
});
