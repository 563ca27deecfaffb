import type { Actor } from '../actor';
import { can } from '../policy';
import { mayEditRegistrationOf } from './registration';

/**
 * Whether the actor may record, edit or delete the initiatives (II.1.b) of `unit`: a unit's own initiatives are
 * kept by whoever registers for it — its officer; the district aggregator for the district and its Phòng Nội vụ.
 */
export function mayEditInitiative(actor: Actor, unit: { id: string; path: string; kind: string }): boolean {
  return can(actor, 'initiative.edit') && mayEditRegistrationOf(actor, unit);
}
