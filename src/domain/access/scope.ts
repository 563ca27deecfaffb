import type { Actor, ScopedRecord } from './actor';
import { PROVINCE_ROLES } from './roles';

/**
 * What part of the org tree an actor may see (SPEC §1):
 * - `all`: province roles;
 * - `subtree`: the district aggregator — the district and everything under it (its communes, its Phòng Nội vụ);
 * - `unit`: everyone else — their own unit only.
 * The same value drives the SQL filter of every list (src/db/scoped.ts), so lists and single reads agree.
 */
export type Scope = { kind: 'all' } | { kind: 'subtree'; unitPath: string } | { kind: 'unit'; unitId: string };

export function scopeOf(actor: Actor): Scope {
  if (PROVINCE_ROLES.includes(actor.role)) return { kind: 'all' };
  if (actor.role === 'district_aggregator') return { kind: 'subtree', unitPath: actor.unitPath };
  return { kind: 'unit', unitId: actor.unitId };
}

/** True when the record lies inside the actor's scope. */
export function inScope(actor: Actor, record: ScopedRecord): boolean {
  const scope = scopeOf(actor);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'subtree':
      return record.unitPath.startsWith(scope.unitPath);
    case 'unit':
      return record.unitId === scope.unitId;
  }
}
