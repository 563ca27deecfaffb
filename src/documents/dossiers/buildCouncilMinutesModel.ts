import { checkCouncilMeeting } from '../../domain/dossiers/councilMeeting';
import type { Block, DocumentModel } from '../layout/documentModel';
import { issuingBodyName, MOTTO, NATIONAL_TITLE, placeDateLine, upperVi } from '../layout/nd30';
import { nomineeTitle, vnClockAndDate, type DossierDocumentData } from './dossierDocumentData';

const DOTS = '…………………………';

/**
 * The Biên bản họp Hội đồng Thi đua – Khen thưởng of the proposing unit (III.4.c, second document), drafted from the
 * recorded meeting in the NĐ 30/2020 Biên bản template (Phụ lục III, 1.9): the council under its unit, "Số: …/BB-HĐTĐKT"
 * (an advisory body keeps its own number series), BIÊN BẢN and its subject, start time, place, members (chair,
 * secretary, those present out of all), the quorum with its rule, the tally per nominee with its result, the end
 * time, and the signatures of the secretary and the chair. Without a recorded meeting the facts are dots to fill in.
 */
export function buildCouncilMinutesModel(data: DossierDocumentData): DocumentModel {
  const { campaign, meeting } = data;
  const unitBody = issuingBodyName(data.proposingUnit);
  const check = meeting ? checkCouncilMeeting(meeting) : null;
  const p = (text: string, extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({ kind: 'paragraph', indent: true, align: 'justify', runs: [{ text }], ...extra });

  const blocks: Block[] = [
    {
      kind: 'header',
      parentBody: upperVi(unitBody),
      body: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      documentNumber: 'Số:       /BB-HĐTĐKT',
      nationalTitle: NATIONAL_TITLE,
      motto: MOTTO,
      placeDate: placeDateLine(campaign.place, data.date, data.documentYear),
    },
    { kind: 'paragraph', align: 'center', spaceBefore: 18, runs: [{ text: 'BIÊN BẢN', bold: true }] },
    {
      kind: 'paragraph',
      align: 'center',
      runs: [{ text: `Họp Hội đồng Thi đua – Khen thưởng xét đề nghị khen thưởng thi đua chuyên đề về thực hiện nhiệm vụ cải cách hành chính năm ${campaign.year}`, bold: true }],
    },
    p(`Thời gian bắt đầu: ${meeting ? vnClockAndDate(meeting.startsAt) : DOTS}.`, { spaceBefore: 12 }),
    p(`Địa điểm: ${meeting ? meeting.place.trim() : DOTS}.`),
    p('Thành phần tham dự:'),
    p(`- Chủ trì: ${meeting ? meeting.chair.trim() : DOTS}, Chủ tịch Hội đồng.`),
    p(`- Thư ký: ${meeting ? meeting.secretary.trim() : DOTS}.`),
    p(
      meeting
        ? `- Thành viên có mặt: ${meeting.membersPresent.length}/${meeting.membersTotal} thành viên Hội đồng, gồm: ${meeting.membersPresent.map((n) => n.trim()).join(', ')}.`
        : `- Thành viên có mặt: ……/…… thành viên Hội đồng.`,
    ),
    ...(check ? [p('', { runs: [{ text: `${check.quorum.explanation} (${check.quorum.ref.source}.)`, italic: true }] })] : []),
    p('', { runs: [{ text: 'Nội dung:', bold: true }] }),
    p(
      `Hội đồng Thi đua – Khen thưởng ${unitBody} xem xét thành tích, đối chiếu tiêu chuẩn của Kế hoạch số ${campaign.planNumber} của ${campaign.issuer} và biểu quyết đề nghị tặng Bằng khen của Chủ tịch ${campaign.issuer} cho ${nomineeTitle(data.nominee)}. Kết quả biểu quyết như sau:`,
    ),
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 1, align: 'center' },
        { header: 'Tập thể, cá nhân', width: 5 },
        { header: 'Đồng ý', width: 2, align: 'center' },
        { header: 'Không đồng ý', width: 2, align: 'center' },
        { header: 'Tỷ lệ đồng ý', width: 2, align: 'center' },
        { header: 'Kết quả', width: 3, align: 'center' },
      ],
      rows: check
        ? check.tallies.map((t, i) => ({
            cells: [String(i + 1), t.nomineeName, String(t.agree), String(t.disagree), `${Math.round((t.agree * 1000) / check.quorum.total) / 10}%`.replace('.', ','), t.approved ? 'Đề nghị khen thưởng' : 'Không đề nghị'],
          }))
        : [{ cells: ['1', nomineeTitle(data.nominee), '', '', '', ''] }],
    },
    p('', { runs: [{ text: 'Tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng.', italic: true }] }),
    p(`Cuộc họp kết thúc vào ${meeting ? vnClockAndDate(meeting.endsAt) : DOTS}; biên bản đã được thông qua trước các thành viên dự họp./.`, { spaceBefore: 6 }),
    {
      kind: 'signatures',
      columns: [
        { title: 'THƯ KÝ', note: '(ký, ghi rõ họ tên)', name: meeting?.secretary.trim() ?? '' },
        { title: 'CHỦ TRÌ', note: '(ký, ghi rõ họ tên, đóng dấu)', name: meeting?.chair.trim() ?? '' },
      ],
    },
  ];
  return { title: `Biên bản họp Hội đồng Thi đua - Khen thưởng - ${unitBody}`, blocks };
}
