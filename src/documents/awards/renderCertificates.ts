import type { AwardEntry } from '../../domain/awards/awardSnapshot';
import type { LocalDate } from '../../domain/time/localDate';
import { MOTTO, NATIONAL_TITLE, placeDateLine, upperVi } from '../layout/nd30';
import { printPdf } from '../layout/printPdf';
import { chairmanSignatureTitle, vnLongDate, type Signer } from './awardDocumentData';

/** The decision a certificate is printed for. */
export type CertificateDecision = { number: string; date: LocalDate; signer: Signer; issuer: string; place: string };

const PT_PER_MM = 72 / 25.4;

/** The lines of one Bằng khen, in print order (also what the tests read back from the PDF). NFC. */
export function certificateLines(entry: AwardEntry, decision: CertificateDecision): { text: string; style: 'title' | 'award' | 'name' | 'body' | 'small' | 'sign' }[] {
  const nfc = (s: string) => s.normalize('NFC');
  const who = entry.nomineeKind === 'person' ? `Ông (bà) ${entry.name}` : entry.name;
  const where = entry.nomineeKind === 'person' ? [entry.position, entry.unitName].filter(Boolean).join(', ') : null;
  const lines: ReturnType<typeof certificateLines> = [
    { text: NATIONAL_TITLE, style: 'small' },
    { text: MOTTO, style: 'small' },
    { text: `CHỦ TỊCH ${upperVi(decision.issuer)}`, style: 'title' },
    { text: 'TẶNG BẰNG KHEN', style: 'award' },
    { text: who, style: 'name' },
  ];
  if (where) lines.push({ text: where, style: 'body' });
  lines.push(
    { text: entry.achievement, style: 'body' },
    { text: `Quyết định số ${decision.number} ${vnLongDate(decision.date)}`, style: 'small' },
    { text: placeDateLine(decision.place, decision.date, Number(decision.date.slice(0, 4))), style: 'small' },
    { text: chairmanSignatureTitle(decision.signer.position), style: 'sign' },
    { text: decision.signer.name, style: 'sign' },
  );
  return lines.map((l) => ({ ...l, text: nfc(l.text) }));
}

const STYLE = {
  small: { fontSize: 13, alignment: 'center' },
  title: { fontSize: 18, bold: true, alignment: 'center', margin: [0, 18, 0, 0] },
  award: { fontSize: 40, bold: true, alignment: 'center', margin: [0, 10, 0, 14] },
  name: { fontSize: 26, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
  body: { fontSize: 15, alignment: 'center', margin: [0, 2, 0, 2] },
  sign: { fontSize: 14, bold: true, alignment: 'center' },
} as const;

function page(entry: AwardEntry, decision: CertificateDecision, last: boolean): unknown[] {
  const lines = certificateLines(entry, decision);
  const [signTitle, signName] = lines.slice(-2);
  const body = lines.slice(0, -2).map((l) => ({ text: l.text, ...STYLE[l.style] }));
  return [
    ...body,
    {
      columns: [
        { width: '*', text: '' },
        {
          width: 300,
          stack: [
            { text: signTitle.text, ...STYLE.sign, margin: [0, 10, 0, 0] },
            { text: signName.text, ...STYLE.sign, margin: [0, 48, 0, 0] },
          ],
        },
      ],
      unbreakable: true,
      pageBreak: last ? undefined : 'after',
    },
  ];
}

/**
 * Bằng khen certificates as one printable PDF, one A4 landscape page per awardee (a single awardee: one page), with
 * a double frame: the chairman's title, "TẶNG BẰNG KHEN", the name, position and unit, the achievement and "Quyết định
 * số … ngày …". Fonts and file access as the document PDFs (Tinos from Debian, else the bundled Roboto; no network).
 */
export async function renderCertificatesPdf(entries: readonly AwardEntry[], decision: CertificateDecision, options: { fontDir?: string } = {}): Promise<Buffer> {
  if (entries.length === 0) throw new Error('renderCertificatesPdf: không có người được khen');
  const width = 297 * PT_PER_MM;
  const height = 210 * PT_PER_MM;
  const frame = (inset: number, lineWidth: number) => ({ type: 'rect', x: inset, y: inset, w: width - 2 * inset, h: height - 2 * inset, lineWidth, lineColor: '#8a1c1c' });
  return printPdf(
    (font) => ({
      info: { title: `Bằng khen - Quyết định số ${decision.number}`.normalize('NFC'), creator: 'ThiĐua CCHC', producer: 'ThiĐua CCHC' },
      pageSize: 'A4',
      pageOrientation: 'landscape',
      pageMargins: [30 * PT_PER_MM, 18 * PT_PER_MM, 30 * PT_PER_MM, 14 * PT_PER_MM],
      defaultStyle: { font, fontSize: 14, lineHeight: 1.1 },
      background: () => ({ canvas: [frame(8 * PT_PER_MM, 3), frame(11 * PT_PER_MM, 0.8)] }),
      content: entries.flatMap((e, i) => page(e, decision, i === entries.length - 1)),
    }),
    options,
  );
}
