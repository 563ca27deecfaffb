import type { AwardEntry } from '../../domain/awards/awardSnapshot';
import type { Block, DocumentModel } from '../layout/documentModel';
import { MOTTO, NATIONAL_TITLE, placeDateLine, planCitation, upperVi } from '../layout/nd30';
import { awardListTable, countPhrase, vnLongDate, type AwardCampaign, type NumberedDocument, type Signer } from './awardDocumentData';

export type AwardProposalData = {
  campaign: AwardCampaign;
  proposal: NumberedDocument & { signer: Signer | null };
  /** The province's issuing body above Sở Nội vụ, and Sở Nội vụ itself. */
  entries: readonly AwardEntry[];
};

/**
 * Sở Nội vụ's consolidated Tờ trình to the chairman (Khoản 3, Mục IV of the plan), in the NĐ 30/2020 layout of a
 * "văn bản có tên loại" (Phụ lục III, 1.4): header "UBND TỈNH … / SỞ NỘI VỤ", "Số: …/TTr-SNV", TỜ TRÌNH and its trích
 * yếu, "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh …", grounds, the proposal with its counts, Nơi nhận and the director's
 * signature; then the annexed list "(Kèm theo Tờ trình số … )" of the collectives and individuals.
 */
export function buildAwardProposalModel(data: AwardProposalData): DocumentModel {
  const { campaign, proposal } = data;
  const number = proposal.number?.trim() || '      /TTr-SNV';
  const dateText = proposal.date ? vnLongDate(proposal.date) : 'ngày ..... tháng ..... năm .....';
  const documentYear = proposal.date ? Number(proposal.date.slice(0, 4)) : campaign.year + 1;
  const achievement = `đã có thành tích xuất sắc trong phong trào thi đua chuyên đề về thực hiện nhiệm vụ cải cách hành chính năm ${campaign.year}`;
  const blocks: Block[] = [
    {
      kind: 'header',
      parentBody: upperVi(campaign.issuer.replace(/^Ủy ban nhân dân/u, 'UBND')),
      body: 'SỞ NỘI VỤ',
      documentNumber: `Số: ${number}`,
      nationalTitle: NATIONAL_TITLE,
      motto: MOTTO,
      placeDate: placeDateLine(campaign.place, proposal.date, documentYear),
    },
    { kind: 'paragraph', align: 'center', spaceBefore: 18, runs: [{ text: 'TỜ TRÌNH', bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `Về việc đề nghị tặng Bằng khen của Chủ tịch ${campaign.issuer} cho các tập thể, cá nhân ${achievement}`, bold: true }] },
    { kind: 'paragraph', align: 'center', spaceBefore: 12, runs: [{ text: `Kính gửi: Chủ tịch ${campaign.issuer}.` }] },
    { kind: 'paragraph', indent: true, align: 'justify', runs: [{ text: `Căn cứ ${planCitation(campaign)} về việc phát động thi đua chuyên đề “${campaign.theme.trim()}”;`, italic: true }] },
    { kind: 'paragraph', indent: true, align: 'justify', runs: [{ text: 'Căn cứ hồ sơ đề nghị của các cơ quan, đơn vị, địa phương và kết quả xét của Hội đồng Thi đua – Khen thưởng tỉnh,', italic: true }] },
    {
      kind: 'paragraph',
      indent: true,
      align: 'justify',
      spaceBefore: 6,
      runs: [{ text: `Sở Nội vụ kính trình Chủ tịch ${campaign.issuer} xem xét, tặng Bằng khen cho ${countPhrase(data.entries)} ${achievement} (có danh sách kèm theo).` }],
    },
    { kind: 'paragraph', indent: true, align: 'justify', runs: [{ text: `Kính trình Chủ tịch ${campaign.issuer} xem xét, quyết định./.` }] },
    { kind: 'paragraph', spaceBefore: 12, runs: [{ text: 'Nơi nhận:', bold: true, italic: true, size: 12 }] },
    { kind: 'paragraph', runs: [{ text: '- Như trên;', size: 11 }] },
    { kind: 'paragraph', runs: [{ text: '- Hội đồng Thi đua – Khen thưởng tỉnh;', size: 11 }] },
    { kind: 'paragraph', runs: [{ text: '- Lưu: VT, Phòng CCHC và TCPCP.', size: 11 }] },
    { kind: 'signatures', columns: [{ title: upperVi(proposal.signer?.position?.trim() || 'Giám đốc'), note: null, name: proposal.signer?.name.trim() ?? '' }] },
    { kind: 'paragraph', align: 'center', spaceBefore: 24, runs: [{ text: 'DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `(Kèm theo Tờ trình số ${number} ${dateText} của Sở Nội vụ)`, italic: true }] },
    awardListTable(data.entries),
  ];
  return { title: `Tờ trình đề nghị tặng Bằng khen - thi đua CCHC năm ${campaign.year}`, blocks };
}
