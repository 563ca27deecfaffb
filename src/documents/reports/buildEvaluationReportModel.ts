import ExcelJS from 'exceljs';
import { formatVnDate, type LocalDate } from '../../domain/time/localDate';
import { CHART_COLOR_NAMES, CHART_COLORS, renderBarChart, type BarChart } from '../charts/barChartPng';
import type { Block, DocumentModel } from '../layout/documentModel';
import { MOTTO, NATIONAL_TITLE, placeDateLine, planCitation, upperVi } from '../layout/nd30';
import type { ReportHeading } from './buildReportModels';

/**
 * The year-end evaluation report of the plan (Kế hoạch 34/KH-UBND, IV.3: "cuối năm có báo cáo đánh giá việc thực
 * hiện Kế hoạch để rút kinh nghiệm tổ chức thực hiện năm tiếp theo"): the figures drawn from the data, their charts
 * (PNG, barChartPng.ts) and the narrative the secretariat writes (results, limits, lessons, proposals), in the NĐ 30
 * layout; and its annex, the same figures tables as XLSX sheets. Pure: plain data in, a model or a workbook out.
 */

export type EvaluationNarrative = { results: string; limits: string; lessons: string; proposals: string };

type Counts = Record<'excellent' | 'good' | 'fair' | 'average' | 'weak' | 'none', number>;
export type EvaluationReportData = {
  participation: {
    groups: { groupName: string; units: number; registered: number; individuals: number }[];
    kinds: { kindLabel: string; units: number; registered: number }[];
    totals: { units: number; registered: number; individuals: number };
  };
  initiatives: { total: number; units: number; groups: { groupName: string; initiatives: number; units: number }[] };
  par: { current: { year: number; units: number; average: number | null; counts: Counts }; previous: { year: number; units: number; average: number | null; counts: Counts } };
  nominations: { total: number; byStage: Partial<Record<string, number>> };
  awards: { decisions: number; collectives: number; individuals: number };
  deadlines: { registrationDeadline: string; lateRegistrations: number; dossierDeadline: string | null; lateDossiers: number; unsentDossiers: number };
  feedback: { total: number; open: number; answered: number; closed: number; averageHoursToAnswer: number | null };
};

/** One figures table: a section of the report and a sheet of the annex. */
export type FiguresTable = { title: string; sheet: string; header: string[]; rows: string[][]; widths: number[] };

const CLASS_ORDER = [
  ['excellent', 'Xuất sắc'],
  ['good', 'Tốt'],
  ['fair', 'Khá'],
  ['average', 'Trung bình'],
  ['weak', 'Yếu'],
  ['none', 'Chưa xếp loại'],
] as const;

const pct = (part: number, whole: number) => (whole > 0 ? `${((100 * part) / whole).toFixed(1).replace('.', ',')}%` : '-');
const dec = (v: number | null) => (v === null ? '-' : v.toFixed(2).replace('.', ','));
const signed = (v: number) => (v > 0 ? `+${v}` : String(v));

/** The figures tables, in the order of the report (and of the annex's sheets). */
export function evaluationTables(d: EvaluationReportData, stageLabels: Record<string, string>): FiguresTable[] {
  const { current: cur, previous: prev } = d.par;
  return [
    {
      title: 'Bảng 1. Tham gia đăng ký thi đua theo địa bàn',
      sheet: '1. Đăng ký theo địa bàn',
      header: ['STT', 'Địa bàn', 'Đơn vị tham gia', 'Đã đăng ký', 'Tỷ lệ', 'Cá nhân đăng ký'],
      widths: [6, 40, 16, 14, 10, 16],
      rows: [
        ...d.participation.groups.map((g, i) => [String(i + 1), g.groupName, String(g.units), String(g.registered), pct(g.registered, g.units), String(g.individuals)]),
        ['', 'Tổng cộng', String(d.participation.totals.units), String(d.participation.totals.registered), pct(d.participation.totals.registered, d.participation.totals.units), String(d.participation.totals.individuals)],
      ],
    },
    {
      title: 'Bảng 2. Tham gia đăng ký thi đua theo cấp, loại tập thể',
      sheet: '2. Đăng ký theo cấp',
      header: ['STT', 'Cấp, loại tập thể', 'Đơn vị tham gia', 'Đã đăng ký', 'Tỷ lệ'],
      widths: [6, 40, 16, 14, 10],
      rows: d.participation.kinds.map((k, i) => [String(i + 1), k.kindLabel, String(k.units), String(k.registered), pct(k.registered, k.units)]),
    },
    {
      title: 'Bảng 3. Giải pháp, sáng kiến cải cách hành chính',
      sheet: '3. Sáng kiến',
      header: ['STT', 'Địa bàn', 'Số giải pháp, sáng kiến', 'Số đơn vị có sáng kiến'],
      widths: [6, 40, 20, 20],
      rows: [...d.initiatives.groups.map((g, i) => [String(i + 1), g.groupName, String(g.initiatives), String(g.units)]), ['', 'Tổng cộng', String(d.initiatives.total), String(d.initiatives.units)]],
    },
    {
      title: `Bảng 4. Kết quả Chỉ số CCHC năm ${cur.year} so với năm ${prev.year}`,
      sheet: '4. Chỉ số CCHC',
      header: ['Xếp loại', `Năm ${prev.year}`, `Năm ${cur.year}`, 'Tăng (+), giảm (-)'],
      widths: [30, 14, 14, 18],
      rows: [
        ...CLASS_ORDER.map(([k, label]) => [label, String(prev.counts[k]), String(cur.counts[k]), signed(cur.counts[k] - prev.counts[k])]),
        ['Số đơn vị có kết quả', String(prev.units), String(cur.units), signed(cur.units - prev.units)],
        ['Điểm bình quân', dec(prev.average), dec(cur.average), cur.average !== null && prev.average !== null ? dec(Math.round((cur.average - prev.average) * 100) / 100) : '-'],
      ],
    },
    {
      title: 'Bảng 5. Đề nghị khen thưởng theo tình trạng hồ sơ',
      sheet: '5. Đề nghị khen thưởng',
      header: ['STT', 'Tình trạng', 'Số đề nghị'],
      widths: [6, 40, 14],
      rows: [
        ...Object.entries(stageLabels).filter(([s]) => (d.nominations.byStage[s] ?? 0) > 0).map(([s, label], i) => [String(i + 1), label, String(d.nominations.byStage[s] ?? 0)]),
        ['', 'Tổng cộng', String(d.nominations.total)],
      ],
    },
    {
      title: 'Bảng 6. Khen thưởng, hạn chót và phản ánh',
      sheet: '6. Khen thưởng, hạn, phản ánh',
      header: ['STT', 'Nội dung', 'Số liệu'],
      widths: [6, 60, 14],
      rows: [
        ['1', 'Quyết định khen thưởng đã ban hành', String(d.awards.decisions)],
        ['2', 'Tập thể được khen thưởng', String(d.awards.collectives)],
        ['3', 'Cá nhân được khen thưởng', String(d.awards.individuals)],
        ['4', `Bản đăng ký gửi sau hạn (${formatVnDate(d.deadlines.registrationDeadline as LocalDate)})`, String(d.deadlines.lateRegistrations)],
        ['5', `Hồ sơ gửi sau hạn${d.deadlines.dossierDeadline ? ` (${formatVnDate(d.deadlines.dossierDeadline as LocalDate)})` : ' (chưa có hạn)'}`, String(d.deadlines.lateDossiers)],
        ['6', 'Hồ sơ chưa gửi khi đã hết hạn', String(d.deadlines.unsentDossiers)],
        ['7', 'Phản ánh, vướng mắc nhận được', String(d.feedback.total)],
        ['8', 'Phản ánh đã trả lời', String(d.feedback.answered)],
        ['9', 'Phản ánh đã đóng', String(d.feedback.closed)],
        ['10', 'Phản ánh đang chờ trả lời', String(d.feedback.open)],
        ['11', 'Thời gian trả lời bình quân (giờ)', d.feedback.averageHoursToAnswer === null ? '-' : String(d.feedback.averageHoursToAnswer).replace('.', ',')],
      ],
    },
  ];
}

/** The charts: registration by area, PAR classes this year against last, nominations by stage. */
export function evaluationCharts(d: EvaluationReportData, stageLabels: Record<string, string>): { chart: BarChart; caption: string; legend: string }[] {
  const stages = Object.entries(stageLabels).filter(([s]) => (d.nominations.byStage[s] ?? 0) > 0);
  const legend = (labels: string[]) => labels.map((l, i) => `${CHART_COLOR_NAMES[i]}: ${l}`).join('; ');
  const order = (labels: string[]) => labels.map((l, i) => `${i + 1}. ${l}`).join('; ');
  const areas = d.participation.groups.map((g) => g.groupName);
  const classes = CLASS_ORDER.map(([, label]) => label);
  return [
    {
      chart: { categories: areas, series: [{ label: 'Đơn vị tham gia', color: CHART_COLORS[0], values: d.participation.groups.map((g) => g.units) }, { label: 'Đã đăng ký', color: CHART_COLORS[1], values: d.participation.groups.map((g) => g.registered) }] },
      caption: 'Biểu đồ 1. Đơn vị tham gia và đã đăng ký thi đua theo địa bàn (số liệu ở Bảng 1)',
      legend: `Cột ${legend(['đơn vị tham gia', 'đã đăng ký'])}. Từ trái sang: ${order(areas)}.`,
    },
    {
      chart: { categories: classes, series: [{ label: `Năm ${d.par.previous.year}`, color: CHART_COLORS[3], values: CLASS_ORDER.map(([k]) => d.par.previous.counts[k]) }, { label: `Năm ${d.par.current.year}`, color: CHART_COLORS[0], values: CLASS_ORDER.map(([k]) => d.par.current.counts[k]) }] },
      caption: `Biểu đồ 2. Xếp loại Chỉ số CCHC năm ${d.par.current.year} so với năm ${d.par.previous.year} (số liệu ở Bảng 4)`,
      legend: `Cột xám: năm ${d.par.previous.year}; cột xanh đậm: năm ${d.par.current.year}. Từ trái sang: ${order(classes)}.`,
    },
    {
      chart: { categories: stages.map(([, l]) => l), series: [{ label: 'Số đề nghị', color: CHART_COLORS[2], values: stages.map(([s]) => d.nominations.byStage[s] ?? 0) }] },
      caption: 'Biểu đồ 3. Đề nghị khen thưởng theo tình trạng hồ sơ (số liệu ở Bảng 5)',
      legend: `Từ trái sang: ${order(stages.map(([, l]) => l)) || 'chưa có đề nghị'}.`,
    },
  ];
}

const para = (text: string, options: { bold?: boolean; italic?: boolean; indent?: boolean; before?: number } = {}): Block => ({
  kind: 'paragraph',
  indent: options.indent ?? true,
  align: 'justify',
  spaceBefore: options.before,
  runs: [{ text, bold: options.bold, italic: options.italic }],
});

/** The narrative of one part, one paragraph per line the secretariat wrote. */
const narrative = (text: string): Block[] => text.split(/\n+/u).map((l) => l.trim()).filter(Boolean).map((l) => para(l));

function tableBlock(t: FiguresTable): Block[] {
  return [
    para(t.title, { bold: true, indent: false, before: 6 }),
    { kind: 'table', fontSize: 12, columns: t.header.map((h, i) => ({ header: h, width: t.widths[i], align: i === 0 || /^\d/.test(t.rows[0]?.[i] ?? '') ? 'center' : 'left' })), rows: t.rows.map((cells) => ({ cells })) },
  ];
}

/** "Báo cáo đánh giá kết quả thực hiện Kế hoạch …": the figures, charts and the secretariat's narrative. */
export function buildEvaluationReportModel(h: ReportHeading, d: EvaluationReportData, text: EvaluationNarrative, stageLabels: Record<string, string>): DocumentModel {
  const tables = evaluationTables(d, stageLabels);
  const charts = evaluationCharts(d, stageLabels).map((c) => ({ ...c, image: renderBarChart(c.chart) }));
  const chartBlocks = (i: number): Block[] => [
    { kind: 'image', png: charts[i].image.png, widthPx: charts[i].image.widthPx, heightPx: charts[i].image.heightPx, widthMm: 160, caption: charts[i].caption },
    para(charts[i].legend, { italic: true, indent: false }),
  ];
  const p = d.participation.totals;
  const { current: cur, previous: prev } = d.par;
  return {
    title: `Báo cáo đánh giá thực hiện kế hoạch thi đua năm ${h.campaign.year} - ${h.scopeName}`,
    blocks: [
      { kind: 'header', parentBody: h.parentBody ? upperVi(h.parentBody) : null, body: upperVi(h.body), documentNumber: 'Số:       /BC-SNV', nationalTitle: NATIONAL_TITLE, motto: MOTTO, placeDate: placeDateLine(h.campaign.place, h.date, h.campaign.year) },
      { kind: 'paragraph', align: 'center', spaceBefore: 18, runs: [{ text: 'BÁO CÁO', bold: true }] },
      { kind: 'paragraph', align: 'center', runs: [{ text: `Đánh giá kết quả thực hiện phong trào thi đua chuyên đề “${h.campaign.theme.trim()}” năm ${h.campaign.year}`, bold: true }] },
      { kind: 'paragraph', align: 'center', runs: [{ text: `(Thực hiện ${planCitation(h.campaign)}, mục IV.3; phạm vi: ${h.scopeName})`, italic: true }] },
      para('I. KẾT QUẢ THỰC HIỆN', { bold: true, indent: false, before: 12 }),
      para('1. Công tác đăng ký thi đua', { bold: true, indent: false }),
      para(`Có ${p.registered}/${p.units} đơn vị tham gia đã gửi bản đăng ký thi đua (${pct(p.registered, p.units)}), với ${p.individuals} cá nhân đăng ký. Bản đăng ký gửi sau hạn: ${d.deadlines.lateRegistrations}.`),
      ...tableBlock(tables[0]),
      ...chartBlocks(0),
      ...tableBlock(tables[1]),
      para('2. Giải pháp, sáng kiến cải cách hành chính', { bold: true, indent: false }),
      para(`Có ${d.initiatives.total} giải pháp, sáng kiến của ${d.initiatives.units} đơn vị được ghi nhận trong đợt thi đua.`),
      ...tableBlock(tables[2]),
      para(`3. Kết quả Chỉ số cải cách hành chính năm ${cur.year}`, { bold: true, indent: false }),
      para(`Năm ${cur.year} có ${cur.units} đơn vị có kết quả Chỉ số CCHC (năm ${prev.year}: ${prev.units}); xếp loại Xuất sắc ${cur.counts.excellent} (${signed(cur.counts.excellent - prev.counts.excellent)}), Tốt ${cur.counts.good} (${signed(cur.counts.good - prev.counts.good)}); điểm bình quân ${dec(cur.average)} (năm ${prev.year}: ${dec(prev.average)}).`),
      ...tableBlock(tables[3]),
      ...chartBlocks(1),
      para('4. Đề nghị và kết quả khen thưởng', { bold: true, indent: false }),
      para(`Có ${d.nominations.total} đề nghị khen thưởng; ${d.awards.decisions} quyết định khen thưởng khen ${d.awards.collectives} tập thể và ${d.awards.individuals} cá nhân. Hồ sơ gửi sau hạn: ${d.deadlines.lateDossiers}; chưa gửi khi đã hết hạn: ${d.deadlines.unsentDossiers}.`),
      ...tableBlock(tables[4]),
      ...chartBlocks(2),
      para('5. Phản ánh, vướng mắc', { bold: true, indent: false }),
      para(`Nhận ${d.feedback.total} phản ánh, vướng mắc; đã trả lời ${d.feedback.answered}, đã đóng ${d.feedback.closed}, đang chờ trả lời ${d.feedback.open}.`),
      ...tableBlock(tables[5]),
      para('6. Đánh giá chung', { bold: true, indent: false }),
      ...narrative(text.results),
      para('II. HẠN CHẾ, TỒN TẠI', { bold: true, indent: false, before: 6 }),
      ...narrative(text.limits),
      para('III. BÀI HỌC KINH NGHIỆM', { bold: true, indent: false, before: 6 }),
      ...narrative(text.lessons),
      ...(text.proposals.trim() ? [para('IV. ĐỀ XUẤT, KIẾN NGHỊ', { bold: true, indent: false, before: 6 }), ...narrative(text.proposals)] : []),
      para('(Kèm theo Phụ lục số liệu, tệp XLSX.)', { italic: true }),
      { kind: 'signatures', columns: [{ title: 'NGƯỜI LẬP BÁO CÁO', note: null, name: '' }, { title: 'THỦ TRƯỞNG CƠ QUAN', note: '(chữ ký, đóng dấu)', name: '' }] },
    ],
  };
}

/** The annex: one sheet per figures table, the table's title in the first row, the header bold and frozen. */
export async function buildEvaluationAnnexXlsx(d: EvaluationReportData, stageLabels: Record<string, string>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ThiĐua CCHC';
  for (const t of evaluationTables(d, stageLabels)) {
    const ws = wb.addWorksheet(t.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 2 }] });
    ws.addRow([t.title]).font = { bold: true };
    ws.addRow(t.header).font = { bold: true };
    for (const r of t.rows) ws.addRow(r.map((c) => (/^[+-]?\d+$/.test(c) ? Number(c) : c)));
    ws.columns.forEach((col, i) => {
      col.width = t.widths[i] ?? 14;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
