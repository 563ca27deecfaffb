import type { CollectiveKind } from './campaignDefinition';

/**
 * A unit as a participant of the plan (II.2.a). Who may write, send and review its registration is the registration
 * policy (src/domain/access/policies/registration.ts).
 */

/** An org unit as these rules need it. `kind` is the org-tree kind (province, department, district, commune, par_unit…). */
export type RegistrationUnit = {
  id: string;
  path: string;
  kind: string;
  parUnitLevel: string | null;
  /** Kind of the parent unit: a commune under a district is reviewed by that district (IV.1). */
  parentKind: string | null;
};

/**
 * The participant kind (II.2.a) of an org unit, or null when the unit is not a collective of the plan
 * (the province itself, central agencies located in the province).
 */
export function collectiveKindOf(unit: Pick<RegistrationUnit, 'kind' | 'parUnitLevel'>): CollectiveKind | null {
  switch (unit.kind) {
    case 'department':
    case 'district':
    case 'commune':
      return unit.kind;
    case 'par_unit':
      return unit.parUnitLevel === 'district' ? 'par_unit_district' : unit.parUnitLevel === 'province' ? 'par_unit_province' : null;
    default:
      return null;
  }
}
