import type { Actor } from '../actor';
import { can } from '../policy';

/**
 * Whether the actor may record or edit the people (SPEC §2) of `unit`: the unit itself, its district aggregator
 * within the district, Sở Nội vụ anywhere — the role from the permission map, the place from the actor's scope.
 */
export function mayManagePerson(actor: Actor, unit: { id: string; path: string }): boolean {
  return can(actor, 'person.manage', { unitId: unit.id, unitPath: unit.path });
}
