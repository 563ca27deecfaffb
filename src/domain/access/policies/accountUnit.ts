import { ROLE_LABELS, type Role } from '../roles';
import type { OrgUnitKind } from '../../orgUnits/orgUnitKind';

/** The unit an account is attached to, with its parent (what the rule needs to name the right one). */
export type AccountUnit = { kind: OrgUnitKind | string; name: string; parent: { kind: OrgUnitKind | string; name: string } | null };

/**
 * Which unit each role sits on (SPEC §1; the scope of `scopeOf` follows from it), as the account form explains it.
 * The district role's scope is the subtree of its unit, so it must sit on the district itself: on its Phòng Nội vụ it
 * would see only that office and find no district to consolidate.
 */
export const ACCOUNT_UNIT_HINTS: Record<Role, string> = {
  admin: 'Gắn với tỉnh hoặc Sở Nội vụ; thấy toàn tỉnh.',
  province_secretariat: 'Gắn với Sở Nội vụ (Phòng CCHC và TCPCP); thấy toàn tỉnh.',
  province_approver: 'Gắn với tỉnh (UBND tỉnh); thấy toàn tỉnh.',
  council_member: 'Gắn với cơ quan của thành viên Hội đồng; thấy toàn tỉnh.',
  unit_officer: 'Gắn với chính đơn vị đăng ký thi đua (sở, ban, ngành; huyện; xã, phường, thị trấn; đơn vị chuyên trách CCHC), không gắn với tỉnh.',
  district_aggregator: 'Gắn với huyện, thị xã, thành phố (ví dụ «Huyện Giồng Riềng»), không gắn với Phòng Nội vụ của huyện: tài khoản thấy huyện, Phòng Nội vụ và các xã của huyện để tổng hợp.',
  unit_head: 'Gắn với chính đơn vị mà người này là thủ trưởng (sở, ban, ngành; huyện; xã, phường, thị trấn …), không gắn với tỉnh.',
};

/**
 * Whether an account of `role` may sit on `unit`. Returns null when it may, else the Vietnamese reason naming the
 * field (Đơn vị) and, when the unit is an office of a district, the district to choose instead. Only the district
 * role is bound to a kind of unit: its scope (the unit's subtree) and the consolidation page need the district
 * itself; the other roles' scope is their unit (or the whole province), whatever its kind.
 */
export function accountUnitProblem(role: Role, unit: AccountUnit): string | null {
  const label = ROLE_LABELS[role];
  if (role === 'district_aggregator' && unit.kind !== 'district') {
    const instead = unit.parent?.kind === 'district' ? `hãy chọn «${unit.parent.name}»` : 'hãy chọn một huyện, thị xã hoặc thành phố';
    return `Đơn vị: vai trò «${label}» gắn với huyện, không gắn với «${unit.name}»; ${instead}.`;
  }
  return null;
}
