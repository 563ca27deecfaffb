import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { communeParResults, districtParPublications, orgUnits } from '../../../db/schema';
import type { CommuneParResult } from '../../../domain/par/communeParResults';

/**
 * Serialises, per district and year, the writes of its communes' results with the district's publication that freezes
 * them (several app nodes on PostgreSQL): a result saved while the district publishes lands before the snapshot or is
 * refused after it.
 */
export async function lockDistrictParYear(tx: DbOrTx, year: number, districtUnitId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`communePar:${year}:${districtUnitId}`}))`);
}

export async function findDistrictPublication(db: DbOrTx, year: number, districtUnitId: string) {
  const [row] = await db
    .select()
    .from(districtParPublications)
    .where(and(eq(districtParPublications.year, year), eq(districtParPublications.districtUnitId, districtUnitId)));
  return row;
}

/** The district's communes (the district's own children of kind commune), with the result entered for the year. */
export async function districtCommunes(db: DbOrTx, year: number, districtUnitId: string) {
  const rows = await db
    .select({
      communeUnitId: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      totalPoints: communeParResults.totalPoints,
      classification: communeParResults.classification,
    })
    .from(orgUnits)
    .leftJoin(communeParResults, and(eq(communeParResults.communeUnitId, orgUnits.id), eq(communeParResults.year, year)))
    .where(and(eq(orgUnits.parentId, districtUnitId), eq(orgUnits.kind, 'commune')))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`, orgUnits.code);
  return rows.map((r) => ({ ...r, totalPoints: r.totalPoints === null ? null : Number(r.totalPoints) }));
}

/** Every district's published commune classes of a year, by commune: what eligibility reads for basis B. */
export async function districtPublishedCommuneClasses(db: DbOrTx, year: number): Promise<Map<string, CommuneParResult['classification']>> {
  const publications = await db.select({ snapshot: districtParPublications.snapshot }).from(districtParPublications).where(eq(districtParPublications.year, year));
  const byCommune = new Map<string, CommuneParResult['classification']>();
  for (const p of publications) for (const item of p.snapshot as CommuneParResult[]) byCommune.set(item.communeUnitId, item.classification);
  return byCommune;
}
