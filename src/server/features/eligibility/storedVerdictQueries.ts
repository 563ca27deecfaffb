import { and, eq, isNotNull, isNull, like, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { eligibilityVerdicts, orgUnits, people, registrationIndividuals } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import type { Scope } from '../../../domain/access/scope';
import type { Verdict } from '../../../domain/shared/ruleOutcome';
import { validation } from '../../errors';
import { MEMBER_ORDER, NOMINEE_UNIT_ORDER } from './eligibilityInputs';
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
const isCollective = isNull(v.personId);

/**
 * The filters as SQL on the stored verdicts joined to their units. A district id of another kind, or unknown, is a
 * 400 naming the field: filtering by a commune would silently give an empty board.
 */
async function filtersWhere(db: DbOrTx, eraId: string, f: EligibilityFilters): Promise<SQL | undefined> {
  let inDistrict: SQL | undefined;
  if (f.districtId) {
    const [district] = await db.select({ path: orgUnits.path, kind: orgUnits.kind, eraId: orgUnits.eraId }).from(orgUnits).where(eq(orgUnits.id, f.districtId));
    if (!district || district.kind !== 'district' || district.eraId !== eraId) {
      throw validation([{ path: 'districtId', message: 'Huyện: không phải huyện, thành phố thuộc cây đơn vị của đợt thi đua' }]);
    }
    // Paths are made of uuids and slashes only, so they need no LIKE escaping.
    inDistrict = like(orgUnits.path, `${district.path}%`);
  }
  return and(
    f.kind ? (f.kind === 'collective' ? isCollective : isNotNull(v.personId)) : undefined,
    f.verdict ? eq(v.verdict, f.verdict) : undefined,
    f.group ? (f.group === 'individual' ? isNotNull(v.personId) : and(isCollective, eq(orgUnits.kind, f.group))) : undefined,
    inDistrict,
  );
}

const zero = () => ({ pass: 0, fail: 0, unknown: 0 });

/**
 * The board's counts by kind and verdict over everything in the scope, and how many pass the filters (the total the
 * pages divide): one grouped query over the stored verdicts.
 */
export async function storedVerdictCounts(db: DbOrTx, campaign: { id: string; eraId: string }, scope: Scope, filters: EligibilityFilters) {
  const kept = (await filtersWhere(db, campaign.eraId, filters)) ?? sql`true`;
  const rows = await db
    .select({ collective: sql<boolean>`${isCollective}`, verdict: v.verdict, n: sql<number>`count(*)::int`, kept: sql<number>`(count(*) filter (where ${kept}))::int` })
    .from(v)
    .innerJoin(orgUnits, eq(orgUnits.id, v.orgUnitId))
    .where(and(eq(v.campaignId, campaign.id), orgUnitScopeWhere(scope)))
    .groupBy(sql`1`, v.verdict);
  const counts = { collective: zero(), individual: zero() };
  let total = 0;
  for (const row of rows) {
    counts[row.collective ? 'collective' : 'individual'][row.verdict as Verdict] += row.n;
    total += row.kept;
  }
  return { counts, total };
}

/**
 * The stored verdicts in the scope that pass the filters, in list order (collectives, then individuals, in the
 * order of the inputs: NOMINEE_UNIT_ORDER, MEMBER_ORDER); a page of them with `page`, else all (the export).
 */
export async function storedVerdictRows(
  db: DbOrTx,
  campaign: { id: string; eraId: string },
  scope: Scope,
  filters: EligibilityFilters,
  page?: { limit: number; offset: number },
): Promise<StoredVerdictRow[]> {
  const query = db
    .select({ registrationId: v.registrationId, orgUnitId: v.orgUnitId, personId: v.personId })
    .from(v)
    .innerJoin(orgUnits, eq(orgUnits.id, v.orgUnitId))
    .leftJoin(registrationIndividuals, and(eq(registrationIndividuals.registrationId, v.registrationId), eq(registrationIndividuals.personId, v.personId)))
    .leftJoin(people, eq(people.id, v.personId))
    .where(and(eq(v.campaignId, campaign.id), orgUnitScopeWhere(scope), await filtersWhere(db, campaign.eraId, filters)))
    .orderBy(sql`${isNotNull(v.personId)}`, ...NOMINEE_UNIT_ORDER, ...MEMBER_ORDER);
  return page ? query.limit(page.limit).offset(page.offset) : query;
}
