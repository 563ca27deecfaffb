import { aliasedTable, and, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { communeRecognitions, orgUnits } from '../../../db/schema';
import { notFound } from '../../errors';

const districts = aliasedTable(orgUnits, 'districts');

/**
 * A campaign's commune recognitions matching `where`, by district then commune (Vietnamese order).
 * Alike in shape to the other select/join queries on purpose: each names the columns its caller needs (no shared column lists).
 */
export function listRecognitions(db: DbOrTx, campaignId: string, where: SQL | undefined) {
  return db
    .select({
      campaignId: communeRecognitions.campaignId,
      districtUnitId: communeRecognitions.districtUnitId,
      districtCode: districts.code,
      districtName: districts.name,
      communeUnitId: communeRecognitions.communeUnitId,
      communeCode: orgUnits.code,
      communeName: orgUnits.name,
      decisionReference: communeRecognitions.decisionReference,
      recognisedAt: communeRecognitions.recognisedAt,
      createdAt: communeRecognitions.createdAt,
    })
    .from(communeRecognitions)
    .innerJoin(orgUnits, eq(orgUnits.id, communeRecognitions.communeUnitId))
    .innerJoin(districts, eq(districts.id, communeRecognitions.districtUnitId))
    .where(and(eq(communeRecognitions.campaignId, campaignId), where))
    .orderBy(sql`${districts.sortKey} collate "C"`, sql`${orgUnits.sortKey} collate "C"`);
}

export type RecognitionListRow = Awaited<ReturnType<typeof listRecognitions>>[number];

export const presentRecognition = ({ districtCode: _code, ...r }: RecognitionListRow) => ({ ...r, createdAt: r.createdAt.toISOString() });

/** A unit with what a recognition needs to know of it (its parent's kind), or a 404. */
export async function findCommune(db: DbOrTx, id: string) {
  const [commune] = await db
    .select({
      id: orgUnits.id,
      path: orgUnits.path,
      kind: orgUnits.kind,
      eraId: orgUnits.eraId,
      parentId: orgUnits.parentId,
      // Qualified by hand: drizzle may render a bare column inside a subquery, which would bind to p.
      parentKind: sql<string | null>`(select p.kind from org_units p where p.id = "org_units"."parent_id")`,
    })
    .from(orgUnits)
    .where(eq(orgUnits.id, id));
  if (!commune) throw notFound('Đơn vị');
  return commune;
}

export type CommuneRow = Awaited<ReturnType<typeof findCommune>>;
