import { randomUUID } from 'node:crypto';
import { foldDiacritics } from '../../domain/text/foldDiacritics';
import { vietnameseSortKey } from '../../domain/text/vietnameseSortKey';
import type { OrgUnitKind } from '../../domain/orgUnits/orgUnitKind';

/** Columns derived from a unit's names, recomputed on every write. */
export function orgUnitDerived(unit: { code: string; name: string; shortName?: string | null }) {
  return {
    searchText: foldDiacritics([unit.name, unit.shortName ?? '', unit.code].join(' ')),
    sortKey: vietnameseSortKey(unit.name),
  };
}

export type NewOrgUnit = {
  code: string;
  name: string;
  shortName?: string | null;
  email?: string | null;
  kind: OrgUnitKind;
  adminType?: string | null;
  parUnitLevel?: 'province' | 'district' | null;
  validFrom?: string | null;
  validTo?: string | null;
};

/**
 * The full row of a new unit under `parent` (null for a root) in `era`: id, materialised path, depth
 * and the derived search and sort columns. The seed, the create route and the import all use it.
 */
export function newOrgUnitRow(era: { id: string; validFrom: string; validTo: string | null }, parent: { id: string; path: string; depth: number } | null, unit: NewOrgUnit) {
  const id = randomUUID();
  return {
    id,
    eraId: era.id,
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName ?? null,
    email: unit.email ?? null,
    kind: unit.kind,
    adminType: unit.adminType ?? null,
    parUnitLevel: unit.parUnitLevel ?? null,
    parentId: parent?.id ?? null,
    path: (parent?.path ?? '/') + id + '/',
    depth: parent ? parent.depth + 1 : 0,
    validFrom: unit.validFrom ?? era.validFrom,
    validTo: unit.validTo === undefined || unit.validTo === null ? era.validTo : unit.validTo,
    ...orgUnitDerived(unit),
  };
}
