import { describe, expect, it } from 'vitest';
import { attestationsToRows, rowsToAttestations } from './attestationRows';

const HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Gương mẫu chấp hành', 'Nội bộ đoàn kết'];
const all = { unitCodes: new Set(['30904', 'SNV-CCHC']), ownUnitOnly: false };

describe('rowsToAttestations', () => {
  it('reads Có, Không and blank, in any case', () => {
    const { rows, errors } = rowsToAttestations([HEADER, ['30904', 'Thị trấn Giồng Riềng', 'có', 'KHÔNG'], ['SNV-CCHC', '', '', 'Có']], all);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { row: 2, unitCode: '30904', compliance: true, solidarity: false },
      { row: 3, unitCode: 'SNV-CCHC', compliance: null, solidarity: true },
    ]);
  });

  it('leaves a missing column as it is (undefined)', () => {
    expect(rowsToAttestations([['Mã đơn vị', 'Nội bộ đoàn kết'], ['30904', 'Có']], all).rows).toEqual([{ row: 2, unitCode: '30904', compliance: undefined, solidarity: true }]);
  });

  it.each([
    ['an unknown unit', ['99999', '', 'Có', 'Có'], all, 'Mã đơn vị', 'Không có đơn vị mã "99999" trong cây đơn vị của đợt thi đua.'],
    ['another unit for a unit head', ['SNV-CCHC', '', 'Có', 'Có'], { unitCodes: new Set(['30904']), ownUnitOnly: true }, 'Mã đơn vị', 'Đơn vị "SNV-CCHC" không phải đơn vị của bạn: thủ trưởng chỉ xác nhận cho đơn vị mình.'],
    ['an empty code', ['', 'Thị trấn', 'Có', 'Có'], all, 'Mã đơn vị', 'Không được để trống.'],
    ['a bad yes/no', ['30904', '', 'Đạt', 'Có'], all, 'Gương mẫu chấp hành', '"Đạt" không hợp lệ (Có, Không hoặc để trống).'],
  ])('names the row and column of %s', (_case, cells, context, field, message) => {
    expect(rowsToAttestations([HEADER, cells], context).errors).toEqual([{ row: 2, field, message }]);
  });

  it('refuses the same unit twice', () => {
    const line = ['30904', '', 'Có', 'Có'];
    expect(rowsToAttestations([HEADER, line, line], all).errors).toEqual([{ row: 3, field: 'Mã đơn vị', message: 'Trùng với dòng 2 (cùng đơn vị).' }]);
  });

  it('needs the code column and one of the two attestations', () => {
    expect(rowsToAttestations([['Tên đơn vị', 'Nội bộ đoàn kết']], all).errors.map((e) => e.field)).toEqual(['Mã đơn vị']);
    expect(rowsToAttestations([['Mã đơn vị', 'Tên đơn vị']], all).errors.map((e) => e.field)).toEqual(['Gương mẫu chấp hành']);
    expect(rowsToAttestations([], all).errors.map((e) => e.field)).toEqual(['Tệp']);
  });
});

describe('rowsToAttestations through the table codec', () => {
  it('reads yes/no without marks and VNI "Coù"/"Khoâng", skipping blank rows', () => {
    const { rows, errors, repairs } = rowsToAttestations([['Ma don vi', 'Guong mau chap hanh', 'Noi bo doan ket'], ['30904', 'co', 'khong'], ['', '', ''], ['SNV-CCHC', 'Coù', 'Khoâng']], all);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { row: 2, unitCode: '30904', compliance: true, solidarity: false },
      { row: 4, unitCode: 'SNV-CCHC', compliance: true, solidarity: false },
    ]);
    expect(repairs.map((r) => [r.row, r.field, r.from])).toEqual([
      [4, 'Gương mẫu chấp hành', 'vni'],
      [4, 'Nội bộ đoàn kết', 'vni'],
    ]);
  });

  it('calls a header without data rows an empty file', () => {
    expect(rowsToAttestations([HEADER, ['', '', '', '']], all).errors).toEqual([{ row: 1, field: 'Tệp', message: 'Tệp trống: cần dòng tiêu đề và ít nhất một dòng dữ liệu.' }]);
  });
});

describe('attestationsToRows', () => {
  it('writes what rowsToAttestations reads back', () => {
    const list = [
      { unitCode: '30904', unitName: 'Thị trấn Giồng Riềng', compliance: true, solidarity: false },
      { unitCode: 'SNV-CCHC', unitName: 'Phòng CCHC', compliance: null, solidarity: null },
    ];
    const { header, rows } = attestationsToRows(list);
    expect(rows[0]).toEqual(['30904', 'Thị trấn Giồng Riềng', 'Có', 'Không']);
    const back = rowsToAttestations([header, ...rows], all);
    expect(back.errors).toEqual([]);
    expect(back.rows.map(({ unitCode, compliance, solidarity }) => ({ unitCode, compliance, solidarity }))).toEqual(list.map(({ unitName: _n, ...rest }) => rest));
  });
});
