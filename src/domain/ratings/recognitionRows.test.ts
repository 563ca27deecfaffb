import { describe, expect, it } from 'vitest';
import { recognitionsToRows, rowsToRecognitions } from './recognitionRows';

const HEADER = ['Mã huyện', 'Tên huyện', 'Mã xã', 'Tên xã', 'Số quyết định', 'Ngày công nhận'];
const communes = new Map([
  ['30904', { districtCode: '906' }],
  ['30817', { districtCode: '905' }],
]);
const all = { communes, districtOnly: false };

describe('rowsToRecognitions', () => {
  it('reads the decision and the day (dd/mm/yyyy or yyyy-mm-dd), blanks as null', () => {
    const { rows, errors } = rowsToRecognitions([HEADER, ['906', 'Giồng Riềng', '30904', '', '125/QĐ-UBND', '5/1/2021'], ['', '', '30817', '', '', '']], all);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { row: 2, communeCode: '30904', decisionReference: '125/QĐ-UBND', recognisedAt: '2021-01-05' },
      { row: 3, communeCode: '30817', decisionReference: null, recognisedAt: null },
    ]);
  });

  it.each([
    ['an unknown commune', ['', '', '99999', '', '', ''], all, 'Mã xã', 'Không có xã, phường, thị trấn mã "99999" thuộc một huyện trong cây đơn vị của đợt thi đua.'],
    ['a commune of another district', ['', '', '30817', '', '', ''], { communes: new Map([['30904', { districtCode: '906' }]]), districtOnly: true }, 'Mã xã', 'Xã mã "30817" không thuộc huyện của bạn: chỉ công nhận xã trong huyện mình.'],
    ['the wrong district code', ['905', '', '30904', '', '', ''], all, 'Mã huyện', 'Xã "30904" thuộc huyện mã "906", không phải "905".'],
    ['an impossible day', ['906', '', '30904', '', '', '31/02/2021'], all, 'Ngày công nhận', '"31/02/2021" không phải ngày hợp lệ (dd/mm/yyyy).'],
    ['a long decision number', ['906', '', '30904', '', 'x'.repeat(101), ''], all, 'Số quyết định', 'Dài quá 100 ký tự.'],
    ['an empty commune code', ['906', '', '', '', '', ''], all, 'Mã xã', 'Không được để trống.'],
  ])('names the row and column of %s', (_case, cells, context, field, message) => {
    expect(rowsToRecognitions([HEADER, cells], context).errors).toEqual([{ row: 2, field, message }]);
  });

  it('refuses the same commune twice and counts rows as Excel does', () => {
    const line = ['906', '', '30904', '', '', ''];
    expect(rowsToRecognitions([HEADER, line, ['', '', '', '', '', ''], line], all).errors).toEqual([{ row: 4, field: 'Mã xã', message: 'Trùng với dòng 2 (cùng xã).' }]);
  });

  it('needs the commune code column', () => {
    expect(rowsToRecognitions([['Mã huyện', 'Số quyết định']], all).errors).toEqual([{ row: 1, field: 'Mã xã', message: 'Thiếu cột "Mã xã" trong dòng tiêu đề.' }]);
  });
});

describe('rowsToRecognitions through the table codec', () => {
  it('accepts headers without marks and repairs a TCVN3 decision number', () => {
    const { rows, errors, repairs } = rowsToRecognitions([['Ma xa', 'So quyet dinh', 'Ngay cong nhan'], ['30904', '125/Q§-UBND', '2021-01-05']], all);
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ row: 2, communeCode: '30904', decisionReference: '125/QĐ-UBND', recognisedAt: '2021-01-05' }]);
    expect(repairs).toEqual([{ row: 2, field: 'Số quyết định', from: 'tcvn3' }]);
  });
});

describe('recognitionsToRows', () => {
  it('writes dd/mm/yyyy and reads back the same', () => {
    const list = [
      { districtCode: '906', districtName: 'Huyện Giồng Riềng', communeCode: '30904', communeName: 'Thị trấn Giồng Riềng', decisionReference: '125/QĐ-UBND', recognisedAt: '2021-01-15' },
      { districtCode: '905', districtName: 'Huyện Hòn Đất', communeCode: '30817', communeName: 'Thị trấn Hòn Đất', decisionReference: null, recognisedAt: null },
    ];
    const { header, rows } = recognitionsToRows(list);
    expect(rows[0]).toEqual(['906', 'Huyện Giồng Riềng', '30904', 'Thị trấn Giồng Riềng', '125/QĐ-UBND', '15/01/2021']);
    const back = rowsToRecognitions([header, ...rows], all);
    expect(back.errors).toEqual([]);
    expect(back.rows.map(({ row: _r, ...r }) => r)).toEqual(list.map((r) => ({ communeCode: r.communeCode, decisionReference: r.decisionReference, recognisedAt: r.recognisedAt })));
  });
});
