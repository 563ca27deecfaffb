import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { orgEras } from '../../../db/schema';

/**
 * The org-tree era whose units a year's results and ratings belong to: the era in force on 31 December of the
 * year (results are for the whole year), or for years before every era the earliest one (the 2018–2019 Kiên Giang
 * history is kept on the kien-giang-2020 units, the structure of that time).
 * @returns the era id, or null when there is no era at all
 */
export async function eraForYear(db: DbOrTx, year: number): Promise<string | null> {
  const eras = await db.select().from(orgEras).orderBy(asc(orgEras.validFrom));
  const lastDay = `${year}-12-31`;
  const inForce = eras.filter((e) => e.validFrom <= lastDay && (e.validTo === null || e.validTo >= lastDay)).at(-1);
  if (inForce) return inForce.id;
  return eras.find((e) => e.validFrom > lastDay)?.id ?? eras.at(-1)?.id ?? null;
}
