import { and, eq, like, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { eligibilityVerdicts, orgUnits } from '../../../db/schema';
import type { Scope } from '../../../domain/access/scope';
import type { Verdict } from '../../../domain/shared/ruleOutcome';
import { validation } from '../../errors';
import type { ELIGIBILITY_GROUPS } from './schema';

export type EligibilityFilters = {
  kind?: 'collective' | 'individual';
  verdict?: Verdict;
  /** A collective's unit kind, or 'individual'. */
  group?: (typeof ELIGIBILITY_GROUPS)[number];
  /** The district whose subtree (itself, its communes, its Phòng Nội vụ) is kept. */
  districtId?: string;
};

/** One stored verdict, in list order: the collective (`personId` null) or one of its individuals. */
export type StoredVerdictRow = { registrationId: string; orgUnitId: string; personId: string | null };

const v = eligibilityVerdicts;

/**
 * The actor's scope on the stored copy of each nominee's unit path (the same filter as db/scoped orgUnitScopeWhere on
 * org_units, whose path the copy follows: a moved unit is marked and refreshed).
 */
function scopeWhere(scope: Scope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'subtree':
      // Paths are made of uuids and slashes only, so they need no LIKE escaping.
      return like(v.unitPath, `${scope.unitPath}%`);
    case 'unit':
      return eq(v.orgUnitId, scope.unitId);
  }
}

/**
 * The list order, the one the inputs are read in (eligibilityInputs NOMINEE_UNIT_ORDER then MEMBER_ORDER), on the
 * stored copies, as the `eligibility_verdicts_list_order` index has it: collectives, then individuals.
 */
const LIST_ORDER = [v.kind, sql`${v.unitSortKey} collate "C"`, v.unitCode, v.memberOrder, sql`${v.personSortKey} collate "C"`, v.personId] as const;

/**
 * The filters as SQL on the stored verdicts (their copies of the unit kind and path), built once per request for both
 * the counts and the rows. A district id of another kind, or unknown, is a 400 naming the field: filtering by a commune
 * would silently give an empty board.
 */
export async function storedVerdictFilters(db: DbOrTx, eraId: string, f: EligibilityFilters): Promise<SQL | undefined> {
  let inDistrict: SQL | undefined;
  if (f.districtId) {
    const [district] = await db.select({ path: orgUnits.path, kind: orgUnits.kind, eraId: orgUnits.eraId }).from(orgUnits).where(eq(orgUnits.id, f.districtId));
    if (!district || district.kind !== 'district' || district.eraId !== eraId) {
      throw validation([{ path: 'districtId', message: 'Huyện: không phải huyện, thành phố thuộc cây đơn vị của đợt thi đua' }]);
    }
    // Paths are made of uuids and slashes only, so they need no LIKE escaping.
    inDistrict = like(v.unitPath, `${district.path}%`);
  }
  return and(
    f.kind ? eq(v.kind, f.kind) : undefined,
    f.verdict ? eq(v.verdict, f.verdict) : undefined,
    f.group ? (f.group === 'individual' ? eq(v.kind, 'individual') : and(eq(v.kind, 'collective'), eq(v.unitKind, f.group))) : undefined,
    inDistrict,
  );
}

const zero = () => ({ pass: 0, fail: 0, unknown: 0 });

/**
 * The board's counts by kind and verdict over everything in the scope, and how many pass the filters (the total the
 * pages divide): one grouped query over the stored verdicts.
 */
export async function storedVerdictCounts(db: DbOrTx, campaignId: string, scope: Scope, filters: SQL | undefined) {
  const kept = filters ?? sql`true`;
  const rows = await db
    .select({ kind: v.kind, verdict: v.verdict, n: sql<number>`count(*)::int`, kept: sql<number>`(count(*) filter (where ${kept}))::int` })
    .from(v)
    .where(and(eq(v.campaignId, campaignId), scopeWhere(scope)))
    .groupBy(v.kind, v.verdict);
  const counts = { collective: zero(), individual: zero() };
  let total = 0;
  for (const row of rows) {
    counts[row.kind][row.verdict as Verdict] += row.n;
    total += row.kept;
  }
  return { counts, total };
}

/** The stored verdicts in the scope that pass the filters (storedVerdictFilters), in list order (LIST_ORDER); a page with `page`, else all (the export). */
export async function storedVerdictRows(
  db: DbOrTx,
  campaignId: string,
  scope: Scope,
  filters: SQL | undefined,
  page?: { limit: number; offset: number },
): Promise<StoredVerdictRow[]> {
  const query = db
    .select({ registrationId: v.registrationId, orgUnitId: v.orgUnitId, personId: v.personId })
    .from(v)
    .where(and(eq(v.campaignId, campaignId), scopeWhere(scope), filters))
    .orderBy(...LIST_ORDER);
  return page ? query.limit(page.limit).offset(page.offset) : query;
}
