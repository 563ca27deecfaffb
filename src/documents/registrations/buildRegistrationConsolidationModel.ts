import { COUNTED_REGISTRATION_STATUSES, REGISTRATION_STATUS_LABELS, type RegistrationStatus } from '../../domain/campaigns/registrationRules';
import type { LocalDate } from '../../domain/time/localDate';
import { writeTable, type TableColumn, type WrittenTable } from '../../domain/tabular/tableCodec';
import type { Block, DocumentModel } from '../layout/documentModel';
import { issuingBodyName, MOTTO, NATIONAL_TITLE, placeDateLine, planCitation, upperVi, type UnitKindForName } from '../layout/nd30';

/** One unit of a consolidation: its registration, or none (status null). */
export type ConsolidationLine = {
  code: string;
  name: string;
  content: string | null;
  individualCount: number;
  status: RegistrationStatus | null;
};

/** A group of the table: a district's units, or the departments. */
export type ConsolidationGroup = { title: string; lines: ConsolidationLine[] };

/** Plain data of a district or province consolidation (tổng hợp đăng ký, IV.1). */
export type RegistrationConsolidationData = {
  level: 'district' | 'province';
  campaign: { planNumber: string; planDate: string; issuer: string; place: string; theme: string; year: number };
  /** Who consolidates: UBND huyện for its communes, Sở Nội vụ for the province. */
  body: { name: string; kind: UnitKindForName };
  parentBody: { name: string; kind: UnitKindForName } | null;
  /** "Kính gửi": Sở Nội vụ (district) or UBND tỉnh (province). */
  recipient: string;
  /** What is consolidated: "Huyện Giồng Riềng" or "tỉnh Kiên Giang". */
  scopeName: string;
  groups: ConsolidationGroup[];
  date: LocalDate | null;
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
const roman = (n: number) => ROMAN[n - 1] ?? String(n);

/** "Đã gửi", or "Chưa đăng ký" for a unit without a registration. */
export function statusLabel(status: RegistrationStatus | null): string {
  return status === null ? 'Chưa đăng ký' : REGISTRATION_STATUS_LABELS[status];
}

const counted = (l: ConsolidationLine) => l.status !== null && COUNTED_REGISTRATION_STATUSES.includes(l.status);

/** Registered units (sent: submitted, accepted or forwarded; see COUNTED_REGISTRATION_STATUSES) and people of a group. */
export function groupTotals(lines: readonly ConsolidationLine[]): { units: number; registered: number; individuals: number } {
  const registered = lines.filter(counted);
  return { units: lines.length, registered: registered.length, individuals: registered.reduce((s, l) => s + l.individualCount, 0) };
}

/** The XLSX layout of a consolidation (a report, not read back): one row per unit, group in the first column. */
export const CONSOLIDATION_COLUMNS = [
  { key: 'group', header: 'Nhóm', width: 30 },
  { key: 'index', header: 'STT', width: 6, numeric: 'integer' },
  { key: 'code', header: 'Mã đơn vị', width: 12 },
  { key: 'name', header: 'Đơn vị', width: 40 },
  { key: 'content', header: 'Nội dung đăng ký', width: 60 },
  { key: 'individualCount', header: 'Số cá nhân', width: 12, numeric: 'integer' },
  { key: 'status', header: 'Trạng thái', width: 22 },
] as const satisfies readonly TableColumn[];

/** Consolidation → header and text rows for XLSX (writeTable); STT and the count of individuals are written as numbers. */
export function consolidationRows(data: RegistrationConsolidationData): WrittenTable {
  return writeTable(
    CONSOLIDATION_COLUMNS,
    data.groups.flatMap((g) =>
      g.lines.map((l, i) => ({
        group: g.title,
        index: i + 1,
        code: l.code,
        name: l.name,
        content: l.content,
        individualCount: l.status === null ? null : l.individualCount,
        status: statusLabel(l.status),
      })),
    ),
  );
}

/**
 * The consolidated registration list (IV.1: districts collect their communes' registrations and forward one list to
 * Sở Nội vụ; Sở Nội vụ consolidates everything for UBND tỉnh) in the NĐ 30 layout, with a table STT, Đơn vị, Nội
 * dung đăng ký, Số cá nhân, Trạng thái, grouped (I, II, …) with each group's count of units that sent their form.
 */
export function buildRegistrationConsolidationModel(data: RegistrationConsolidationData): DocumentModel {
  const { campaign } = data;
  const body = issuingBodyName(data.body);
  const totals = groupTotals(data.groups.flatMap((g) => g.lines));
  const rows = data.groups.flatMap((g, gi) => {
    const t = groupTotals(g.lines);
    return [
      { group: `${roman(gi + 1)}. ${g.title} (${t.registered}/${t.units} đơn vị đã đăng ký)` },
      ...g.lines.map((l, i) => ({
        cells: [String(i + 1), l.name, l.content ?? '', l.status === null ? '' : String(l.individualCount), statusLabel(l.status)],
      })),
    ];
  });
  const subject = data.level === 'district' ? `của các đơn vị thuộc ${data.scopeName}` : `trên địa bàn ${data.scopeName}`;
  const blocks: Block[] = [
    {
      kind: 'header',
      parentBody: data.parentBody ? upperVi(issuingBodyName(data.parentBody)) : null,
      body: upperVi(body),
      documentNumber: null,
      nationalTitle: NATIONAL_TITLE,
      motto: MOTTO,
      placeDate: placeDateLine(campaign.place, data.date, campaign.year),
    },
    { kind: 'paragraph', align: 'center', spaceBefore: 18, runs: [{ text: 'TỔNG HỢP ĐĂNG KÝ THI ĐUA CHUYÊN ĐỀ', bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `“${campaign.theme.trim()}”`, bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `${subject} năm ${campaign.year}`, bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `(Thực hiện ${planCitation(campaign)})`, italic: true }] },
    { kind: 'paragraph', align: 'center', spaceBefore: 6, runs: [{ text: 'Kính gửi: ' }, { text: data.recipient }] },
    { kind: 'table', fontSize: 12, columns: [
      { header: 'STT', width: 6, align: 'center' },
      { header: 'Đơn vị', width: 30 },
      { header: 'Nội dung đăng ký', width: 38 },
      { header: 'Số cá nhân', width: 10, align: 'center' },
      { header: 'Trạng thái', width: 16 },
    ], rows },
    {
      kind: 'paragraph',
      indent: true,
      runs: [{ text: 'Tổng cộng: ', bold: true }, { text: `${totals.registered}/${totals.units} đơn vị đã đăng ký thi đua, với ${totals.individuals} cá nhân.` }],
    },
    {
      kind: 'signatures',
      columns: [
        { title: 'NGƯỜI LẬP BIỂU', note: null, name: '' },
        { title: 'THỦ TRƯỞNG CƠ QUAN', note: '(chữ ký, đóng dấu)', name: '' },
      ],
    },
  ];
  return { title: `Tổng hợp đăng ký thi đua chuyên đề - ${data.scopeName}`, blocks };
}
