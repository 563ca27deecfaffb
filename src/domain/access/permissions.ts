import type { Role } from './roles';

/**
 * Every action of the system and the roles that may perform it. Scope is checked separately
 * (`inScope`): a permission says *what*, the scope says *where*. Later issues add their actions here,
 * and the compiler insists that each names its roles.
 */
export const PERMISSIONS = {
  /** Read org units (tree, search, detail) within scope. */
  'orgUnit.read': ['admin', 'province_secretariat', 'province_approver', 'council_member', 'unit_officer', 'district_aggregator', 'unit_head'],
  /** Create, edit, import org units. */
  'orgUnit.write': ['admin'],
  /** Export org units as XLSX/CSV, within scope. */
  'orgUnit.export': ['admin', 'province_secretariat', 'district_aggregator'],
  /** List and read user accounts. */
  'user.read': ['admin'],
  /** Create users, change role/unit, deactivate, reset passwords. */
  'user.manage': ['admin'],
  /** Read the audit log. */
  'audit.read': ['admin', 'province_secretariat'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];
