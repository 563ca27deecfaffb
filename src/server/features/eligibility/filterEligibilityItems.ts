import { and, eq, like } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { orgUnits } from '../../../db/schema';
import { validation } from '../../errors';
import type { Verdict } from '../../../domain/shared/ruleOutcome';

export type EligibilityFilters = {
  kind?: 'collective' | 'individual';
  verdict?: 'pass' | 'fail' | 'unknown';
  /** A collective's unit kind, or 'individual'. */
  group?: string;
  /** The district whose subtree (itself, its communes, its Phòng Nội vụ) is kept. */
  districtId?: string;
};

/**
 * The ids of a district's subtree, by the path prefix in SQL. A district id of another kind, or unknown, is a 400
 * naming the field: filtering by a commune would silently give an empty board.
 */
async function districtUnitIds(db: DbOrTx, eraId: string, districtId: string): Promise<Set<string>> {
  const [district] = await db.select({ path: orgUnits.path, kind: orgUnits.kind, eraId: orgUnits.eraId }).from(orgUnits).where(eq(orgUnits.id, districtId));
  if (!district || district.kind !== 'district' || district.eraId !== eraId) {
    throw validation([{ path: 'districtId', message: 'Huyện: không phải huyện, thành phố thuộc cây đơn vị của đợt thi đua' }]);
  }
  // Paths are made of uuids and slashes only, so they need no LIKE escaping.
  const rows = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, eraId), like(orgUnits.path, `${district.path}%`)));
  return new Set(rows.map((r) => r.id));
}

/** What the filters read of a nominee: an explained item, or only its verdict (`NomineeVerdict`). */
type Filterable = { kind: 'collective' | 'individual'; orgUnit: { id: string; kind: string }; result: { verdict: Verdict } };

/**
 * Applies the board's filters to the evaluated nominees, before paging so totals and pages stay right. The items
 * are already limited to the user's scope, so a district filter can only narrow what they may see.
 */
export async function filterEligibilityItems<T extends Filterable>(db: DbOrTx, eraId: string, items: readonly T[], f: EligibilityFilters): Promise<T[]> {
  const inDistrict = f.districtId ? await districtUnitIds(db, eraId, f.districtId) : null;
  return items.filter(
    (i) =>
      (!f.kind || i.kind === f.kind) &&
      (!f.verdict || i.result.verdict === f.verdict) &&
      (!f.group || (f.group === 'individual' ? i.kind === 'individual' : i.kind === 'collective' && i.orgUnit.kind === f.group)) &&
      (!inDistrict || inDistrict.has(i.orgUnit.id)),
  );
}
