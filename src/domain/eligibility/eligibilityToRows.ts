import type { Verdict } from '../shared/ruleOutcome';
import type { EligibilityResult } from './evaluateEligibility';
import { writeTable, type TableColumn, type WrittenTable } from '../tabular/tableCodec';

export const VERDICT_LABELS: Record<Verdict, string> = {
  pass: 'Đủ điều kiện',
  fail: 'Không đủ điều kiện',
  unknown: 'Chưa xác định (thiếu thông tin)',
};

/** The eligibility export's columns (a report: computed, not re-imported). */
export const ELIGIBILITY_COLUMNS = [
  { key: 'kind', header: 'Đối tượng', width: 10 },
  { key: 'unitCode', header: 'Mã đơn vị', width: 12 },
  { key: 'unitName', header: 'Tên đơn vị', width: 40 },
  { key: 'fullName', header: 'Họ và tên', width: 26 },
  { key: 'position', header: 'Chức vụ', width: 24 },
  { key: 'verdict', header: 'Kết quả', width: 22 },
  { key: 'passedBases', header: 'Tiêu chuẩn đạt', width: 16 },
  { key: 'missing', header: 'Còn thiếu', width: 40 },
  { key: 'summary', header: 'Giải thích', width: 70 },
  { key: 'details', header: 'Chi tiết từng điều kiện', width: 100 },
] as const satisfies readonly TableColumn[];

/** One nominee as the export lists it. */
export type EligibilityExportItem = {
  kind: 'collective' | 'individual';
  orgUnit: { code: string; name: string };
  person: { fullName: string; position: string } | null;
  result: EligibilityResult;
};

/**
 * Results → header and text rows for XLSX/CSV: one line per nominee, each condition with its verdict and clause.
 * @param items the evaluated nominees, in list order
 */
export function eligibilityToRows(items: readonly EligibilityExportItem[]): WrittenTable {
  return writeTable(
    ELIGIBILITY_COLUMNS,
    items.map(({ kind, orgUnit, person, result }) => {
      const outcomes = [...result.preconditions, ...result.bases, ...result.conditions];
      const details = outcomes.map((o) => `[${VERDICT_LABELS[o.verdict]}] ${o.label}: ${o.explanation} (${o.ref.clause})`);
      return {
        kind: kind === 'collective' ? 'Tập thể' : 'Cá nhân',
        unitCode: orgUnit.code,
        unitName: orgUnit.name,
        fullName: person?.fullName,
        position: person?.position,
        verdict: VERDICT_LABELS[result.verdict],
        passedBases: result.bases.filter((b) => b.verdict === 'pass').map((b) => b.basis).join(', '),
        missing: result.missing.join('; '),
        summary: result.summary,
        details: details.join('\n'),
      };
    }),
  );
}
