import type { Actor } from '../access/actor';
import { inScope } from '../access/scope';
import type { CollectiveKind } from './campaignDefinition';
import type { RegistrationStatus } from './registrationRules';

/**
 * Who registers, and who reviews, which unit's registration (SPEC §1, plan IV.1). The role check itself is the
 * permission map (src/domain/access/permissions.ts); these rules add the part that depends on the unit.
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

/**
 * Whether the actor may write the registration of `unit`: a unit officer for their own unit only; the district
 * aggregator (Phòng Nội vụ cấp huyện) for the district itself and its non-commune units (its Phòng Nội vụ) — the
 * communes register themselves and the district only consolidates them (SPEC §1).
 */
export function mayEditRegistrationOf(actor: Actor, unit: Pick<RegistrationUnit, 'id' | 'path' | 'kind'>): boolean {
  if (actor.role === 'unit_officer') return unit.id === actor.unitId;
  if (actor.role === 'district_aggregator') return unit.path.startsWith(actor.unitPath) && unit.kind !== 'commune';
  return false;
}

/**
 * Who accepts or returns a submitted registration: a commune under a district sends it to that district, which
 * consolidates its communes for Sở Nội vụ (IV.1); everyone else (departments, districts, PAR units, communes of a
 * two-tier province) sends it to Sở Nội vụ directly.
 */
export function reviewerRoleOf(unit: Pick<RegistrationUnit, 'kind' | 'parentKind'>): 'district_aggregator' | 'province_secretariat' {
  return unit.kind === 'commune' && unit.parentKind === 'district' ? 'district_aggregator' : 'province_secretariat';
}

/**
 * Whether the actor may accept or return this registration now. The district reviews its own communes' submitted
 * registrations; Sở Nội vụ reviews those sent to it directly and may return a forwarded one (errors found at province
 * level). Status rules themselves are `checkRegistrationTransition`.
 */
export function mayReviewRegistration(actor: Actor, unit: RegistrationUnit, status: RegistrationStatus): boolean {
  const reviewer = reviewerRoleOf(unit);
  if (actor.role === 'district_aggregator') return reviewer === 'district_aggregator' && status !== 'forwarded' && inScope(actor, { unitId: unit.id, unitPath: unit.path });
  if (actor.role === 'province_secretariat') return reviewer === 'province_secretariat' || status === 'forwarded';
  return false;
}
