/**
 * A document as a list of blocks, the one shape both renderers (DOCX and PDF) draw. Builders of each document
 * (`build<Doc>Model`) are pure functions from plain data to this model, so the layout rules are tested without
 * opening a file; the renderers only translate blocks.
 *
 * Formatting follows Nghị định 30/2020/NĐ-CP (DOMAIN.md §3): A4, Times New Roman, body 14 pt.
 */

/** A piece of text with its emphasis. */
export type Run = { text: string; bold?: boolean; italic?: boolean; underline?: boolean; size?: number };

export type Align = 'left' | 'center' | 'right' | 'justify';

/** The two-column NĐ 30 header: issuing body on the left, Quốc hiệu and Tiêu ngữ on the right. */
export type HeaderBlock = {
  kind: 'header';
  /** Cơ quan chủ quản, caps regular; null when the body has none above it. */
  parentBody: string | null;
  /** Issuing body, caps bold, with a short rule under it. */
  body: string;
  /** "Số: …/KH-UBND" under the body, when the document has one. */
  documentNumber: string | null;
  nationalTitle: string;
  motto: string;
  /** "Kiên Giang, ngày … tháng … năm 2020", italic. */
  placeDate: string;
};

export type ParagraphBlock = {
  kind: 'paragraph';
  runs: Run[];
  align?: Align;
  /** First-line indent (NĐ 30: 1–1.27 cm). */
  indent?: boolean;
  /** Space before, in points. */
  spaceBefore?: number;
};

export type TableColumn = { header: string; /** relative width */ width: number; align?: Align };
/** A data row, or a group heading spanning the whole table (e.g. "I. Sở, ban, ngành tỉnh"). */
export type TableRow = { cells: string[] } | { group: string };
export type TableBlock = { kind: 'table'; columns: TableColumn[]; rows: TableRow[]; fontSize?: number };

/** Signature columns side by side: title (caps bold), note (italic), space to sign, name (bold). */
export type SignatureBlock = { kind: 'signatures'; columns: { title: string; note: string | null; name: string }[] };

/** A picture (a chart drawn as PNG), centred, with its width on the page in millimetres and its caption. */
export type ImageBlock = { kind: 'image'; png: Uint8Array; widthPx: number; heightPx: number; widthMm: number; caption: string };

export type Block = HeaderBlock | ParagraphBlock | TableBlock | SignatureBlock | ImageBlock;

export type DocumentModel = {
  /** Document metadata title. */
  title: string;
  blocks: Block[];
};

/** Body font size in points (NĐ 30: 13–14). */
export const BODY_FONT_SIZE = 14;
/** Header sizes (NĐ 30: Quốc hiệu and body names 12–13, Tiêu ngữ 13–14). */
export const HEADER_FONT_SIZE = 13;
/** Page margins in millimetres (NĐ 30: top/bottom 20–25, left 30–35, right 15–20). */
export const PAGE_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** The narrowest a column may be, in points: "STT" and two-digit numbers fit without wrapping at 12–13 pt. */
export const MIN_COLUMN_WIDTH_PT = 30;

/**
 * Column widths from relative weights, each at least {@link MIN_COLUMN_WIDTH_PT} (narrow columns such as STT
 * otherwise wrap "STT" into "ST/T"), in the unit of `total`; `padding` is taken off each for the cell's own margins.
 */
export function columnWidths(columns: { width: number }[], total: number, padding = 0, ptPerUnit = 1): number[] {
  const min = MIN_COLUMN_WIDTH_PT / ptPerUnit + padding;
  const weight = columns.reduce((s, c) => s + c.width, 0);
  const raw = columns.map((c) => (total * c.width) / weight);
  const narrow = raw.map((w) => w < min);
  const fixed = narrow.filter(Boolean).length * min;
  const rest = raw.reduce((s, w, i) => (narrow[i] ? s : s + w), 0);
  return raw.map((w, i) => (narrow[i] ? min : ((total - fixed) * w) / rest) - padding);
}

/**
 * Whether block i travels with the signature block that follows it: the paragraphs right before the signatures,
 * and the last row of the table before those paragraphs, so a page never holds the signatures alone.
 */
export function keepsWithSignatures(blocks: Block[], i: number): boolean {
  for (let j = i + 1; j < blocks.length; j++) {
    if (blocks[j].kind === 'signatures') return true;
    if (blocks[j].kind !== 'paragraph') return false;
  }
  return false;
}

/** All text of a model in reading order, one line per paragraph or row: for tests and search. */
export function modelText(model: DocumentModel): string {
  const lines: string[] = [];
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'header':
        lines.push(...[block.parentBody, block.body, block.documentNumber, block.nationalTitle, block.motto, block.placeDate].filter((s): s is string => !!s));
        break;
      case 'paragraph':
        lines.push(block.runs.map((r) => r.text).join(''));
        break;
      case 'table':
        lines.push(block.columns.map((c) => c.header).join(' | '));
        for (const row of block.rows) lines.push('group' in row ? row.group : row.cells.join(' | '));
        break;
      case 'signatures':
        for (const c of block.columns) lines.push([c.title, c.note, c.name].filter(Boolean).join(' '));
        break;
      case 'image':
        lines.push(block.caption);
        break;
    }
  }
  return lines.join('\n');
}

/** Normalises every string of a model to NFC, so fonts and text extraction see composed Vietnamese letters. */
export function normalizeModel(model: DocumentModel): DocumentModel {
  const nfc = (s: string) => s.normalize('NFC');
  return {
    title: nfc(model.title),
    blocks: model.blocks.map((b): Block => {
      switch (b.kind) {
        case 'header':
          return { ...b, parentBody: b.parentBody && nfc(b.parentBody), body: nfc(b.body), documentNumber: b.documentNumber && nfc(b.documentNumber), nationalTitle: nfc(b.nationalTitle), motto: nfc(b.motto), placeDate: nfc(b.placeDate) };
        case 'paragraph':
          return { ...b, runs: b.runs.map((r) => ({ ...r, text: nfc(r.text) })) };
        case 'table':
          return { ...b, columns: b.columns.map((c) => ({ ...c, header: nfc(c.header) })), rows: b.rows.map((r) => ('group' in r ? { group: nfc(r.group) } : { cells: r.cells.map(nfc) })) };
        case 'signatures':
          return { ...b, columns: b.columns.map((c) => ({ title: nfc(c.title), note: c.note && nfc(c.note), name: nfc(c.name) })) };
        case 'image':
          return { ...b, caption: nfc(b.caption) };
      }
    }),
  };
}
