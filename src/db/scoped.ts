import { eq, like, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../domain/access/scope';
import { orgUnits } from './schema';

/**
 * The SQL filter on org_units for an actor's scope (src/domain/access/scope.ts). Every list of
 * tenant records joins org_units and applies this, so a list never returns a row that a single
 * read would refuse. It is the only way lists are scoped.
 */
export function orgUnitScopeWhere(scope: Scope): SQL {
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'subtree':
      // Paths are made of uuids and slashes only, so they need no LIKE escaping.
      return like(orgUnits.path, `${scope.unitPath}%`);
    case 'unit':
      return eq(orgUnits.id, scope.unitId);
  }
}

/**
 * orgUnitScopeWhere for a statement prepared once per scope kind: the scope's value is the placeholder `scope`, bound
 * to orgUnitScopeValue(scope) on each execution (the same filter, so prepared and plain lists agree).
 */
export function preparedOrgUnitScopeWhere(kind: Scope['kind']): SQL {
  switch (kind) {
    case 'all':
      return sql`true`;
    case 'subtree':
      return like(orgUnits.path, sql.placeholder('scope'));
    case 'unit':
      return eq(orgUnits.id, sql.placeholder('scope'));
  }
}

/** The value bound to preparedOrgUnitScopeWhere's placeholder. */
export function orgUnitScopeValue(scope: Scope): string | null {
  switch (scope.kind) {
    case 'all':
      return null;
    case 'subtree':
      return `${scope.unitPath}%`;
    case 'unit':
      return scope.unitId;
  }
}
