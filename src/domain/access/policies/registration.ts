import type { Actor } from '../actor';
import { can } from '../policy';
import { inScope } from '../scope';
import type { RegistrationUnit } from '../../campaigns/registrationScope';
import { EDITABLE_REGISTRATION_STATUSES, type RegistrationStatus } from '../../campaigns/registrationRules';

/**
 * Who writes, sends and reviews which unit's registration (SPEC §1, plan IV.1). The role check itself is the
 * permission map (../permissions.ts); these rules add the part that depends on the unit and the status.
 */

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

/**
 * What the actor may do with a registration now, for the buttons of the registration page (the server checks each
 * again when it is done): edit it (draft or returned, a unit they write for), send it (the unit head, draft or
 * returned) or review it (submitted or forwarded, the reviewer of its unit). Writing and sending are registering,
 * so neither is offered once the registration window is closed for this unit (`windowOpen: false`, II.3.b: the
 * deadline passed and Sở Nội vụ did not accept it late); reviewing goes on.
 */
export function registrationAbilities(actor: Actor, registration: { unit: RegistrationUnit; status: RegistrationStatus; windowOpen?: boolean }): { edit: boolean; submit: boolean; review: boolean } {
  const { unit, status } = registration;
  const editable = EDITABLE_REGISTRATION_STATUSES.includes(status) && registration.windowOpen !== false;
  const record = { unitId: unit.id, unitPath: unit.path };
  return {
    edit: editable && can(actor, 'registration.edit') && mayEditRegistrationOf(actor, unit),
    submit: editable && can(actor, 'registration.submit', record),
    review: can(actor, 'registration.review', record) && (status === 'submitted' || status === 'forwarded') && mayReviewRegistration(actor, unit, status),
  };
}

/**
 * Whose import may write the registration of `unit` (plan IV.1; SPEC §3 step 2): those who write it on screen
 * (`mayEditRegistrationOf`), and Sở Nội vụ for any unit, because units that registered on paper send the signed form
 * to it and it enters them in bulk. The window (II.3.b) still applies to every row.
 */
export function mayImportRegistrationOf(actor: Actor, unit: Pick<RegistrationUnit, 'id' | 'path' | 'kind'>): boolean {
  return actor.role === 'province_secretariat' || mayEditRegistrationOf(actor, unit);
}
