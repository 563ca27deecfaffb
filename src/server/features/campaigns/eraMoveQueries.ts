import { aliasedTable, and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { orgEras, orgUnitLineage, orgUnits } from '../../../db/schema';
import type { CampaignEra, EraMove, UnitRef } from '../../../domain/campaigns/cloneCampaign';
import { validation } from '../../errors';

/** An era as the clone needs it: its dates, the province's name (from its root unit) and how many districts it has. */
export async function loadCampaignEra(db: DbOrTx, eraId: string): Promise<CampaignEra> {
  const [row] = await db
    .select({
      id: orgEras.id,
      name: orgEras.name,
      validFrom: orgEras.validFrom,
      validTo: orgEras.validTo,
      province: sql<string | null>`(select name from org_units where era_id = ${eraId} and kind = 'province' order by depth limit 1)`,
      districtCount: sql<number>`(select count(*) from org_units where era_id = ${eraId} and kind = 'district')::int`,
    })
    .from(orgEras)
    .where(eq(orgEras.id, eraId));
  if (!row) throw validation([{ path: 'eraId', message: `Thời kỳ: không có thời kỳ "${eraId}"` }]);
  // "Tỉnh An Giang" → "An Giang", as running text writes it after "tỉnh".
  const provinceName = (row.province ?? '').replace(/^(Tỉnh|Thành phố)\s+/u, '');
  return { id: row.id, name: row.name, validFrom: row.validFrom, validTo: row.validTo, provinceName, districtCount: Number(row.districtCount) };
}

/**
 * What the clone needs to move units named by a definition (by code) from one era to another: the successors of each
 * unit through the lineage, and for a unit without successors (an abolished district) the units that now cover its
 * area (the successors of its children). Two queries.
 */
export async function loadEraMove(db: DbOrTx, fromEraId: string, toEraId: string, codes: readonly string[], provinceWideCommuneLimit?: number): Promise<EraMove> {
  const [from, to] = await Promise.all([loadCampaignEra(db, fromEraId), loadCampaignEra(db, toEraId)]);
  const successorsOf: Record<string, UnitRef[]> = {};
  const areaSuccessorsOf: Record<string, UnitRef[]> = {};
  if (codes.length > 0) {
    const source = aliasedTable(orgUnits, 'source');
    const child = aliasedTable(orgUnits, 'child');
    const target = aliasedTable(orgUnits, 'target');
    const direct = await db
      .selectDistinct({ fromCode: source.code, code: target.code, name: target.name, sortKey: target.sortKey })
      .from(source)
      .innerJoin(orgUnitLineage, eq(orgUnitLineage.fromUnitId, source.id))
      .innerJoin(target, and(eq(target.id, orgUnitLineage.toUnitId), eq(target.eraId, toEraId)))
      .where(and(eq(source.eraId, fromEraId), inArray(source.code, [...codes])))
      .orderBy(target.sortKey);
    for (const r of direct) (successorsOf[r.fromCode] ??= []).push({ code: r.code, name: r.name });
    const area = await db
      .selectDistinct({ fromCode: source.code, code: target.code, name: target.name, sortKey: target.sortKey })
      .from(source)
      .innerJoin(child, eq(child.parentId, source.id))
      .innerJoin(orgUnitLineage, eq(orgUnitLineage.fromUnitId, child.id))
      .innerJoin(target, and(eq(target.id, orgUnitLineage.toUnitId), eq(target.eraId, toEraId)))
      .where(and(eq(source.eraId, fromEraId), inArray(source.code, [...codes])))
      .orderBy(target.sortKey);
    for (const r of area) (areaSuccessorsOf[r.fromCode] ??= []).push({ code: r.code, name: r.name });
  }
  return { from, to, successorsOf, areaSuccessorsOf, provinceWideCommuneLimit };
}
