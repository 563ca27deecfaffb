import type { AwardEntry } from '../../domain/awards/awardSnapshot';
import type { LocalDate } from '../../domain/time/localDate';
import type { Block, DocumentModel } from '../layout/documentModel';
import { MOTTO, NATIONAL_TITLE, placeDateLine, planCitation, upperVi } from '../layout/nd30';
import { awardListTable, chairmanSignatureTitle, countPhrase, vnLongDate, type AwardCampaign, type Signer } from './awardDocumentData';

export type AwardDecisionData = {
  campaign: AwardCampaign;
  decision: { number: string; date: LocalDate; signer: Signer };
  /** The Tờ trình the decision follows ("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …"). */
  proposal: { number: string | null; date: LocalDate | null };
  entries: readonly AwardEntry[];
};

/**
 * The chairman's Quyết định khen thưởng in the NĐ 30/2020 template for a decision (Phụ lục III, 1.2 and 1.3):
 * header of UBND tỉnh with "Số: …/QĐ-UBND", QUYẾT ĐỊNH and its trích yếu, the THẨM QUYỀN BAN HÀNH, the grounds,
 * "Theo đề nghị của Giám đốc Sở Nội vụ …", "QUYẾT ĐỊNH:", Điều 1 (tặng Bằng khen), Điều 2 (tiền thưởng), Điều 3
 * (thi hành), Nơi nhận "Như Điều 3" and the signature; then the annexed list "(Kèm theo Quyết định số …)".
 */
export function buildAwardDecisionModel(data: AwardDecisionData): DocumentModel {
  const { campaign, decision } = data;
  const issuer = campaign.issuer;
  const achievement = `đã có thành tích xuất sắc trong phong trào thi đua chuyên đề về thực hiện nhiệm vụ cải cách hành chính năm ${campaign.year}`;
  const proposalRef = data.proposal.number ? `tại Tờ trình số ${data.proposal.number}${data.proposal.date ? ` ${vnLongDate(data.proposal.date)}` : ''}` : '';
  const grounds = [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;',
    'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    `Căn cứ ${planCitation(campaign)} về việc phát động thi đua chuyên đề “${campaign.theme.trim()}”;`,
    `Theo đề nghị của Giám đốc Sở Nội vụ${proposalRef ? ` ${proposalRef}` : ''}.`,
  ];
  const article = (n: number, text: string): Block => ({ kind: 'paragraph', indent: true, align: 'justify', spaceBefore: 6, runs: [{ text: `Điều ${n}. `, bold: true }, { text }] });
  const blocks: Block[] = [
    {
      kind: 'header',
      parentBody: null,
      body: upperVi(issuer),
      documentNumber: `Số: ${decision.number}`,
      nationalTitle: NATIONAL_TITLE,
      motto: MOTTO,
      placeDate: placeDateLine(campaign.place, decision.date, Number(decision.date.slice(0, 4))),
    },
    { kind: 'paragraph', align: 'center', spaceBefore: 18, runs: [{ text: 'QUYẾT ĐỊNH', bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `Về việc tặng Bằng khen của Chủ tịch ${issuer}`, bold: true }] },
    { kind: 'paragraph', align: 'center', spaceBefore: 12, runs: [{ text: `CHỦ TỊCH ${upperVi(issuer)}`, bold: true }] },
    ...grounds.map((g): Block => ({ kind: 'paragraph', indent: true, align: 'justify', runs: [{ text: g, italic: true }] })),
    { kind: 'paragraph', align: 'center', spaceBefore: 12, runs: [{ text: 'QUYẾT ĐỊNH:', bold: true }] },
    article(1, `Tặng Bằng khen của Chủ tịch ${issuer} cho ${countPhrase(data.entries)} (có danh sách kèm theo), ${achievement}.`),
    article(2, 'Kèm theo Bằng khen được tặng tiền thưởng theo quy định tại Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ, trích từ Quỹ thi đua, khen thưởng của tỉnh.'),
    article(3, `Chánh Văn phòng ${issuer}, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.`),
    { kind: 'paragraph', spaceBefore: 12, runs: [{ text: 'Nơi nhận:', bold: true, italic: true, size: 12 }] },
    { kind: 'paragraph', runs: [{ text: '- Như Điều 3;', size: 11 }] },
    { kind: 'paragraph', runs: [{ text: '- CT, các PCT UBND tỉnh;', size: 11 }] },
    { kind: 'paragraph', runs: [{ text: '- Lưu: VT, SNV.', size: 11 }] },
    { kind: 'signatures', columns: [{ title: chairmanSignatureTitle(decision.signer.position), note: null, name: decision.signer.name }] },
    { kind: 'paragraph', align: 'center', spaceBefore: 24, runs: [{ text: `DANH SÁCH TẶNG BẰNG KHEN CỦA CHỦ TỊCH ${upperVi(issuer)}`, bold: true }] },
    { kind: 'paragraph', align: 'center', runs: [{ text: `(Kèm theo Quyết định số ${decision.number} ${vnLongDate(decision.date)} của Chủ tịch ${issuer})`, italic: true }] },
    awardListTable(data.entries),
  ];
  return { title: `Quyết định số ${decision.number} tặng Bằng khen`, blocks };
}
