import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from './client';
import { orgUnitLineage, orgUnits } from './schema';
import { ERA_AG_2025, ERA_KG_2020, seedOrgTree } from './seed/orgTreeSeed';
import { createTestDatabase } from './test/testDatabase';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function countBy(eraId: string) {
  const rows = await database.db
    .select({ kind: orgUnits.kind, parUnitLevel: orgUnits.parUnitLevel, n: sql<number>`count(*)::int` })
    .from(orgUnits)
    .where(eq(orgUnits.eraId, eraId))
    .groupBy(orgUnits.kind, orgUnits.parUnitLevel);
  return Object.fromEntries(rows.map((r) => [r.kind + (r.parUnitLevel ? ':' + r.parUnitLevel : ''), r.n]));
}

describe('org tree seed', () => {
  it(`loads Kiên Giang 2020 with exactly 1 province, 22 departments, 15 districts, 145 communes and 17 PAR units (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, async () => {
    expect(await countBy(ERA_KG_2020)).toEqual({
      province: 1,
      department: 22,
      district: 15,
      commune: 145,
      'par_unit:province': 2,
      'par_unit:district': 15,
      // Ranked in their own PAR block in 2018 (src/db/seed/parSeed.ts).
      central_agency: 5,
    });
  });

  it('loads An Giang 2025 with 1 province and 102 communes, no districts', async () => {
    expect(await countBy(ERA_AG_2025)).toEqual({ province: 1, commune: 102 });
  });

  it('maps all 145 communes of 2020 onto 48 units of 2025', async () => {
    const rows = await database.db
      .select({ n: sql<number>`count(*)::int`, targets: sql<number>`count(distinct ${orgUnitLineage.toUnitId})::int` })
      .from(orgUnitLineage);
    expect(rows[0]).toEqual({ n: 145, targets: 48 });
  });

  it('puts Huyện Giồng Riềng’s 19 communes under it, with paths under its path', async () => {
    const [gr] = await database.db
      .select()
      .from(orgUnits)
      .where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, '906')));
    expect(gr.name).toBe('Huyện Giồng Riềng');
    const communes = await database.db
      .select({ name: orgUnits.name, path: orgUnits.path })
      .from(orgUnits)
      .where(and(eq(orgUnits.parentId, gr.id), eq(orgUnits.kind, 'commune')));
    expect(communes).toHaveLength(19);
    expect(communes.every((c) => c.path.startsWith(gr.path))).toBe(true);
  });

  it('keys units by era and code: 30904 is a thị trấn in 2020 and a xã in 2025', async () => {
    const rows = await database.db
      .select({ era: orgUnits.eraId, name: orgUnits.name })
      .from(orgUnits)
      .where(eq(orgUnits.code, '30904'))
      .orderBy(orgUnits.eraId);
    expect(rows).toEqual([
      { era: ERA_AG_2025, name: 'Xã Giồng Riềng' },
      { era: ERA_KG_2020, name: 'Thị trấn Giồng Riềng' },
    ]);
  });

  it('does nothing when run a second time', async () => {
    expect(await seedOrgTree(database.db)).toBe(false);
    expect((await countBy(ERA_KG_2020)).commune).toBe(145);
  });
});
