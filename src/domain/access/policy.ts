import type { Actor, ScopedRecord } from './actor';
import { PERMISSIONS, type Action } from './permissions';
import { inScope } from './scope';

export type Decision = { allowed: true } | { allowed: false; reason: 'role' | 'scope' };

/**
 * The one place that decides whether an actor may perform an action, optionally on a record.
 * Routes call it for every request; the record's scope is checked when a record is given.
 * @param actor the signed-in user
 * @param action what they want to do
 * @param record the record it touches (omit for list/create-level checks)
 */
export function decide(actor: Actor, action: Action, record?: ScopedRecord): Decision {
  const roles: readonly string[] = PERMISSIONS[action];
  if (!roles.includes(actor.role)) return { allowed: false, reason: 'role' };
  if (record && !inScope(actor, record)) return { allowed: false, reason: 'scope' };
  return { allowed: true };
}

/** True when `decide` allows it. */
export function can(actor: Actor, action: Action, record?: ScopedRecord): boolean {
  return decide(actor, action, record).allowed;
}

/** Every action the actor may perform (sent to the UI to show or hide controls; the server still enforces). */
export function abilitiesOf(actor: Actor): Action[] {
  return (Object.keys(PERMISSIONS) as Action[]).filter((action) => can(actor, action));
}
