import { eq } from 'drizzle-orm';
import { appendAuditEvent } from '../auditChain';
import type { DbOrTx } from '../client';
import { orgEras, orgUnitLineage, orgUnits } from '../schema';
import { newOrgUnitRow } from './orgUnitDerived';
import kg2020Units from './data/kien-giang-2020-units.json' with { type: 'json' };
import kg2020Departments from './data/kien-giang-2020-departments.json' with { type: 'json' };
import kg2020ParUnits from './data/kien-giang-2020-par-units.json' with { type: 'json' };
import ag2025Units from './data/an-giang-2025-units.json' with { type: 'json' };
import mapping from './data/kien-giang-2020-to-an-giang-2025-mapping.json' with { type: 'json' };
import type { OrgUnitKind } from '../../domain/orgUnits/orgUnitKind';

export const ERA_KG_2020 = 'kien-giang-2020';
export const ERA_AG_2025 = 'an-giang-2025';

type GsoRow = { code: string; name: string; type: string; level: number; parentCode: string | null };
export type SeedUnit = {
  code: string;
  name: string;
  shortName?: string | null;
  /** Central agencies are not in the seeded tree. */
  kind: Exclude<OrgUnitKind, 'central_agency'>;
  adminType?: string | null;
  parUnitLevel?: 'province' | 'district' | null;
  parentCode: string | null;
};

const COMMUNE_TYPES = new Set(['xa', 'phuong', 'thi_tran', 'dac_khu']);

function fromGso(row: GsoRow): SeedUnit {
  const kind = row.type === 'tinh' ? 'province' : COMMUNE_TYPES.has(row.type) ? 'commune' : 'district';
  return { code: row.code, name: row.name, kind, adminType: row.type, parentCode: row.parentCode };
}

/** The Kiên Giang 2020 tree: GSO units, the 22 departments, and the specialised PAR units of II.2.a. */
export function kienGiang2020SeedUnits(): SeedUnit[] {
  const gso = (kg2020Units as GsoRow[]).map(fromGso);
  const province = gso.find((u) => u.kind === 'province')!;
  const departments: SeedUnit[] = kg2020Departments.map((d) => ({
    code: d.code,
    name: d.name,
    shortName: d.shortName,
    kind: 'department',
    parentCode: province.code,
  }));
  const provincialParUnits: SeedUnit[] = kg2020ParUnits.provincial.map((p) => ({
    code: p.code,
    name: p.name,
    shortName: p.shortName,
    kind: 'par_unit',
    parUnitLevel: 'province',
    parentCode: p.parentCode,
  }));
  const template = kg2020ParUnits.districtTemplate;
  const districtParUnits: SeedUnit[] = gso
    .filter((u) => u.kind === 'district')
    .map((d) => ({
      code: d.code + template.codeSuffix,
      // "Phòng Nội vụ huyện Giồng Riềng": the district's name in running text is lower-cased.
      name: `${template.name} ${d.name.charAt(0).toLowerCase()}${d.name.slice(1)}`,
      shortName: template.shortName,
      kind: 'par_unit',
      parUnitLevel: 'district',
      parentCode: d.code,
    }));
  return [...gso, ...departments, ...provincialParUnits, ...districtParUnits];
}

export function anGiang2025SeedUnits(): SeedUnit[] {
  return (ag2025Units as GsoRow[]).map(fromGso);
}

/**
 * Inserts units of one era, parents before children, computing ids and paths here so that the
 * whole era goes in with a few multi-row inserts.
 * @returns code → id
 */
export async function insertEraUnits(
  db: DbOrTx,
  era: { id: string; validFrom: string; validTo: string | null },
  units: SeedUnit[],
): Promise<Map<string, string>> {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const placed = new Map<string, { id: string; path: string; depth: number }>();
  const depthOf = (u: SeedUnit): number => (u.parentCode ? depthOf(byCode.get(u.parentCode)!) + 1 : 0);
  const ordered = [...units].sort((a, b) => depthOf(a) - depthOf(b));
  const rows = ordered.map((u) => {
    if (u.parentCode && !byCode.has(u.parentCode)) {
      throw new Error(`Đơn vị ${u.code} có mã đơn vị cấp trên ${u.parentCode} không tồn tại`);
    }
    const row = newOrgUnitRow(era, u.parentCode ? placed.get(u.parentCode)! : null, u);
    placed.set(u.code, row);
    return row;
  });
  const ids = new Map([...placed].map(([code, u]) => [code, u.id]));
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(orgUnits).values(rows.slice(i, i + 500));
  }
  return ids;
}

/**
 * Loads the real org tree on first start: Kiên Giang 2020 and An Giang 2025 with the 2020→2025 mapping.
 * Does nothing when the Kiên Giang 2020 era is already there.
 * @returns whether anything was loaded
 */
export async function seedOrgTree(db: DbOrTx): Promise<boolean> {
  const existing = await db.select({ id: orgEras.id }).from(orgEras).where(eq(orgEras.id, ERA_KG_2020));
  if (existing.length > 0) return false;
  const kg = { id: ERA_KG_2020, validFrom: '2020-01-01', validTo: '2025-06-30' };
  const ag = { id: ERA_AG_2025, validFrom: '2025-07-01', validTo: null };
  await db.insert(orgEras).values([
    {
      ...kg,
      name: 'Tỉnh Kiên Giang (cấp tỉnh – huyện – xã), năm 2020',
      source: 'Danh mục đơn vị hành chính của Tổng cục Thống kê, ngày 01/06/2020',
    },
    {
      ...ag,
      name: 'Tỉnh An Giang (chính quyền hai cấp), từ 01/07/2025',
      source: 'Công văn 1027/CTK-CSCL ngày 25/06/2025 của Cục Thống kê; Nghị quyết 1654/NQ-UBTVQH15',
    },
  ]);
  const kgUnits = kienGiang2020SeedUnits();
  const agUnits = anGiang2025SeedUnits();
  const kgIds = await insertEraUnits(db, kg, kgUnits);
  const agIds = await insertEraUnits(db, ag, agUnits);
  const lineage = mapping.map((m) => ({
    fromUnitId: kgIds.get(m.oldCode)!,
    toUnitId: agIds.get(m.newCode)!,
    changeType: 'merge',
    effectiveDate: '2025-07-01',
    note: (m as { intermediateChange?: string }).intermediateChange ?? null,
  }));
  await db.insert(orgUnitLineage).values(lineage);
  await appendAuditEvent(db, {
    action: 'orgTree.seed',
    entityType: 'orgEra',
    entityId: `${ERA_KG_2020},${ERA_AG_2025}`,
    after: { [ERA_KG_2020]: kgUnits.length, [ERA_AG_2025]: agUnits.length, lineage: lineage.length },
  });
  return true;
}
