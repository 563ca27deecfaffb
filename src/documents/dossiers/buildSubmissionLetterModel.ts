import { formatVnDocumentDate } from '../../domain/time/localDate';
import type { Block, DocumentModel } from '../layout/documentModel';
import { issuingBodyName, MOTTO, NATIONAL_TITLE, placeDateLine, planCitation, upperVi } from '../layout/nd30';
import { nomineeTitle, rankingPhrase, vnDayOf, type DossierDocumentData } from './dossierDocumentData';

const isAdministrative = (kind: string) => kind === 'province' || kind === 'district' || kind === 'commune';

/**
 * The Tờ trình đề nghị khen thưởng (III.4.c, first document) of the proposing unit, in the NĐ 30/2020 layout of a
 * "văn bản có tên loại" (Phụ lục III, 1.4): header with "Số: …/TTr-…", TỜ TRÌNH and its trích yếu, "Kính gửi", the
 * grounds (the plan, the ranking decision, the council meeting), the proposal with its table, and the signature
 * "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" (or "THỦ TRƯỞNG ĐƠN VỊ" for a department) with Nơi nhận.
 */
export function buildSubmissionLetterModel(data: DossierDocumentData): DocumentModel {
  const { campaign, nominee } = data;
  const body = issuingBodyName(data.proposingUnit);
  const administrative = isAdministrative(data.proposingUnit.kind);
  const subject = nominee.kind === 'unit' ? 'tập thể' : 'cá nhân';
  const awardTitle = `Bằng khen của Chủ tịch ${campaign.issuer}`;
  const achievement = `đã có thành tích xuất sắc trong phong trào thi đua chuyên đề về thực hiện nhiệm vụ cải cách hành chính năm ${campaign.year}`;
  const grounds = [
    `Căn cứ ${planCitation(campaign)} về việc phát động thi đua chuyên đề “${campaign.theme.trim()}”;`,
    data.ranking
      ? `Căn cứ Quyết định số ${data.ranking.decisionNumber} ngày ${formatVnDocumentDate(data.ranking.decisionDate)} công bố kết quả xếp hạng chỉ số cải cách hành chính năm ${campaign.year};`
      : `Căn cứ kết quả xếp hạng chỉ số cải cách hành chính năm ${campaign.year};`,
    data.meeting
      ? `Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng ngày ${vnDayOf(data.meeting.startsAt)},`
      : 'Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng,',
  ];
  const nomineeLine =
    nominee.kind === 'unit'
      ? issuingBodyName({ name: nominee.name, kind: nominee.unitKind })
      : `Ông (bà) ${nominee.fullName}, ${nominee.position}, ${nominee.unitName}`;
  const phrase = data.ranking ? rankingPhrase(data.ranking, 'xếp hạng') : '';
  const reason = phrase ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : achievement.charAt(0).toUpperCase() + achievement.slice(1);

  const blocks: Block[] = [
    {
      kind: 'header',
      parentBody: data.proposingParent ? upperVi(issuingBodyName(data.proposingParent)) : null,
      body: upperVi(body),
      documentNumber: `Số:       /TTr-${administrative ? 'UBND' : '…'}`,
      nationalTitle: NATIONAL_TITLE,
      motto: MOTTO,
      placeDate: placeDateLine(campaign.place, data.date, data.documentYear),
    },
    { kind: 'paragraph', align: 'center', spaceBefore: 18, runs: [{ text: 'TỜ TRÌNH', bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `Về việc đề nghị tặng ${awardTitle} cho ${subject} ${achievement}`, bold: true }] },
    { kind: 'paragraph', align: 'center', spaceBefore: 12, runs: [{ text: `Kính gửi: Chủ tịch ${campaign.issuer} (qua Sở Nội vụ).` }] },
    ...grounds.map((g): Block => ({ kind: 'paragraph', indent: true, align: 'justify', runs: [{ text: g, italic: true }] })),
    {
      kind: 'paragraph',
      indent: true,
      align: 'justify',
      spaceBefore: 6,
      runs: [{ text: `${body} kính đề nghị Chủ tịch ${campaign.issuer} xét, tặng Bằng khen cho 01 ${subject} ${achievement}, cụ thể như sau:` }],
    },
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 1, align: 'center' },
        { header: nominee.kind === 'unit' ? 'Tên tập thể' : 'Họ và tên, chức vụ, đơn vị', width: 5 },
        { header: 'Thành tích', width: 6 },
      ],
      rows: [{ cells: ['1', nomineeLine, reason] }],
    },
    {
      kind: 'paragraph',
      indent: true,
      align: 'justify',
      spaceBefore: 6,
      runs: [{ text: `(Kèm theo Biên bản họp Hội đồng Thi đua – Khen thưởng và Báo cáo thành tích của ${nomineeTitle(nominee)}.)`, italic: true }],
    },
    { kind: 'paragraph', indent: true, align: 'justify', runs: [{ text: `Kính trình Chủ tịch ${campaign.issuer} xem xét, quyết định./.` }] },
    { kind: 'paragraph', spaceBefore: 12, runs: [{ text: 'Nơi nhận:', bold: true, italic: true, size: 12 }] },
    { kind: 'paragraph', runs: [{ text: '- Như trên;', size: 11 }] },
    { kind: 'paragraph', runs: [{ text: '- Sở Nội vụ (Phòng CCHC và TCPCP);', size: 11 }] },
    { kind: 'paragraph', runs: [{ text: '- Lưu: VT.', size: 11 }] },
    {
      kind: 'signatures',
      columns: [{ title: administrative ? 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH' : 'THỦ TRƯỞNG ĐƠN VỊ', note: null, name: data.proposingHeadName?.trim() ?? '' }],
    },
  ];
  return { title: `Tờ trình đề nghị khen thưởng - ${nomineeTitle(nominee)}`, blocks };
}
