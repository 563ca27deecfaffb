import { writeTable, type TableColumn, type WrittenTable } from '../../domain/tabular/tableCodec';
import { formatVnDate, type LocalDate } from '../../domain/time/localDate';
import type { Block, DocumentModel, TableRow } from '../layout/documentModel';
import { MOTTO, NATIONAL_TITLE, placeDateLine, planCitation, upperVi } from '../layout/nd30';

/**
 * The printed reports of the secretariat (issue 12 §2): the list of nominations with their stage and the list of
 * awardees by decision, in the NĐ 30 layout (header, title, grouped table, signatures), and their XLSX tables
 * (reports, not read back: no import takes nominations or awards).
 */

/** The campaign and the reporting body, as every report's header and title need them. */
export type ReportHeading = {
  campaign: { planNumber: string; planDate: string; issuer: string; place: string; theme: string; year: number };
  /** Sở Nội vụ (or a district's UBND, for a district reader), under the province. */
  body: string;
  parentBody: string | null;
  /** What the list covers: "tỉnh Kiên Giang", "Huyện Giồng Riềng", with the filters chosen. */
  scopeName: string;
  date: LocalDate;
};

export type NominationLine = { group: string; nomineeKind: 'unit' | 'person'; nomineeName: string; position: string | null; unitName: string; proposingUnitName: string; stageLabel: string };
export type AwardLine = { decision: string; group: string; nomineeKind: 'unit' | 'person'; nomineeName: string; position: string | null; unitName: string; achievement: string };

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
const roman = (n: number) => ROMAN[n - 1] ?? String(n);

/** Rows grouped under "I. <group> (n)" headings, numbered from 1 within each group, in the order given. */
function groupedRows<T>(lines: readonly T[], groupOf: (l: T) => string, cells: (l: T, i: number) => string[]): TableRow[] {
  const groups = new Map<string, T[]>();
  for (const l of lines) groups.set(groupOf(l), [...(groups.get(groupOf(l)) ?? []), l]);
  return [...groups.entries()].flatMap(([title, ls], gi) => [{ group: `${roman(gi + 1)}. ${title} (${ls.length})` }, ...ls.map((l, i) => ({ cells: cells(l, i) }))]);
}

function heading(h: ReportHeading, title: string): Block[] {
  return [
    { kind: 'header', parentBody: h.parentBody ? upperVi(h.parentBody) : null, body: upperVi(h.body), documentNumber: null, nationalTitle: NATIONAL_TITLE, motto: MOTTO, placeDate: placeDateLine(h.campaign.place, h.date, h.campaign.year) },
    { kind: 'paragraph', align: 'center', spaceBefore: 18, runs: [{ text: title, bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `Thi đua chuyên đề “${h.campaign.theme.trim()}” năm ${h.campaign.year}`, bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `(Thực hiện ${planCitation(h.campaign)}; phạm vi: ${h.scopeName})`, italic: true }] },
  ];
}

const SIGNATURES: Block = {
  kind: 'signatures',
  columns: [
    { title: 'NGƯỜI LẬP BIỂU', note: null, name: '' },
    { title: 'THỦ TRƯỞNG CƠ QUAN', note: '(chữ ký, đóng dấu)', name: '' },
  ],
};

const nominee = (l: { nomineeKind: 'unit' | 'person'; nomineeName: string; position: string | null; unitName: string }) =>
  l.nomineeKind === 'unit' ? l.nomineeName : `${l.nomineeName}${l.position ? `, ${l.position}` : ''}, ${l.unitName}`;

/** "Danh sách đề nghị khen thưởng và tình trạng hồ sơ", grouped by district (commune, own level), with the totals per stage. */
export function buildNominationStatusModel(h: ReportHeading, lines: readonly NominationLine[], stageTotals: readonly { label: string; count: number }[]): DocumentModel {
  const rows = groupedRows(lines, (l) => l.group, (l, i) => [String(i + 1), nominee(l), l.nomineeKind === 'unit' ? 'Tập thể' : 'Cá nhân', l.proposingUnitName, l.stageLabel]);
  const totals = stageTotals.filter((s) => s.count > 0).map((s) => `${s.label}: ${s.count}`).join('; ');
  return {
    title: `Danh sách đề nghị khen thưởng - ${h.scopeName}`,
    blocks: [
      ...heading(h, 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG VÀ TÌNH TRẠNG HỒ SƠ'),
      { kind: 'table', fontSize: 12, columns: [
        { header: 'STT', width: 6, align: 'center' },
        { header: 'Tập thể, cá nhân được đề nghị', width: 38 },
        { header: 'Loại', width: 10, align: 'center' },
        { header: 'Đơn vị đề nghị', width: 22 },
        { header: 'Tình trạng hồ sơ', width: 24 },
      ], rows },
      { kind: 'paragraph', indent: true, runs: [{ text: 'Tổng cộng: ', bold: true }, { text: `${lines.length} đề nghị${totals ? ` (${totals})` : ''}.` }] },
      SIGNATURES,
    ],
  };
}

/** "Danh sách tập thể, cá nhân được khen thưởng" of one decision or all, grouped by decision: collectives, then people. */
export function buildAwardListModel(h: ReportHeading, lines: readonly AwardLine[]): DocumentModel {
  const rows = groupedRows(lines, (l) => l.decision, (l, i) => [String(i + 1), nominee(l), l.nomineeKind === 'unit' ? 'Tập thể' : 'Cá nhân', l.achievement]);
  const collectives = lines.filter((l) => l.nomineeKind === 'unit').length;
  return {
    title: `Danh sách khen thưởng - ${h.scopeName}`,
    blocks: [
      ...heading(h, 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN'),
      { kind: 'table', fontSize: 12, columns: [
        { header: 'STT', width: 6, align: 'center' },
        { header: 'Tập thể, cá nhân', width: 40 },
        { header: 'Loại', width: 10, align: 'center' },
        { header: 'Thành tích', width: 44 },
      ], rows },
      { kind: 'paragraph', indent: true, runs: [{ text: 'Tổng cộng: ', bold: true }, { text: `${collectives} tập thể và ${lines.length - collectives} cá nhân.` }] },
      SIGNATURES,
    ],
  };
}

/** Numbers lines 1, 2, … within their group (STT restarts in each group), in the order they are asked. */
function numberWithin<T>(groupOf: (line: T) => string): (line: T) => number {
  const seen = new Map<string, number>();
  return (line) => {
    const index = (seen.get(groupOf(line)) ?? 0) + 1;
    seen.set(groupOf(line), index);
    return index;
  };
}

export const NOMINATION_REPORT_COLUMNS = [
  { key: 'group', header: 'Nhóm (huyện / xã)', width: 28 },
  { key: 'index', header: 'STT', width: 6, numeric: 'integer' },
  { key: 'kind', header: 'Loại', width: 10 },
  { key: 'nominee', header: 'Tập thể, cá nhân được đề nghị', width: 36 },
  { key: 'position', header: 'Chức vụ', width: 24 },
  { key: 'unit', header: 'Đơn vị', width: 30 },
  { key: 'proposer', header: 'Đơn vị đề nghị', width: 28 },
  { key: 'stage', header: 'Tình trạng hồ sơ', width: 30 },
] as const satisfies readonly TableColumn[];

/** Nominations → XLSX rows (group in the first column, numbered within the group). */
export function nominationReportRows(lines: readonly NominationLine[]): WrittenTable {
  return nominationRowsWriter()(lines);
}

/** nominationReportRows for lines that arrive page by page (the export job): numbering goes on from page to page. */
export function nominationRowsWriter(): (lines: readonly NominationLine[]) => WrittenTable {
  const indexOf = numberWithin<NominationLine>((l) => l.group);
  return (lines) =>
    writeTable(
      NOMINATION_REPORT_COLUMNS,
      lines.map((l) => {
        const index = indexOf(l);
        return { group: l.group, index, kind: l.nomineeKind === 'unit' ? 'Tập thể' : 'Cá nhân', nominee: l.nomineeName, position: l.position, unit: l.unitName, proposer: l.proposingUnitName, stage: l.stageLabel };
      }),
    );
}

export const AWARD_REPORT_COLUMNS = [
  { key: 'decision', header: 'Quyết định', width: 34 },
  { key: 'index', header: 'STT', width: 6, numeric: 'integer' },
  { key: 'kind', header: 'Loại', width: 10 },
  { key: 'nominee', header: 'Tập thể, cá nhân', width: 36 },
  { key: 'position', header: 'Chức vụ', width: 24 },
  { key: 'unit', header: 'Đơn vị', width: 30 },
  { key: 'group', header: 'Nhóm (huyện / xã)', width: 28 },
  { key: 'achievement', header: 'Thành tích', width: 50 },
] as const satisfies readonly TableColumn[];

/** Awardees → XLSX rows (decision in the first column, numbered within the decision). */
export function awardReportRows(lines: readonly AwardLine[]): WrittenTable {
  const indexOf = numberWithin<AwardLine>((l) => l.decision);
  return writeTable(
    AWARD_REPORT_COLUMNS,
    lines.map((l) => {
      const index = indexOf(l);
      return { decision: l.decision, index, kind: l.nomineeKind === 'unit' ? 'Tập thể' : 'Cá nhân', nominee: l.nomineeName, position: l.position, unit: l.unitName, group: l.group, achievement: l.achievement };
    }),
  );
}

/** "Quyết định số 12/QĐ-UBND ngày 15/01/2021": how a decision heads its group. */
export function decisionTitle(d: { number: string; decisionDate: string }): string {
  return `Quyết định số ${d.number} ngày ${formatVnDate(d.decisionDate as LocalDate)}`;
}

