import type { Action } from '../../../domain/access/permissions';
import type { Role } from '../../../domain/access/roles';

/** Shapes of the API answers the web app reads (see src/server/routes/**\/schema.ts). */

export type SessionUser = {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string;
  unitName: string;
  mustChangePassword: boolean;
};

export type Session = { user: SessionUser; csrfToken: string; abilities: Action[] };

/** Until EligibilityPage takes it from the contract (import type from src/shared/contracts/orgUnits). */
export type { OrgUnit } from '../../../shared/contracts/orgUnits';
