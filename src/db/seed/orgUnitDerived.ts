import { foldDiacritics } from '../../domain/text/foldDiacritics';
import { vietnameseSortKey } from '../../domain/text/vietnameseSortKey';

/** Columns derived from a unit's names, recomputed on every write. */
export function orgUnitDerived(unit: { code: string; name: string; shortName?: string | null }) {
  return {
    searchText: foldDiacritics([unit.name, unit.shortName ?? '', unit.code].join(' ')),
    sortKey: vietnameseSortKey(unit.name),
  };
}
