/** Roles of SPEC §1. The code is what is stored; the label is what the UI shows. */
export const ROLES = [
  'admin',
  'province_secretariat',
  'province_approver',
  'council_member',
  'unit_officer',
  'district_aggregator',
  'unit_head',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS = {
  admin: 'Quản trị hệ thống',
  province_secretariat: 'Sở Nội vụ — Phòng CCHC và TCPCP',
  province_approver: 'Lãnh đạo UBND tỉnh',
  council_member: 'Thành viên Hội đồng TĐKT',
  unit_officer: 'Cán bộ đầu mối của đơn vị',
  district_aggregator: 'Phòng Nội vụ cấp huyện',
  unit_head: 'Thủ trưởng đơn vị',
} satisfies Record<Role, string>;

/** Province roles see every unit; the others see their own unit (district roles: also its communes). */
export const PROVINCE_ROLES: readonly Role[] = ['admin', 'province_secretariat', 'province_approver', 'council_member'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
