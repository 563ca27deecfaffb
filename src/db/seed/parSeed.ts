import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { kienGiangClassificationScheme2020, type Classification, type ClassificationScheme } from '../../domain/par/classificationScheme';
import { computeParIndex, type ParScoreInput } from '../../domain/par/parIndex';
import { blockLabel } from '../../domain/par/parResultRows';
import { vietnamHolidays } from '../../domain/time/vietnamHolidays';
import { appendAuditEvent } from '../auditChain';
import type { DbOrTx } from '../client';
import { classificationSchemes, holidayCalendars, orgUnits, parPublications, parResults } from '../schema';
import { ERA_KG_2020 } from './orgTreeSeed';
import { orgUnitDerived } from './orgUnitDerived';
import par2018 from './data/kien-giang-par-index-2018.json' with { type: 'json' };
import par2019 from './data/kien-giang-par-index-2019.json' with { type: 'json' };

/**
 * The scheme behind the published 2017 and 2018 Kiên Giang rankings (QĐ 1066/QĐ-UBND 07/5/2018, QĐ 1051/QĐ-UBND
 * 07/5/2019): xuất sắc ≥ 90, tốt ≥ 80 as published; khá, trung bình and yếu cut-offs are assumed. Every block is on
 * 100 points: the 2018 news gives Cục Thuế 92 points, so the central agencies were not on a 60-point scale then.
 */
export const kienGiangClassificationScheme2017: ClassificationScheme = {
  ...kienGiangClassificationScheme2020,
  id: 'kien-giang-2017',
  name: 'Xếp loại Chỉ số CCHC tỉnh Kiên Giang (kết quả năm 2017–2019)',
  validFrom: 2017,
  source:
    'Quyết định số 1066/QĐ-UBND ngày 07/5/2018 và số 1051/QĐ-UBND ngày 07/5/2019 của UBND tỉnh Kiên Giang ' +
    '(ngưỡng xuất sắc ≥ 90, tốt ≥ 80 theo công bố; ngưỡng khá, trung bình, yếu là giả định)',
  blocks: Object.fromEntries(
    Object.entries(kienGiangClassificationScheme2020.blocks).map(([code, block]) => [code, { ...block, maxPoints: 100 }]),
  ),
};

/**
 * The central agencies ranked in their own block in 2018 (QĐ 1051/QĐ-UBND): not part of the 2020 tree of the
 * GSO list, added under the province of the kien-giang-2020 era. Codes are this system's own keys.
 */
const CENTRAL_AGENCIES: { name: string; code: string; shortName: string }[] = [
  { name: 'Cục Thuế tỉnh Kiên Giang', code: 'CUCTHUE', shortName: 'Cục Thuế tỉnh' },
  { name: 'Ngân hàng Nhà nước chi nhánh tỉnh Kiên Giang', code: 'NHNN', shortName: 'NHNN chi nhánh tỉnh' },
  { name: 'Bảo hiểm xã hội tỉnh Kiên Giang', code: 'BHXH', shortName: 'BHXH tỉnh' },
  { name: 'Kho bạc Nhà nước tỉnh Kiên Giang', code: 'KBNN', shortName: 'KBNN tỉnh' },
  { name: 'Cảng vụ Hàng hải Kiên Giang', code: 'CVHH', shortName: 'Cảng vụ Hàng hải' },
];

const CLASS_CODES: Record<string, Classification> = { xuat_sac: 'excellent', tot: 'good', kha: 'fair', trung_binh: 'average', yeu: 'weak' };
const GROUP_BLOCKS: Record<string, string> = {
  so_ban_nganh_tinh: 'department',
  co_quan_nganh_doc_trung_uong: 'centralAgency',
  ubnd_cap_huyen: 'district',
};

type HistoryRow = { unitCode: string; blockCode: string; classification: Classification; score: number | null; rank: number | null; source: string };

function history2018(): HistoryRow[] {
  return par2018.groups.flatMap((group) =>
    group.units.map((unit) => {
      // Districts carry their GSO code; departments are found by their exact name (resolved by the caller).
      const code = (unit as { unitCode?: string }).unitCode ?? CENTRAL_AGENCIES.find((c) => c.name === unit.name)?.code ?? `name:${unit.name}`;
      return {
        unitCode: code,
        blockCode: GROUP_BLOCKS[group.group],
        classification: CLASS_CODES[unit.classification],
        score: unit.score,
        rank: null,
        source: `${par2018.decision}; thứ tự trong tin công bố: ${unit.listedPosition}`,
      };
    }),
  );
}

function history2019(): HistoryRow[] {
  const summary =
    `Tổng hợp công bố: ${par2019.totals.units} đơn vị — ${par2019.totals.xuat_sac} xuất sắc, ${par2019.totals.tot} tốt, ` +
    `${par2019.totals.kha} khá, ${par2019.totals.trung_binh} trung bình; khối UBND cấp huyện 15 đơn vị: 5 xuất sắc, 10 tốt; ` +
    'khối sở, ban, ngành (suy ra) 22 đơn vị: 14 xuất sắc, 3 tốt, 4 khá, 1 trung bình. Bảng điểm từng đơn vị không có trong nguồn.';
  return par2019.groups.flatMap((group) =>
    (group.knownUnits ?? []).map((unit) => ({
      unitCode: unit.unitCode,
      blockCode: GROUP_BLOCKS[group.group] ?? 'district',
      classification: CLASS_CODES[unit.classification],
      score: unit.score,
      rank: unit.rank,
      source: `${par2019.decision}. ${summary}`,
    })),
  );
}

async function seedHistoryYear(
  db: DbOrTx,
  year: number,
  rows: HistoryRow[],
  publication: { decisionNumber: string; decisionDate: string; signer: string },
  unitIds: Map<string, { id: string; name: string }>,
): Promise<number> {
  const existing = await db.select({ id: parResults.id }).from(parResults).where(eq(parResults.year, year)).limit(1);
  if (existing.length > 0) return 0;
  const known = rows.filter((r) => unitIds.has(r.unitCode));
  const inputs: ParScoreInput[] = known.map((r) => ({
    unitId: unitIds.get(r.unitCode)!.id,
    blockCode: r.blockCode,
    selfScore: null,
    appraisedScore: null,
    surveyScore: null,
    publishedTotal: r.score,
    publishedClassification: r.classification,
  }));
  await db.insert(parResults).values(
    known.map((r, i) => ({
      year,
      blockCode: r.blockCode,
      orgUnitId: inputs[i].unitId,
      publishedTotal: r.score === null ? null : r.score.toFixed(2),
      publishedClassification: r.classification,
      source: r.source,
    })),
  );
  // Only a few scores were published, so ranks computed from them would be wrong (Vĩnh Thuận, 86,5 points, was
  // 6th, not 3rd): the snapshot keeps only the ranks the sources state.
  const results = computeParIndex(inputs, kienGiangClassificationScheme2017);
  const snapshot = results.map((result, i) => ({
    ...result,
    rank: known[i].rank,
    notes: [...result.notes, 'Kết quả lịch sử: chỉ có xếp loại và một số điểm được công bố; thứ hạng không đầy đủ.'],
    orgUnitCode: known[i].unitCode,
    orgUnitName: unitIds.get(known[i].unitCode)!.name,
    blockLabel: blockLabel(result.blockCode),
    publishedTotal: known[i].score,
    publishedClassification: known[i].classification,
    source: known[i].source,
  }));
  await db.insert(parPublications).values({ year, ...publication, schemeId: kienGiangClassificationScheme2017.id, snapshot });
  return known.length;
}

/**
 * Loads on first start what PAR results need (SPEC §3 step 4, issue 4): the classification schemes (the Kiên Giang
 * default from 2020 and the one behind the 2017–2019 rankings), the 2020 and 2021 holiday calendars, the 5 central
 * agencies ranked in 2018, and the real 2018 and 2019 results as published history (classes, the few published
 * scores; src/db/seed/data/kien-giang-par-index-*.json). Each part does nothing when already there.
 */
export async function seedParHistory(db: DbOrTx): Promise<void> {
  const schemeRows = [kienGiangClassificationScheme2017, kienGiangClassificationScheme2020].map((s) => ({
    id: s.id,
    name: s.name,
    validFromYear: s.validFrom,
    definition: { source: s.source ?? null, blocks: s.blocks },
  }));
  const schemesAdded = await db.insert(classificationSchemes).values(schemeRows).onConflictDoNothing().returning({ id: classificationSchemes.id });
  const calendarsAdded = await db
    .insert(holidayCalendars)
    .values(vietnamHolidays.map(({ year, ...definition }) => ({ year, definition: { compensatoryWorkdays: [], source: null, ...definition } })))
    .onConflictDoNothing()
    .returning({ year: holidayCalendars.year });

  const [province] = await db
    .select({ id: orgUnits.id, path: orgUnits.path, depth: orgUnits.depth, validFrom: orgUnits.validFrom, validTo: orgUnits.validTo })
    .from(orgUnits)
    .where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, par2018.provinceCode)));
  if (!province) return; // no org tree yet: nothing to attach the history to
  const present = await db
    .select({ code: orgUnits.code })
    .from(orgUnits)
    .where(and(eq(orgUnits.eraId, ERA_KG_2020), inArray(orgUnits.code, CENTRAL_AGENCIES.map((c) => c.code))));
  const missing = CENTRAL_AGENCIES.filter((c) => !present.some((p) => p.code === c.code));
  if (missing.length > 0) {
    await db.insert(orgUnits).values(
      missing.map((agency) => {
        const id = randomUUID();
        return {
          id,
          eraId: ERA_KG_2020,
          code: agency.code,
          name: agency.name,
          shortName: agency.shortName,
          kind: 'central_agency' as const,
          parentId: province.id,
          path: `${province.path}${id}/`,
          depth: province.depth + 1,
          validFrom: province.validFrom,
          validTo: province.validTo,
          ...orgUnitDerived(agency),
        };
      }),
    );
  }

  const units = await db.select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.eraId, ERA_KG_2020));
  const byCode = new Map(units.map((u) => [u.code, { id: u.id, name: u.name }]));
  const byName = new Map(units.map((u) => [u.name, u.code]));
  const rows2018 = history2018().map((r) => (r.unitCode.startsWith('name:') ? { ...r, unitCode: byName.get(r.unitCode.slice(5)) ?? r.unitCode } : r));
  const added2018 = await seedHistoryYear(db, 2018, rows2018, { decisionNumber: '1051/QĐ-UBND', decisionDate: '2019-05-07', signer: 'Phó Chủ tịch UBND tỉnh (chưa rõ họ tên)' }, byCode);
  const added2019 = await seedHistoryYear(db, 2019, history2019(), { decisionNumber: '1149/QĐ-UBND', decisionDate: '2020-05-13', signer: 'Chủ tịch UBND tỉnh (chưa rõ người ký)' }, byCode);

  if (schemesAdded.length + calendarsAdded.length + missing.length + added2018 + added2019 > 0) {
    await appendAuditEvent(db, {
      action: 'parHistory.seed',
      entityType: 'parResult',
      entityId: '2018,2019',
      after: { schemes: schemesAdded.map((s) => s.id), holidayCalendars: calendarsAdded.map((c) => c.year), centralAgencies: missing.map((m) => m.code), results2018: added2018, results2019: added2019 },
    });
  }
}
