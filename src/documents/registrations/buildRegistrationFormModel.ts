import type { LocalDate } from '../../domain/time/localDate';
import type { Block, DocumentModel, ParagraphBlock } from '../layout/documentModel';
import { issuingBodyName, positionAndUnit, MOTTO, NATIONAL_TITLE, placeDateLine, planCitation, upperVi, type UnitKindForName } from '../layout/nd30';

/** Plain data of one registration, as the service reads it. */
export type RegistrationFormData = {
  campaign: { planNumber: string; planDate: string; issuer: string; place: string; theme: string; year: number };
  unit: { name: string; kind: UnitKindForName };
  /** The body above the unit (district of a commune, department of a PAR unit …); null for none. */
  parentUnit: { name: string; kind: UnitKindForName } | null;
  /** Collective's "Đăng ký thi đua". */
  content: string;
  individuals: { fullName: string; position: string; unitName: string; content: string }[];
  /** Người lập biểu; blank line when unknown. */
  preparedBy: string | null;
  /** Thủ trưởng cơ quan; blank line when unknown. */
  headName: string | null;
  /** Day of signing; null leaves "ngày ..... tháng ....." to be written by hand. */
  date: LocalDate | null;
};

/** "…năm 2020" → "…năm 2020." (the annex ends each content with a full stop). */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/u.test(t) ? t : `${t}.`;
}

/** "Ủy ban nhân dân tỉnh Kiên Giang" → "tỉnh Kiên Giang", for "trên địa bàn tỉnh Kiên Giang". */
function territory(issuer: string, place: string): string {
  const m = /^ủy ban nhân dân\s+(.+)$/iu.exec(issuer.trim());
  return m ? m[1] : `tỉnh ${place}`;
}

/**
 * The "BẢN ĐĂNG KÝ THI ĐUA CHUYÊN ĐỀ" of the annex of the plan (KH 34/KH-UBND, annex; IV.1), in the NĐ 30/2020
 * layout: header, title, theme in quotes, the "(Kèm theo Kế hoạch …)" line, "1. Tập thể", "2. Cá nhân" and the
 * two signatures "NGƯỜI LẬP BIỂU" / "THỦ TRƯỞNG CƠ QUAN".
 *
 * When every individual registers the same content it is printed once under the list, as the annex does;
 * otherwise each person's line carries their own.
 */
export function buildRegistrationFormModel(data: RegistrationFormData): DocumentModel {
  const { campaign, unit } = data;
  const body = issuingBodyName(unit);
  const p = (block: ParagraphBlock): Block => block;
  const contents = [...new Set(data.individuals.map((i) => i.content.trim()))];
  const shared = contents.length === 1 ? contents[0] : null;

  const individualLines: Block[] =
    data.individuals.length === 0
      ? [p({ kind: 'paragraph', runs: [{ text: '(Không đăng ký cá nhân)', italic: true }], indent: true })]
      : data.individuals.map((i) =>
          p({
            kind: 'paragraph',
            indent: true,
            align: 'justify',
            runs: [
              { text: `- ${[i.fullName.trim(), positionAndUnit(i.position, i.unitName)].filter(Boolean).join(', ')}` },
              ...(shared === null ? [{ text: '. Nội dung đăng ký: ', bold: true }, { text: sentence(i.content) }] : []),
            ],
          }),
        );

  const blocks: Block[] = [
    {
      kind: 'header',
      parentBody: data.parentUnit ? upperVi(issuingBodyName(data.parentUnit)) : null,
      body: upperVi(body),
      documentNumber: null,
      nationalTitle: NATIONAL_TITLE,
      motto: MOTTO,
      placeDate: placeDateLine(campaign.place, data.date, campaign.year),
    },
    { kind: 'paragraph', align: 'center', spaceBefore: 18, runs: [{ text: 'BẢN ĐĂNG KÝ THI ĐUA CHUYÊN ĐỀ', bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `“${campaign.theme.trim()}”`, bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `trên địa bàn ${territory(campaign.issuer, campaign.place)} năm ${campaign.year}`, bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `(Kèm theo ${planCitation(campaign)})`, italic: true }] },
    { kind: 'paragraph', indent: true, align: 'justify', spaceBefore: 12, runs: [{ text: '1. Tập thể: ', bold: true }, { text: body }] },
    { kind: 'paragraph', indent: true, align: 'justify', runs: [{ text: 'Đăng ký thi đua: ', bold: true }, { text: sentence(data.content) }] },
    { kind: 'paragraph', indent: true, spaceBefore: 6, runs: [{ text: '2. Cá nhân:', bold: true }] },
    ...individualLines,
    ...(shared !== null
      ? [p({ kind: 'paragraph', indent: true, align: 'justify', runs: [{ text: 'Nội dung đăng ký: ', bold: true }, { text: sentence(shared) }] })]
      : []),
    {
      kind: 'signatures',
      columns: [
        { title: 'NGƯỜI LẬP BIỂU', note: null, name: data.preparedBy?.trim() ?? '' },
        { title: 'THỦ TRƯỞNG CƠ QUAN', note: '(chữ ký, đóng dấu)', name: data.headName?.trim() ?? '' },
      ],
    },
  ];
  return { title: `Bản đăng ký thi đua chuyên đề - ${body}`, blocks };
}
