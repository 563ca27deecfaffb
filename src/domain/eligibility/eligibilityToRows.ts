import type { Verdict } from '../shared/ruleOutcome';
import type { EligibilityResult } from './evaluateEligibility';

export const VERDICT_LABELS: Record<Verdict, string> = {
  pass: 'Đủ điều kiện',
  fail: 'Không đủ điều kiện',
  unknown: 'Chưa xác định (thiếu thông tin)',
};

/** The eligibility export's columns (a report: computed, not re-imported). */
export const ELIGIBILITY_COLUMNS = [
  { header: 'Đối tượng', width: 10 },
  { header: 'Mã đơn vị', width: 12 },
  { header: 'Tên đơn vị', width: 40 },
  { header: 'Họ và tên', width: 26 },
  { header: 'Chức vụ', width: 24 },
  { header: 'Kết quả', width: 22 },
  { header: 'Tiêu chuẩn đạt', width: 16 },
  { header: 'Còn thiếu', width: 40 },
  { header: 'Giải thích', width: 70 },
  { header: 'Chi tiết từng điều kiện', width: 100 },
] as const;

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
export function eligibilityToRows(items: readonly EligibilityExportItem[]): { header: string[]; rows: string[][] } {
  return {
    header: ELIGIBILITY_COLUMNS.map((c) => c.header),
    rows: items.map(({ kind, orgUnit, person, result }) => {
      const outcomes = [...result.preconditions, ...result.bases, ...result.conditions];
      const details = outcomes.map((o) => `[${VERDICT_LABELS[o.verdict]}] ${o.label}: ${o.explanation} (${o.ref.clause})`);
      return [
        kind === 'collective' ? 'Tập thể' : 'Cá nhân',
        orgUnit.code,
        orgUnit.name,
        person?.fullName ?? '',
        person?.position ?? '',
        VERDICT_LABELS[result.verdict],
        result.bases.filter((b) => b.verdict === 'pass').map((b) => b.basis).join(', '),
        result.missing.join('; '),
        result.summary,
        details.join('\n'),
      ];
    }),
  };
}
