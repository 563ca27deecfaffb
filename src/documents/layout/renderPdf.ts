import { BODY_FONT_SIZE, columnWidths, HEADER_FONT_SIZE, keepsWithSignatures, normalizeModel, PAGE_MARGINS_MM, type Block, type DocumentModel, type Run } from './documentModel';
import { printPdf } from './printPdf';

const PT_PER_MM = 72 / 25.4;
// pdfmake wants unique node ids; these prefixes mark the signature block and what must travel with it.
const SIGNATURES = 'nd30-signatures-';
const KEEP_WITH_SIGNATURES = 'nd30-keep-with-signatures-';
let nodeIds = 0;
const nodeId = (prefix: string) => `${prefix}${++nodeIds}`;
const TEXT_WIDTH = (210 - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right) * PT_PER_MM;

function runs(list: Run[], size = BODY_FONT_SIZE) {
  return list.map((r) => ({ text: r.text, bold: r.bold, italics: r.italic, decoration: r.underline ? 'underline' : undefined, fontSize: r.size ?? size }));
}

function content(b: Block, keepWithSignatures = false): unknown {
  switch (b.kind) {
    case 'header': {
      const left = TEXT_WIDTH * 0.4;
      return {
        columns: [
          {
            width: left,
            stack: [
              ...(b.parentBody ? [{ text: b.parentBody, fontSize: HEADER_FONT_SIZE, alignment: 'center' }] : []),
              { text: b.body, bold: true, fontSize: HEADER_FONT_SIZE, alignment: 'center' },
              // NĐ 30: a rule of 1/3–1/2 the body's line under it.
              // A little space above, so the rule never touches the descenders of the name.
              { canvas: [{ type: 'line', x1: left / 3, y1: 0, x2: (2 * left) / 3, y2: 0, lineWidth: 0.6 }], margin: [0, 4, 0, 0] },
              ...(b.documentNumber ? [{ text: b.documentNumber, fontSize: HEADER_FONT_SIZE, alignment: 'center', margin: [0, 6, 0, 0] }] : []),
            ],
          },
          {
            width: '*',
            stack: [
              { text: b.nationalTitle, bold: true, fontSize: HEADER_FONT_SIZE - 1, alignment: 'center' },
              { text: b.motto, bold: true, decoration: 'underline', fontSize: BODY_FONT_SIZE, alignment: 'center' },
              { text: b.placeDate, italics: true, fontSize: BODY_FONT_SIZE, alignment: 'center', margin: [0, 8, 0, 0] },
            ],
          },
        ],
        columnGap: 6,
      };
    }
    case 'paragraph':
      return {
        id: keepWithSignatures ? nodeId(KEEP_WITH_SIGNATURES) : undefined,
        text: runs(b.runs),
        alignment: b.align ?? 'left',
        leadingIndent: b.indent ? 12.7 * PT_PER_MM : 0,
        margin: [0, b.spaceBefore ?? 0, 0, 3],
      };
    case 'table': {
      const size = b.fontSize ?? 12;
      const n = b.columns.length;
      const body = [
        b.columns.map((c) => ({ text: c.header, bold: true, alignment: 'center', fontSize: size })),
        ...b.rows.map((r, index) => {
          // The last row goes to the next page with the signatures rather than leave them alone there.
          const id = keepWithSignatures && index === b.rows.length - 1 ? nodeId(KEEP_WITH_SIGNATURES) : undefined;
          return 'group' in r
            ? [{ id, text: r.group, bold: true, colSpan: n, fontSize: size }, ...Array.from({ length: n - 1 }, () => ({}))]
            : r.cells.map((text, i) => ({ id: i === 0 ? id : undefined, text, fontSize: size, alignment: b.columns[i].align ?? 'left' }));
        }),
      ];
      // Rows are never split across pages and the header row repeats on every page (NĐ 30 tables).
      return { table: { headerRows: 1, dontBreakRows: true, keepWithHeaderRows: 1, widths: columnWidths(b.columns, TEXT_WIDTH, 8), body }, margin: [0, 6, 0, 6] };
    }
    case 'image':
      return {
        unbreakable: true,
        stack: [
          { image: `data:image/png;base64,${Buffer.from(b.png.buffer, b.png.byteOffset, b.png.byteLength).toString('base64')}`, width: b.widthMm * PT_PER_MM, alignment: 'center', margin: [0, 6, 0, 3] },
          { text: b.caption, italics: true, fontSize: 12, alignment: 'center', margin: [0, 0, 0, 6] },
        ],
      };
    case 'signatures':
      return {
        margin: [0, 12, 0, 0],
        unbreakable: true,
        columns: b.columns.map((c) => ({
          width: '*',
          stack: [
            { id: nodeId(SIGNATURES), text: c.title, bold: true, alignment: 'center' },
            { text: c.note ?? ' ', italics: true, alignment: 'center' },
            { text: c.name || ' ', bold: true, alignment: 'center', margin: [0, 64, 0, 0] },
          ],
        })),
      };
  }
}

/**
 * Renders a model as a PDF for printing: A4, NĐ 30 margins, Tinos (Times New Roman metrics) or the bundled
 * Roboto. All text is normalised to NFC first. pdfmake may read only the font folder from disk and nothing from
 * the network.
 */
export async function renderPdf(model: DocumentModel, options: { fontDir?: string } = {}): Promise<Buffer> {
  const m = normalizeModel(model);
  return printPdf(
    (font) => ({
      info: { title: m.title, creator: 'ThiĐua CCHC', producer: 'ThiĐua CCHC' },
      pageSize: 'A4',
      pageMargins: [PAGE_MARGINS_MM.left, PAGE_MARGINS_MM.top, PAGE_MARGINS_MM.right, PAGE_MARGINS_MM.bottom].map((v) => v * PT_PER_MM),
      defaultStyle: { font, fontSize: BODY_FONT_SIZE, lineHeight: 1.1 },
      content: m.blocks.map((b, i) => content(b, keepsWithSignatures(m.blocks, i))),
      // NĐ 30: page numbers in Arabic figures, centred in the top margin, from the second page on.
      header: (currentPage: number, pageCount: number) =>
        pageCount > 1 && currentPage > 1 ? { text: String(currentPage), alignment: 'center', fontSize: HEADER_FONT_SIZE, margin: [0, 8 * PT_PER_MM, 0, 0] } : null,
      // The signature block is unbreakable; if it would start a page alone, the block before it moves over with it.
      pageBreakBefore: (node: { id?: string }, around: { getNodesOnNextPage: () => { id?: string }[] }) =>
        node.id?.startsWith(KEEP_WITH_SIGNATURES) === true && around.getNodesOnNextPage().some((n) => n.id?.startsWith(SIGNATURES)),
    }),
    options,
  );
}
