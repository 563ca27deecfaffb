import { formatVnDocumentDate } from '../../domain/time/localDate';
import type { Block, DocumentModel } from '../layout/documentModel';
import { issuingBodyName, MOTTO, NATIONAL_TITLE, placeDateLine, planCitation, upperVi } from '../layout/nd30';
import { rankingPhrase, type DossierDocumentData } from './dossierDocumentData';

/** "…năm 2020" → "…năm 2020." */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/u.test(t) ? t : `${t}.`;
}

/**
 * The Báo cáo thành tích of the nominee (III.4.c, third document) per Mẫu số 07 of Nghị định 91/2017/NĐ-CP
 * ("Báo cáo thành tích đề nghị khen thưởng theo đợt thi đua hoặc theo chuyên đề cho tập thể, cá nhân"), drafted
 * from the data: the unit (or person), the campaign, the registered content, the PAR score, rank and class of the
 * published ranking, the year's rating and the recognised initiatives. Signed by the head of the unit (a person:
 * the person, with the head confirming), then the confirmation of the proposing level.
 */
export function buildAchievementReportModel(data: DossierDocumentData): DocumentModel {
  const { campaign, nominee, ranking } = data;
  const isUnit = nominee.kind === 'unit';
  const nomineeBody = isUnit ? issuingBodyName({ name: nominee.name, kind: nominee.unitKind }) : null;
  // A commune reports under its district; a person under their unit.
  const header = isUnit
    ? { parentBody: upperVi(issuingBodyName(data.proposingUnit)), body: upperVi(nomineeBody!) }
    : { parentBody: data.proposingParent ? upperVi(issuingBodyName(data.proposingParent)) : null, body: upperVi(issuingBodyName(data.proposingUnit)) };
  const p = (text: string, extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({ kind: 'paragraph', indent: true, align: 'justify', runs: [{ text }], ...extra });
  const heading = (text: string): Block => ({ kind: 'paragraph', indent: true, spaceBefore: 6, runs: [{ text, bold: true }] });

  const general: Block[] = isUnit
    ? [p(`Tên tập thể: ${nomineeBody}.`), p(`Trực thuộc: ${issuingBodyName(data.proposingUnit)}.`)]
    : [
        p(`Họ và tên: ${nominee.fullName}.`),
        p(`Năm sinh: ${nominee.birthYear ?? '……'}.`),
        p(`Chức vụ, đơn vị công tác: ${nominee.position}, ${nominee.unitName}.`),
      ];

  const rankingLine = ranking
    ? `${isUnit ? 'Kết quả' : `Kết quả của ${nominee.unitName}`} xếp hạng chỉ số cải cách hành chính năm ${campaign.year} (Quyết định số ${ranking.decisionNumber} ngày ${formatVnDocumentDate(ranking.decisionDate)}): ${rankingPhrase(ranking)}.`
    : `Kết quả xếp hạng chỉ số cải cách hành chính năm ${campaign.year}: chưa công bố.`;

  const blocks: Block[] = [
    { kind: 'header', ...header, documentNumber: null, nationalTitle: NATIONAL_TITLE, motto: MOTTO, placeDate: placeDateLine(campaign.place, data.date, data.documentYear) },
    { kind: 'paragraph', align: 'center', spaceBefore: 18, runs: [{ text: 'BÁO CÁO THÀNH TÍCH', bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ${upperVi(campaign.issuer)}`, bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `(Thành tích thi đua chuyên đề “${campaign.theme.trim()}” năm ${campaign.year})`, italic: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `Tên ${isUnit ? 'tập thể' : 'cá nhân'} đề nghị: ${isUnit ? nomineeBody : `${nominee.fullName}, ${nominee.position}, ${nominee.unitName}`}`, bold: true }] },
    heading('I. THÔNG TIN CHUNG'),
    ...general,
    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    p(`Thực hiện ${planCitation(campaign)} về thi đua chuyên đề thực hiện nhiệm vụ cải cách hành chính năm ${campaign.year}, ${isUnit ? 'tập thể' : 'cá nhân'} đạt được các thành tích sau:`),
    p(`1. Nội dung đăng ký thi đua: ${data.registrationContent ? sentence(data.registrationContent) : 'không có bản đăng ký thi đua.'}`),
    p(`2. ${rankingLine}`),
    p(`3. Đánh giá, xếp loại chất lượng năm ${campaign.year}: ${data.rating ? sentence(data.rating) : 'chưa có kết quả.'}`),
    p(`4. Sáng kiến, giải pháp cải cách hành chính được công nhận: ${data.initiatives.length === 0 ? 'không có.' : `${data.initiatives.length} sáng kiến:`}`),
    ...data.initiatives.map((i) => p(`- ${i.title.trim()} (${i.recognition.trim()}).`)),
    heading('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    p('Thành tích thi đua chuyên đề không dùng làm căn cứ đề nghị khen thưởng công trạng; không kê khai các hình thức khen thưởng trước đây.', { runs: [{ text: 'Thành tích thi đua chuyên đề không dùng làm căn cứ đề nghị khen thưởng công trạng; không kê khai các hình thức khen thưởng trước đây.', italic: true }] }),
    {
      kind: 'signatures',
      columns: isUnit
        ? [
            { title: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', note: '(ký, đóng dấu)', name: data.proposingHeadName?.trim() ?? '' },
            { title: 'THỦ TRƯỞNG ĐƠN VỊ', note: '(ký, đóng dấu)', name: '' },
          ]
        : [
            { title: 'THỦ TRƯỞNG ĐƠN VỊ\nXÁC NHẬN, ĐỀ NGHỊ', note: '(ký, đóng dấu)', name: data.proposingHeadName?.trim() ?? '' },
            { title: 'NGƯỜI BÁO CÁO THÀNH TÍCH', note: '(ký, ghi rõ họ tên)', name: nominee.fullName },
          ],
    },
  ];
  return { title: `Báo cáo thành tích - ${isUnit ? nomineeBody : nominee.fullName}`, blocks };
}
