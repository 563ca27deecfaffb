import type { Action } from '../../../domain/access/permissions';
import type { Role } from '../../../domain/access/roles';
import type { OrgUnitKind } from '../../../domain/orgUnits/orgUnitRows';

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

export type Era = { id: string; name: string; validFrom: string; validTo: string | null; source: string };

export type OrgUnit = {
  id: string;
  eraId: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgUnitKind;
  adminType: string | null;
  parUnitLevel: string | null;
  parentId: string | null;
  depth: number;
  validFrom: string;
  validTo: string | null;
  childCount: number;
};

export type LineageLink = { id: string; name: string; eraId: string; changeType: string; effectiveDate: string };

export type OrgUnitDetail = OrgUnit & {
  ancestors: { id: string; name: string }[];
  predecessors: LineageLink[];
  successors: LineageLink[];
};

/** Until UserRowActions takes it from the contract (import type from src/shared/contracts/users). */
export type { User } from '../../../shared/contracts/users';
