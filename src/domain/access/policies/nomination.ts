import type { Actor } from '../actor';
import { can } from '../policy';

/**
 * Who proposes and withdraws the nominations of a proposing unit (III.4.a–b). The proposing unit is fixed by the
 * rules (domain/nominations: a commune's district, a person's own collective); this says who acts for it:
 * - Sở Nội vụ (province secretariat) for any unit, recording a proposal received on paper;
 * - the district aggregator (Phòng Nội vụ cấp huyện) for the district itself and its non-commune units — the communes
 *   propose their own individuals, as they register themselves;
 * - a unit officer for their own unit.
 */
export function mayProposeFor(actor: Actor, proposingUnit: { id: string; path: string; kind: string }): boolean {
  if (!can(actor, 'nomination.propose')) return false;
  if (actor.role === 'province_secretariat') return true;
  if (actor.role === 'district_aggregator') return proposingUnit.path.startsWith(actor.unitPath) && proposingUnit.kind !== 'commune';
  return proposingUnit.id === actor.unitId;
}
