import { describe, expect, it } from 'vitest';
import { decideSelection, type SelectionUnit } from './collectiveSelection';

const ref = { clause: 'Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III', source: 'Kế hoạch số 34/KH-UBND ngày 03/3/2020' };
const stp: SelectionUnit = { id: 'stp', name: 'Sở Tư pháp', kind: 'department', classification: 'excellent' };
const syt: SelectionUnit = { id: 'syt', name: 'Sở Y tế', kind: 'department', classification: 'excellent' };
const sct: SelectionUnit = { id: 'sct', name: 'Sở Công Thương', kind: 'department', classification: 'good' };
const xa: SelectionUnit = { id: 'xa', name: 'Thị trấn Giồng Riềng', kind: 'commune', classification: 'excellent' };

describe('decideSelection', () => {
  it.each<[string, SelectionUnit[], SelectionUnit[], number | null, ReturnType<typeof decideSelection>]>([
    ['no limit (the plan sets none): any number of the excellent group', [stp, syt], [], null, { allowed: true, newUnitIds: ['stp', 'syt'] }],
    ['within the limit', [syt], [stp], 2, { allowed: true, newUnitIds: ['syt'] }],
    ['a unit already picked is kept, not counted twice', [stp], [stp], 1, { allowed: true, newUnitIds: [] }],
    [
      'one over the limit names the limit, its clause and the picks',
      [syt],
      [stp],
      1,
      { allowed: false, field: 'unitIds', status: 'quota', message: 'Chỉ tiêu tập thể tiêu biểu nhóm xuất sắc là 1 (Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III, Kế hoạch số 34/KH-UBND ngày 03/3/2020); đã chọn 1 (Sở Tư pháp), không thể chọn thêm 1.' },
    ],
    [
      'a unit outside the excellent group',
      [sct],
      [],
      null,
      { allowed: false, field: 'unitIds', status: 'invalid', message: 'Sở Công Thương không thuộc nhóm xếp hạng xuất sắc của kết quả Chỉ số CCHC đã công bố (Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III, Kế hoạch số 34/KH-UBND ngày 03/3/2020).' },
    ],
    [
      'a commune (its district proposes it)',
      [xa],
      [],
      null,
      { allowed: false, field: 'unitIds', status: 'invalid', message: 'Thị trấn Giồng Riềng là đơn vị cấp xã: do huyện đề nghị, không do Sở Nội vụ chọn (Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III).' },
    ],
  ])('%s', (_case, requested, alreadySelected, limit, expected) => {
    expect(decideSelection({ requested, alreadySelected, quota: { limit, ref } })).toEqual(expected);
  });

  const cchc: SelectionUnit = { id: 'cchc', name: 'Phòng Cải cách hành chính, Sở Nội vụ', kind: 'par_unit', classification: null, meetsSpecialisedBasis: true };
  it.each<[string, SelectionUnit, boolean]>([
    ['a specialised CCHC unit meeting Tiết 3 (not ranked) may be picked', cchc, true],
    ['a specialised CCHC unit not meeting Tiết 3 may not', { ...cchc, meetsSpecialisedBasis: false }, false],
    ['a specialised CCHC unit whose standard is unknown may not', { ...cchc, meetsSpecialisedBasis: undefined }, false],
    ['a department is never let in by the specialised standard', { ...stp, classification: 'good', meetsSpecialisedBasis: true }, false],
  ])('%s', (_case, unit, allowed) => {
    expect(decideSelection({ requested: [unit], alreadySelected: [], quota: { limit: null, ref } }).allowed).toBe(allowed);
  });

  it('names Tiết 3 when a specialised CCHC unit does not meet it', () => {
    expect(decideSelection({ requested: [{ ...cchc, meetsSpecialisedBasis: false }], alreadySelected: [], quota: { limit: null, ref } })).toEqual({
      allowed: false,
      field: 'unitIds',
      status: 'invalid',
      message: 'Phòng Cải cách hành chính, Sở Nội vụ là phòng, đơn vị chuyên trách CCHC chưa đạt tiêu chuẩn tại Tiết 3, Điểm a, Khoản 1, Mục III nên chưa thể chọn là tập thể tiêu biểu (Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III, Kế hoạch số 34/KH-UBND ngày 03/3/2020).',
    });
  });

  it('an unranked unit (no class) is not in the excellent group', () => {
    expect(decideSelection({ requested: [{ ...stp, classification: null }], alreadySelected: [], quota: { limit: null, ref } })).toMatchObject({ allowed: false, status: 'invalid' });
  });
});
