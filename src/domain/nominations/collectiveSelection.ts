import type { ClauseRef } from '../shared/ruleOutcome';

/**
 * A unit Sở Nội vụ may pick or has picked: its id, name, kind and ranking class; for a specialised CCHC unit
 * (`par_unit`, not ranked), whether it meets Tiết 3, Điểm a, Khoản 1, Mục III as a collective (its eligibility).
 */
export type SelectionUnit = { id: string; name: string; kind: string; classification: string | null; meetsSpecialisedBasis?: boolean };

/** Tiết 3, Điểm a, Khoản 1, Mục III: the specialised CCHC units' standard, which stands for the excellent group. */
const SPECIALISED_CLAUSE = 'Tiết 3, Điểm a, Khoản 1, Mục III';

/** The campaign's `quotas.excellentGroupCollectives`: the limit (null = none, the plan's own wording) and clause. */
export type SelectionQuota = { limit: number | null; ref: ClauseRef };

export type SelectionDecision =
  | { allowed: true; newUnitIds: string[] }
  | { allowed: false; field: 'unitIds'; message: string; status: 'invalid' | 'quota' };

const cite = (ref: ClauseRef) => `${ref.clause}, ${ref.source}`;

/**
 * Whether Sở Nội vụ may pick these collectives as typical (III.4.a, first bullet: "Sở Nội vụ … chọn tập thể tiêu
 * biểu trong nhóm xếp hạng xuất sắc"): each must be in the excellent class of the published ranking and not a commune
 * (communes are chosen by their district, second bullet); a specialised CCHC unit, which the ranking does not rank,
 * counts as in the excellent group when it meets Tiết 3, Điểm a, Khoản 1, Mục III (Gạch đầu dòng 3, Điểm b, Khoản 1
 * puts it so for its individuals, who are proposed only once it is selected); units already picked are kept, not counted twice; the
 * picked ones together must stay within the campaign's limit when it sets one.
 * @param input.requested the units asked for, each with its class in the published ranking (null = not ranked)
 * @param input.alreadySelected the campaign's picks so far (read under the quota's row lock)
 */
export function decideSelection(input: { requested: readonly SelectionUnit[]; alreadySelected: readonly Pick<SelectionUnit, 'id' | 'name'>[]; quota: SelectionQuota }): SelectionDecision {
  const { requested, alreadySelected, quota } = input;
  for (const unit of requested) {
    if (unit.kind === 'commune') {
      return { allowed: false, field: 'unitIds', status: 'invalid', message: `${unit.name} là đơn vị cấp xã: do huyện đề nghị, không do Sở Nội vụ chọn (Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III).` };
    }
    if (unit.kind === 'par_unit' && unit.classification !== 'excellent') {
      // Not ranked: in the excellent group when it meets Tiết 3 (Gạch đầu dòng 3, Điểm b, Khoản 1, Mục III reads it so).
      if (unit.meetsSpecialisedBasis) continue;
      return { allowed: false, field: 'unitIds', status: 'invalid', message: `${unit.name} là phòng, đơn vị chuyên trách CCHC chưa đạt tiêu chuẩn tại ${SPECIALISED_CLAUSE} nên chưa thể chọn là tập thể tiêu biểu (${cite(quota.ref)}).` };
    }
    if (unit.classification !== 'excellent') {
      return { allowed: false, field: 'unitIds', status: 'invalid', message: `${unit.name} không thuộc nhóm xếp hạng xuất sắc của kết quả Chỉ số CCHC đã công bố (${cite(quota.ref)}).` };
    }
  }
  const picked = new Set(alreadySelected.map((u) => u.id));
  const newUnitIds = [...new Set(requested.map((u) => u.id))].filter((id) => !picked.has(id));
  if (quota.limit !== null && alreadySelected.length + newUnitIds.length > quota.limit) {
    const names = alreadySelected.map((u) => u.name).join(', ') || 'chưa có';
    return {
      allowed: false,
      field: 'unitIds',
      status: 'quota',
      message: `Chỉ tiêu tập thể tiêu biểu nhóm xuất sắc là ${quota.limit} (${cite(quota.ref)}); đã chọn ${alreadySelected.length} (${names}), không thể chọn thêm ${newUnitIds.length}.`,
    };
  }
  return { allowed: true, newUnitIds };
}
