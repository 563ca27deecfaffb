import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { docxTemplate, TITLE_MARK } from './docxTemplate';
import { BODY_FONT_SIZE, columnWidths, HEADER_FONT_SIZE, keepsWithSignatures, normalizeModel, PAGE_MARGINS_MM, type Align, type Block, type DocumentModel, type Run } from './documentModel';

const FONT = 'Times New Roman';
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (v: number) => Math.round(v * TWIPS_PER_MM);
/** A4 portrait. */
const PAGE = { width: mm(210), height: mm(297) };
const TEXT_WIDTH = PAGE.width - mm(PAGE_MARGINS_MM.left) - mm(PAGE_MARGINS_MM.right);
const half = (pt: number) => pt * 2;

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

function run(r: Run, size = BODY_FONT_SIZE): TextRun {
  // The font is set on every run too: Word honours the default style, but some viewers only read run fonts.
  return new TextRun({ text: r.text, bold: r.bold, italics: r.italic, underline: r.underline ? {} : undefined, font: FONT, size: half(r.size ?? size) });
}

function para(runs: ParagraphChild[], options: { align?: Align; indent?: boolean; before?: number; after?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: runs,
    keepNext: options.keepNext,
    alignment: ALIGN[options.align ?? 'left'],
    indent: options.indent ? { firstLine: mm(12.7) } : undefined,
    spacing: { before: (options.before ?? 0) * 20, after: (options.after ?? 3) * 20 },
  });
}

function cell(children: Paragraph[], widthTwips: number, borders = true): TableCell {
  return new TableCell({
    children,
    width: { size: widthTwips, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    borders: borders ? undefined : TableBorders.NONE,
  });
}

/** A short centred rule under the issuing body (NĐ 30: 1/3–1/2 of the line), drawn as a paragraph border. */
function rule(widthTwips: number): Paragraph {
  const inset = Math.round(widthTwips / 3);
  return new Paragraph({
    children: [],
    indent: { left: inset, right: inset },
    // 2 pt above the border, so the rule never touches the descenders of the name above it.
    spacing: { before: 40, after: 120, line: 120 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}

function block(b: Block, keepWithSignatures = false): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'header': {
      const left = Math.round(TEXT_WIDTH * 0.4);
      const right = TEXT_WIDTH - left;
      const leftParas = [
        ...(b.parentBody ? [para([run({ text: b.parentBody }, HEADER_FONT_SIZE)], { align: 'center', after: 0 })] : []),
        para([run({ text: b.body, bold: true }, HEADER_FONT_SIZE)], { align: 'center', after: 0 }),
        rule(left),
        ...(b.documentNumber ? [para([run({ text: b.documentNumber }, HEADER_FONT_SIZE)], { align: 'center' })] : []),
      ];
      const rightParas = [
        para([run({ text: b.nationalTitle, bold: true }, HEADER_FONT_SIZE - 1)], { align: 'center', after: 0 }),
        para([run({ text: b.motto, bold: true, underline: true }, BODY_FONT_SIZE)], { align: 'center', after: 6 }),
        para([run({ text: b.placeDate, italic: true }, BODY_FONT_SIZE)], { align: 'center' }),
      ];
      return [
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: [left, right],
          layout: TableLayoutType.FIXED,
          borders: TableBorders.NONE,
          rows: [new TableRow({ children: [cell(leftParas, left, false), cell(rightParas, right, false)] })],
        }),
      ];
    }
    case 'paragraph':
      return [para(b.runs.map((r) => run(r)), { align: b.align, indent: b.indent, before: b.spaceBefore, keepNext: keepWithSignatures })];
    case 'table': {
      const size = b.fontSize ?? 12;
      const widths = columnWidths(b.columns, TEXT_WIDTH, 0, 20).map(Math.round);
      // Rows never split across pages; the header row repeats on every page (NĐ 30 tables).
      const header = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.columns.map((c, i) => cell([para([run({ text: c.header, bold: true }, size)], { align: 'center', after: 0 })], widths[i])),
      });
      const rows = b.rows.map((r, index) => {
        // Word keeps a paragraph marked "keep with next" on the page of what follows: the last row thus travels
        // with the signatures instead of leaving them alone on a page.
        const keepNext = keepWithSignatures && index === b.rows.length - 1;
        return 'group' in r
          ? new TableRow({ cantSplit: true, children: [new TableCell({ columnSpan: b.columns.length, children: [para([run({ text: r.group, bold: true }, size)], { after: 0, keepNext })] })] })
          : new TableRow({ cantSplit: true, children: r.cells.map((text, i) => cell([para([run({ text }, size)], { align: b.columns[i].align ?? 'left', after: 0, keepNext })], widths[i])) });
      });
      return [
        new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows: [header, ...rows] }),
        para([], { after: 6, keepNext: keepWithSignatures }),
      ];
    }
    case 'image': {
      // A picture keeps its aspect ratio; docx sizes ImageRun in pixels at 96 dpi.
      const width = Math.round((b.widthMm / 25.4) * 96);
      const height = Math.round((width * b.heightPx) / b.widthPx);
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 60 }, children: [new ImageRun({ type: 'png', data: b.png, transformation: { width, height }, altText: { name: b.caption, description: b.caption, title: b.caption } })] }),
        para([run({ text: b.caption, italic: true }, 12)], { align: 'center', after: 6 }),
      ];
    }
    case 'signatures': {
      const width = Math.round(TEXT_WIDTH / b.columns.length);
      const column = (c: (typeof b.columns)[number]) =>
        cell(
          [
            // A title of two lines ("TM. ỦY BAN NHÂN DÂN" over "CHỦ TỊCH", NĐ 30) is one paragraph per line.
            ...c.title.split('\n').map((line) => para([run({ text: line, bold: true })], { align: 'center', after: 0, keepNext: true })),
            para(c.note ? [run({ text: c.note, italic: true })] : [], { align: 'center', after: 0, keepNext: true }),
            // Room for the hand signature and the seal.
            ...Array.from({ length: 4 }, () => para([], { after: 0, keepNext: true })),
            para([run({ text: c.name, bold: true })], { align: 'center' }),
          ],
          width,
          false,
        );
      return [
        para([], { after: 0, before: 6, keepNext: true }),
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: b.columns.map(() => width),
          layout: TableLayoutType.FIXED,
          borders: TableBorders.NONE,
          rows: [new TableRow({ cantSplit: true, children: b.columns.map(column) })],
        }),
      ];
    }
  }
}

/** The options of the package: the same for every document but its title and body. */
function documentOptions(title: string, children: (Paragraph | Table)[]): ConstructorParameters<typeof Document>[0] {
  return {
    title,
    creator: 'ThiĐua CCHC',
    styles: { default: { document: { run: { font: FONT, size: half(BODY_FONT_SIZE) } } } },
    sections: [
      {
        properties: {
          // NĐ 30: page numbers from the second page, centred in the top margin.
          titlePage: true,
          page: {
            size: PAGE,
            margin: { top: mm(PAGE_MARGINS_MM.top), bottom: mm(PAGE_MARGINS_MM.bottom), left: mm(PAGE_MARGINS_MM.left), right: mm(PAGE_MARGINS_MM.right) },
          },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half(HEADER_FONT_SIZE) })] })] }),
          first: new Header({ children: [] }),
        },
        children,
      },
    ],
  };
}

const bodyOf = (m: DocumentModel) => m.blocks.flatMap((b, i) => block(b, keepsWithSignatures(m.blocks, i)));

/** The whole package built by docx for every document: its styles, theme, numbering, notes… formatted and zipped. */
export async function renderDocxUncached(model: DocumentModel): Promise<Buffer> {
  const m = normalizeModel(model);
  return Packer.toBuffer(new Document(documentOptions(m.title, bodyOf(m))));
}

/**
 * Renders a model as an editable DOCX: A4, NĐ 30 margins, Times New Roman in the default style and in every run.
 * All text is normalised to NFC first.
 *
 * Only word/document.xml and docProps/core.xml differ from one document to the next: the other parts come from
 * the package template (docxTemplate.ts), formatted and deflated once per process. A document with a picture
 * (its media, relationships and content types vary) is built whole by docx.
 */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const m = normalizeModel(model);
  const template = m.blocks.some((b) => b.kind === 'image') ? null : docxTemplate(() => new Document(documentOptions(TITLE_MARK, [])));
  if (!template) return Packer.toBuffer(new Document(documentOptions(m.title, bodyOf(m))));
  return template.render(m.title, bodyOf(m));
}
